import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { INPUTS } from "../../src/core";
import { INDEPENDENT_FIXTURES } from "../fixtures/independent-workbooks";
import { main, type Io } from "../../src/cli/main";
import { displayWidth } from "../../src/util/text-width";
import { repoFile } from "../helpers";
import { runCli, SAMPLE } from "./run-cli";

const run = runCli;

describe("perf-score score on the embedded sample workbook", () => {
  it("prints the Chinese score table and writes the scored copy to the current folder", async () => {
    const r = await run(["score"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain(
      "深圳市龙岗区图书馆  2021年度  部门整体支出绩效评价共性指标体系框架（2021年修订）"
    );
    expect(r.out).toMatch(/部门绩效\s+经济性\s+公用经费控制率\s+6\s+5\s+5\n/);
    expect(r.out).toMatch(/财务合规性\s+3\s+2\s+3\*\n/);
    expect(r.out).toContain("总得分：96 / 100\n评分等级：优");
    expect(r.out).toContain(
      "\n\n* 评价人确定的得分（自评得分），与计算得分不同时列入审计发现；— 缺少数据，未计算或未计分\n"
    );
    expect(r.out).toContain("已写入评分表：longgang-2021-评分表.xlsx\n");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.written["longgang-2021-评分表.xlsx"] as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(-2)).toEqual(["绩效基础数据", "绩效自评评分表"]);
  });

  it("gives the same scores from the workbook as from the JSON inputs of the same figures", async () => {
    const fromWorkbook = JSON.parse((await run(["score", "--json"])).out);
    const fromJson = JSON.parse((await run(["score", "--inputs", "sample.json", "--json"])).out);
    const scores = (r: {
      indicators: {
        name: string;
        computed: number | null;
        score: number | null;
      }[];
    }) => r.indicators.map((i) => [i.name, i.computed, i.score]);
    expect(scores(fromWorkbook)).toEqual(scores(fromJson));
    expect([fromWorkbook.total, fromWorkbook.grade]).toEqual([96, "优"]);
  });

  it("says in --json where each figure was read: cell, table, header path, and why one was not used", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perf-"));
    const input = join(dir, "统计局.xlsx");
    const fixture = INDEPENDENT_FIXTURES.find((f) => f.name.startsWith("区统计局"))!;
    writeFileSync(input, await fixture.build());
    const json = JSON.parse((await run(["score", input, "--json"])).out);
    expect(json.sources.sanGongBudget).toMatchObject({
      status: "used",
      source: "label",
      cell: "基础数据!E16",
      value: 12,
      table: "××区统计局2023年度部门整体支出绩效自评基础数据表",
      headers: ["2023年"],
      labels: ["“三公”经费预算数", "2023年"],
    });

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("资产");
    ws.addRows([
      ["2023年固定资产情况表"],
      ["项目", "金额（万元）"],
      ["固定资产原值", 436.2],
      ["在用固定资产原值", 512.4],
    ]);
    const odd = join(dir, "资产.xlsx");
    writeFileSync(odd, new Uint8Array(await wb.xlsx.writeBuffer()));
    const held = JSON.parse((await run(["score", odd, "--json"])).out);
    expect(held.sources.fixedAssetsInUse).toMatchObject({
      status: "doubtful",
      cell: "资产!B4",
      doubt: { code: "exceeds", other: "fixedAssetsTotal" },
    });
    const n = held.findingDetails.findIndex(
      (f: { code: string; input: string }) =>
        f.code === "doubtfulSource" && f.input === "fixedAssetsInUse"
    );
    expect(held.findings[n]).toBe(
      "实际在用固定资产总额：资产!B4的值“512.4”大于固定资产总额，未采用；请核对后在任务窗格“数据来源”中确认采用，或在“绩效基础数据”表中填写。"
    );
  });

  it("writes beside the input by default, to -o when given, and never over the input unless asked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perf-"));
    const input = join(dir, "单位2021.xlsx");
    writeFileSync(input, readFileSync(SAMPLE));
    expect(Object.keys((await run(["score", input])).written)).toEqual([
      join(dir, "单位2021-评分表.xlsx"),
    ]);
    expect(
      Object.keys(
        (await run(["score", input, "-o", join(dir, "x.xlsx"), "--mode", "values"])).written
      )
    ).toEqual([join(dir, "x.xlsx")]);
    const same = await run(["score", input, "-o", input]);
    expect(same.code).toBe(2);
    expect(same.err).toContain("如确要覆盖原文件请加 --overwrite");
    expect(Object.keys((await run(["score", input, "-o", input, "--overwrite"])).written)).toEqual([
      input,
    ]);
  });

  it("scores several workbooks in one call and prints one line each", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perf-"));
    const [a, b] = [join(dir, "a.xlsx"), join(dir, "b.xlsx")];
    writeFileSync(a, readFileSync(SAMPLE));
    writeFileSync(b, readFileSync(SAMPLE));
    const r = await run(["score", a, b]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toMatch(/^工作簿\s+单位\s+总得分\s+评分等级\s+审计发现\s+状态$/);
    expect(r.out).toMatch(/a\.xlsx\s+深圳市龙岗区图书馆\s+96\s+优\s+6\s+已计分\n/);
    expect(Object.keys(r.written)).toHaveLength(2);
  });

  it("refuses a workbook without names or template with a Chinese message listing what to fill in", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perf-"));
    const empty = join(dir, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "收支总表";
    writeFileSync(empty, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await run(["score", empty]);
    expect(r.code).toBe(1);
    expect(r.written).toEqual({});
    expect(r.err).toContain(
      "工作簿中没有找到计分数据：既没有以 PERF_ 开头的名称，“绩效基础数据”表中也没有填写数值。"
    );
    expect(r.err).toContain(
      "公用经费控制率：“‘三公’经费实际支出数”、“‘三公’经费预算安排数”、“日常公用经费决算数”、“日常公用经费调整预算数”"
    );
  });

  it("says so for a file that is not a workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perf-"));
    const bogus = join(dir, "bogus.xlsx");
    writeFileSync(bogus, "not a zip");
    const r = await run(["score", bogus]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^perf-score：无法读取 .*bogus\.xlsx：这是文本文件，不是 \.xlsx 工作簿。/
    );
  });
});

