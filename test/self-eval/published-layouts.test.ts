import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { selfEvalJson, type SelfEvalJson } from "../../src/core";
import { selfEvalXlsx } from "../../src/hosts/xlsx/file";
import { PUBLISHED_FIXTURES } from "../fixtures/published-workbooks";
import { recalculate } from "../support/libreoffice";

/**
 * The workbooks written earlier from published layouts (test/fixtures/published-workbooks.ts, each naming
 * the tables it copies) hold 自评表 the reader was not written for: 部门整体 and project forms, Sichuan's
 * (报表编号 510000, 权重, 合计 of the rows), Yunnan's two-row header with 度量单位, amounts in 元 and in “150万”,
 * a 年度资金总额 row the system left at 0, execution scored as a row (the funds row holding the form's total),
 * the 项目决策/管理/产出/效益 form with 参考分值 and 指标值(A). Each is read, scored and written; LibreOffice
 * recalculates every written form to the core's total.
 */
const expected: Record<string, [string, string, number | null, number | null, string[]][]> = {
  城南街道办事处: [
    [
      "national-2020-department",
      "城南街道办事处",
      98.99,
      88,
      ["printedDiffers", "printedDiffers", "rateDiffers", "fundsFromLines", "executionDiffers"],
    ],
    ["national-2020-project", "老旧小区改造提升工程", 97.72, 96.72, ["printedDiffers"]],
  ],
  云岭县第二中学: [
    [
      "national-2020-project",
      "义务教育营养改善计划专项资金",
      100,
      null,
      ["printedDiffers", "printedDiffers"],
    ],
  ],
  青石县发展和改革局: [
    ["sichuan-2023-project", "511023230000000000123-工资性支出", 100, 100, []],
    ["sichuan-2023-project", "511023230000000000456-2023年全县安可替代补助资金项目", 100, 100, []],
  ],
  江州市体育中心: [
    ["national-2020-project", "江州市体育中心与委托运营方结算费用", 98.62, 98.62, []],
  ],
  青山县林业局: [
    [
      "national-2020-project",
      "2024年省级林业有害生物防治补助经费支出绩效自评表",
      100,
      null,
      ["printedDiffers"],
    ],
  ],
  南湖区政务服务数据管理局: [
    ["national-2020-project", "政务服务大厅运行维护费", 98.35, 98, ["printedDiffers"]],
  ],
  江州市第二幼儿园: [
    ["national-2020-project", "学前教育保教费补助", 98.85, 98.8, ["printedDiffers"]],
  ],
};

describe("自评表 in the published-layout workbooks", () => {
  const dir = mkdtempSync(join(tmpdir(), "perf-layout-forms-"));
  const scored: { fixture: string; file: string; forms: SelfEvalJson[]; sheets: string[] }[] = [];

  beforeAll(async () => {
    for (const [n, f] of PUBLISHED_FIXTURES.entries()) {
      const { run, output } = await selfEvalXlsx(await f.build());
      const file = join(dir, `layout${n}.xlsx`);
      writeFileSync(file, output);
      scored.push({
        fixture: f.name,
        file,
        forms: run.results.map((r) => selfEvalJson(r, "zh-CN")),
        sheets: run.plans.map((p) => p.name),
      });
    }
  }, 120_000);

  it("finds every form, by the rules its layout names, with the totals and findings worked out by hand", () => {
    const found = Object.fromEntries(
      scored
        .filter((s) => s.forms.length)
        .map((s) => [
          Object.keys(expected).find((k) => s.fixture.startsWith(k)) ?? s.fixture,
          s.forms.map((f) => [
            f.form,
            f.name,
            f.total,
            f.printedTotal,
            f.findings.map((x) => x.code),
          ]),
        ])
    );
    expect(found).toEqual(expected);
  });

  it("scores execution once: as a row where the rows carry the form's 100 points, else beside them", () => {
    const form = (name: string) => scored.flatMap((s) => s.forms).find((f) => f.name === name)!;
    expect(form("政务服务大厅运行维护费").execution).toMatchObject({
      points: 0,
      inRows: true,
      ratePercent: 83.5,
    });
    expect(form("学前教育保教费补助").execution).toMatchObject({ points: 0, inRows: true });
    expect(form("城南街道办事处").execution).toMatchObject({
      points: 10,
      fromLines: true,
      budget: 5214.36,
      spent: 5096.88,
      score: 9.77,
    });
    // “150万” is read as 150 万元; the 元 forms keep their plain numbers, the rate being the same.
    expect(form("江州市体育中心与委托运营方结算费用").execution.ratePercent).toBe(86.18);
  });

  it("writes forms that LibreOffice recalculates to the core's totals", () => {
    const withForms = scored.filter((s) => s.forms.length);
    const sheets = recalculate(withForms.map((s) => s.file));
    for (const s of withForms) {
      const book = sheets.get(s.file)!;
      s.forms.forEach((form, i) => {
        const rows = book.get(s.sheets[i])!;
        const total = rows.find((row) => row[0] === "总分")!;
        expect([form.name, Number(total[7])]).toEqual([form.name, form.total]);
      });
    }
  }, 300_000);
});
