import { readFileSync } from "node:fs";
import { repoFile } from "../helpers";
import { paragraphText, readDocx } from "../report/read-docx";
import { runCli, SAMPLE } from "./run-cli";

/** `perf-score report`: the draft from a workbook or a JSON inputs file, written as .docx, never over a file. */

const JSON_INPUTS = readFileSync(repoFile("examples", "longgang-2021.inputs.json"), "utf8");

/** The CLI with the inputs file as 单位.json; `existing` files are there, empty. */
const run = (argv: string[], existing: string[] = [], stdin = "") =>
  runCli(
    argv,
    { "单位.json": JSON_INPUTS, ...Object.fromEntries(existing.map((f) => [f, ""])) },
    stdin
  );

const textOf = async (bytes: Uint8Array) => (await readDocx(bytes)).map(paragraphText).join("\n");

describe("perf-score report", () => {
  it("drafts the embedded sample's report into the current folder and says how many prompts remain", async () => {
    const r = await run(["report"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    // First what to settle before drafting — the self-scores the data does not bear out — then the file.
    const lines = r.out.trimEnd().split("\n");
    expect(lines[0]).toBe("起草报告前请先处理以下 7 项（处理后报告中的相应提示会减少）：");
    expect(lines[1]).toBe(
      "  1. 财务合规性：自评得3分，但按单位数据计算应得2分（自评理由：自评报告填报3分）。"
    );
    expect(lines.at(-1)).toMatch(
      /^已生成自评报告初稿 longgang-2021-自评报告\.docx：其中 (\d+) 处【请填写】提示（黄色底纹）需由本单位补充$/
    );
    const text = await textOf(r.written["longgang-2021-自评报告.docx"]);
    expect(text).toContain("“三公”经费控制率为36.18%");
    const prompts = Number(/其中 (\d+) 处/.exec(r.out)![1]);
    expect(text.match(/【请填写：/g)).toHaveLength(prompts);
  });

  it("gives the same draft from the workbook as from the JSON inputs of the same figures", async () => {
    const fromWorkbook = await run(["report", SAMPLE, "-o", "a.docx"]);
    const fromJson = await run(["report", "--inputs", "单位.json", "-o", "b.docx"]);
    expect(await textOf(fromJson.written["b.docx"])).toBe(
      await textOf(fromWorkbook.written["a.docx"])
    );
  });

  it("writes beside the inputs file by default, and from standard input only with -o", async () => {
    expect(Object.keys((await run(["report", "--inputs", "单位.json"])).written)).toEqual([
      "单位-自评报告.docx",
    ]);
    const piped = await run(["report", "--inputs", "-"], [], JSON_INPUTS);
    expect([piped.code, piped.err]).toEqual([
      2,
      "perf-score：从标准输入读取时请用 -o 指定报告文件\n",
    ]);
    expect((await run(["report", "--inputs", "-", "-o", "r.docx"], [], JSON_INPUTS)).code).toBe(0);
  });

  it("never writes over a file, names a Word file, and takes one workbook", async () => {
    const exists = await run(["report", "-o", "r.docx"], ["r.docx"]);
    expect([exists.code, exists.err, exists.written]).toEqual([
      2,
      "perf-score：r.docx 已存在，如确要覆盖请加 --overwrite\n",
      {},
    ]);
    expect((await run(["report", "-o", "r.docx", "--overwrite"], ["r.docx"])).code).toBe(0);
    expect((await run(["report", "-o", "报告.xlsx"])).err).toBe(
      "perf-score：自评报告写为 Word 文件，-o 应以 .docx 结尾（报告.xlsx）\n"
    );
    expect((await run(["report", SAMPLE, SAMPLE])).err).toBe(
      "perf-score：report 一次为一个工作簿写报告\n"
    );
  });

  it("says what a file it cannot read is, and speaks English with --lang en-US", async () => {
    const missing = await run(["report", "none.xlsx"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^perf-score：.*none\.xlsx/);
    const en = await run(["report", "--lang", "en-US"]);
    expect(en.out).toMatch(
      /^Wrote the draft report longgang-2021-self-evaluation\.docx: \d+ prompts \[To fill in: …\]/m
    );
    expect(en.out).toMatch(/^Before drafting, settle these 7 items/);
    expect(await textOf(en.written["longgang-2021-self-evaluation.docx"])).toContain(
      "a control rate of 36.18%"
    );
  });
});