describe("perf-score template", () => {
  it("writes an empty template workbook and will not overwrite a file", async () => {
    const r = await run(["template", "-o", "t.xlsx"]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.written["t.xlsx"] as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["绩效基础数据"]);
    expect((await run(["template", "-o", "a.json"], { "a.json": "{}" })).code).toBe(2);
    expect((await run(["template"])).err).toContain("template 命令需要 -o");
  });
});

describe("perf-score score --inputs (JSON)", () => {
  it("prints the result JSON of the contract with --json", async () => {
    const r = await run(["score", "--inputs", "sample.json", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(["framework", "total", "grade", "complete", "indicators", "findings"])
    );
    expect(json).toMatchObject({
      framework: "longgang-2021",
      total: 96,
      grade: "优",
      complete: true,
    });
    expect(json.indicators).toHaveLength(21);
    expect(json.indicators[14]).toMatchObject({
      level1: "部门绩效",
      level2: "经济性",
      name: "公用经费控制率",
      max: 6,
      computed: 5,
      score: 5,
      explanation: "“三公”经费控制率为36.18%，得3分；日常公用经费控制率为100.00%，得2分。",
      missing: [],
      warnings: [],
    });
  });

  it("scores an incomplete file and still exits 0", async () => {
    const r = await run(["score", "-i", "a.json", "--json"], {
      "a.json": '{"inputs": {"satisfaction": "—"}}',
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      total: 0,
      complete: false,
      grade: null,
    });
  });

  it("says in the table how many indicators are not scored", async () => {
    expect(
      (
        await run(["score", "--inputs=a.json"], {
          "a.json": '{"inputs": {"satisfaction": 95}}',
        })
      ).out
    ).toContain("总得分：6 / 100（20项未计分）\n评分等级：暂不评级（尚有指标未计分）");
  });

  it("reads standard input with --inputs -", async () => {
    expect(
      JSON.parse(
        (await run(["score", "--inputs", "-", "--json"], {}, '{"inputs": {"keyTasksMissed": 0}}'))
          .out
      ).total
    ).toBe(8);
  });

  it("exits 1 with one Chinese line for a file that is not there or not valid", async () => {
    expect(await run(["score", "--inputs", "nope.json"])).toMatchObject({
      code: 1,
      out: "",
      err: "perf-score：无法读取 nope.json：文件不存在，请检查路径和文件名。\n",
    });
    expect(
      await run(["score", "--inputs", "bad.json"], {
        "bad.json": '{"inputs": 5}',
      })
    ).toMatchObject({
      code: 1,
      out: "",
      err: "perf-score：bad.json：输入文件的“inputs”应为对象（输入项名: 值）\n",
    });
  });

  it("speaks English with --lang en-US", async () => {
    expect((await run(["score", "--inputs", "sample.json", "--lang", "en-US"])).out).toContain(
      "Total: 96 / 100\nGrade: Excellent"
    );
  });
});

describe("perf-score command line", () => {
  it("explains everything with --help", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const word of [
      "score",
      "template",
      "keys",
      "--inputs",
      "--mode",
      "-o",
      "--json",
      "--lang",
      "--overwrite",
      "overrides",
      "退出码",
    ])
      expect(r.out).toContain(word);
    expect((await run([])).out).toBe(r.out);
    const en = (await run(["--help", "--lang=en"])).out;
    expect(en).toContain("Usage:");
    // Both read whole in a 100-column terminal.
    const wide = (text: string) => text.split("\n").filter((l) => displayWidth(l) > 100);
    expect([wide(r.out), wide(en)]).toEqual([[], []]);
  });

  it("prints the version", async () => expect((await run(["--version"])).out).toBe("9.9.9\n"));

  it("lists every input key with its Chinese label", async () => {
    const r = await run(["keys"]);
    const lines = r.out.trimEnd().split("\n");
    // One line per key (a long name runs on, indented, within 100 columns).
    expect(lines.filter((l) => /^\S/.test(l))).toHaveLength(1 + INPUTS.length);
    expect(lines.filter((l) => displayWidth(l) > 100)).toEqual([]);
    const joined = r.out.replace(/\n {20,}/g, "");
    expect(joined).toMatch(
      /incomeFiscalInitial\s+金额\s+万元\s+一般公共预算财政拨款收入（年初预算数）/
    );
    expect(r.out.split("\n")[0]).toMatch(/^键名\s+类型\s+单位\s+名称$/);
    expect(joined).toMatch(/sanGongBudget\s+金额\s+万元\s+“三公”经费预算安排数/);
    expect(joined).toMatch(/budgetDisclosure\s+选项\s+完全\/部分\/未公开\s+部门预算公开情况/);
  });

  it.each([
    [
      ["score", "--bogus"],
      "perf-score：无法识别的参数“--bogus”，请运行 perf-score --help 查看用法\n",
    ],
    [["score", "--inputs"], "perf-score：--inputs 后面应给出一个值\n"],
    [["keys", "--inputs", "x"], "perf-score：--inputs 不能用于 keys 命令\n"],
    [["score", "--lang", "fr"], "perf-score：--lang 应为 zh-CN 或 en-US\n"],
    [
      ["score", "a.xlsx", "--mode", "fancy"],
      "perf-score：--mode 应为 portable、values 之一，而不是“fancy”\n",
    ],
    [
      ["score", "a.xlsx", "--mode", "live"],
      "perf-score：live（PERF 实时公式）只能由 Excel 中的加载项写入：命令行写出的文件在 Excel 中会显示 #NAME?。请用 portable（Excel 原生公式，默认）或 values\n",
    ],
    [["score", "a.xlsx", "--inputs", "b.json"], "perf-score：--inputs 与工作簿文件不能同时使用\n"],
    [
      ["score", "a.xlsx", "b.xlsx", "-o", "c.xlsx"],
      "perf-score：同时评分多个工作簿时不能用 -o，评分表副本会写在各工作簿旁边\n",
    ],
  ])("exits 2 on a bad command line %p", async (argv, message) => {
    expect(await run(argv)).toMatchObject({ code: 2, out: "", err: message });
  });
});

