import { evaluate } from "../../../src/core";
import { loadWorkbook, scoreXlsx } from "../../../src/hosts/xlsx/file";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { locateInputs } from "../../../src/pipeline/locate";
import { normalizeLabel } from "../../../src/pipeline/locate/tables";
import { blockValue, coreValue } from "../../../src/pipeline/normalize";
import { EMPTY_FIXTURES, LABEL_FIXTURES } from "../../fixtures/label-workbooks";
import { longgang } from "../../helpers";
import { sheet, workbook } from "../../support/snapshot-helpers";

const locate = async (data: Uint8Array) => locateInputs(snapshotOf(await loadWorkbook(data)));

describe("label normalization", () => {
  it.each([
    ["（一）“三公”经费合计（万元）", "三公经费合计", "万元"],
    ["1.因公出国（境）费", "因公出国(境)费", undefined],
    ["其中：在用固定资产原值", "在用固定资产原值", undefined],
    ["合  计", "合计", undefined],
    ["一、基本支出", "基本支出", undefined],
    ["执行率%", "执行率", undefined],
    ['"三公"经费(元)', "三公经费", "元"],
    ["３月末", "3月末", undefined],
  ])("%s → %s", (text, label, unit) => {
    expect(normalizeLabel(text)).toMatchObject({ label, unit });
  });
});

describe.each(LABEL_FIXTURES.map((f) => [f.name, f] as const))("%s", (_, fixture) => {
  it("finds every figure from its labels, with where it came from and how sure", async () => {
    const located = await locate(await fixture.build());
    for (const [key, expected] of Object.entries(fixture.inputs)) {
      const l = located.inputs.get(key);
      expect([key, l?.source, l && blockValue(key, coreValue(l))]).toEqual([
        key,
        "label",
        blockValue(key, expected),
      ]);
      expect(l!.ambiguous).toBeUndefined();
      expect(l!.confidence).toBeGreaterThanOrEqual(0.5);
      expect(l!.labels?.length).toBeGreaterThan(0);
    }
  });

  it("scores as the JSON inputs of the same figures do", async () => {
    const { generated } = await scoreXlsx(await fixture.build(), {
      mode: "portable",
    });
    const fromJson = evaluate({ inputs: fixture.inputs }, longgang);
    expect(generated.result.indicators.map((i) => [i.name, i.computed])).toEqual(
      fromJson.indicators.map((i) => [i.name, i.computed])
    );
  });
});

describe("what is not an input", () => {
  it.each(EMPTY_FIXTURES.map((f) => [f.name, f] as const))(
    "%s: nothing found, and scoring says what to fill in",
    async (_, fixture) => {
      const data = await fixture.build();
      expect([...(await locate(data)).inputs.keys()]).toEqual([]);
      expect((await scoreXlsx(data, { mode: "portable" })).generated.noInputs?.summary).toContain(
        "工作簿中没有找到计分数据"
      );
    }
  );

  it("reads the unit from the 单位 line: the “三公” table in 元 gives 万元", async () => {
    const located = await locate(await LABEL_FIXTURES[2].build());
    expect(located.inputs.get("sanGongBudget")).toMatchObject({
      unit: "元",
      scale: 0.0001,
      labels: ["因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费", "预算数"],
    });
  });

  it("skips hidden rows", async () => {
    const located = await locate(await LABEL_FIXTURES[5].build());
    expect(located.inputs.get("sanGongActual")).toMatchObject({
      value: 3.98,
      sheet: "三公经费",
      row: 6,
    });
  });
});

describe("several candidates", () => {
  // A bare 总计 is a department total only in a table whose title says so.
  const totals = (a: number, b: number) =>
    workbook([
      sheet("表1-1", {
        A1: "部门整体支出预算资金来源与调整情况",
        A2: "单位：万元",
        A3: "项目",
        B3: "年初预算数",
        C3: "调整预算数",
        A4: "总计",
        B4: a,
        C4: 3525.77,
      }),
      sheet("表1-2", {
        A1: "部门整体支出构成与调整情况（按支出用途）",
        A2: "单位：万元",
        A3: "项目",
        B3: "年初预算数",
        C3: "调整预算数",
        A4: "总计",
        B4: b,
        C4: 3525.77,
      }),
    ]);

  it("that agree are one finding", () => {
    const l = locateInputs(totals(4931.8, 4931.8)).inputs.get("budgetScale")!;
    expect([l.value, l.ambiguous]).toEqual([4931.8, undefined]);
  });

  it("that disagree are ambiguous: not used, and the finding lists them", () => {
    const l = locateInputs(totals(4931.8, 4931.81)).inputs.get("budgetScale")!;
    expect(l.ambiguous?.map((a) => `${a.sheet}!${a.row}:${a.value}`)).toEqual([
      "表1-1!4:4931.8",
      "表1-2!4:4931.81",
    ]);
    expect(coreValue(l)).toBeNull();
  });

  it("a value from the template comes first; a disagreeing label match is kept as a conflict", () => {
    const snap = workbook([
      sheet("绩效基础数据", {
        A1: "数值",
        B1: "键名",
        A2: 12,
        B2: "sanGongBudget",
      }),
      sheet("三公", {
        A1: "单位：万元",
        A2: "项目",
        B2: "预算数",
        A3: "“三公”经费合计",
        B3: 11,
      }),
    ]);
    const l = locateInputs(snap).inputs.get("sanGongBudget")!;
    expect([l.source, l.value, l.conflicts?.map((c) => [c.source, c.value])]).toEqual([
      "template",
      12,
      [["label", 11]],
    ]);
  });
});