describe("the installed bin", () => {
  it("runs from the built output as `npm run perf-score -- score …` does", () => {
    const bin = repoFile("build", "cli", "perf-score.js");
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    const out = execFileSync(
      process.execPath,
      [bin, "score", "--inputs", repoFile("examples", "longgang-2021.inputs.json"), "--json"],
      { encoding: "utf8" }
    );
    expect(JSON.parse(out)).toMatchObject({ total: 96, grade: "优" });
    const bad = spawnSync(process.execPath, [bin, "score", "--inputs", repoFile("package.json")], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    ["ENOSPC", "磁盘空间不足，请清理磁盘或换一个输出位置。"],
    [
      "EACCES",
      "没有写入该位置的权限，或同名文件正被其他程序（如 Excel、WPS）打开。请关闭它或换一个输出位置。",
    ],
    ["EROFS", "该位置只读，请换一个输出位置。"],
  ])(
    "says in one line what a %s write failure means, and in a batch marks that workbook",
    async (code, why) => {
      let err = "";
      let out = "";
      const io: Io = {
        out: (t) => (out += t),
        err: (t) => (err += t),
        readText: () => "",
        readBinary: () => readFileSync(SAMPLE),
        writeBinary: () => {
          throw Object.assign(new Error(`${code}: raw`), { code });
        },
        exists: () => false,
        kind: () => "file",
        list: () => [],
        readStdin: () => "",
        cwd: "/work/out",
        sampleWorkbook: SAMPLE,
        version: "9.9.9",
      };
      expect(await main(["score", "a.xlsx", "-o", "b.xlsx"], io)).toBe(1);
      expect(err).toBe(`perf-score：无法写入 b.xlsx：${why}\n`);
      out = "";
      expect(await main(["score", "a.xlsx", "c.xlsx"], io)).toBe(1);
      expect(out).toContain(`无法写入：${why}`);
      expect(out).toContain("评分表无法写入 2 个。");
    }
  );

  it("compiles the CLI for `npm run perf-score` only when a source changed since the last build", () => {
    const script = repoFile("scripts", "perf-score.js");
    const stamp = repoFile("build", "cli", ".built");
    const version = () =>
      execFileSync(process.execPath, [script, "--version"], { encoding: "utf8" }).trim();
    expect(version()).toBe(JSON.parse(readFileSync(repoFile("package.json"), "utf8")).version);
    const built = statSync(stamp).mtimeMs;
    version();
    expect(statSync(stamp).mtimeMs).toBe(built);
  }, 60_000);
});
