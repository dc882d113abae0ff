import { Progress } from "../../../src/cli/review/progress";
import { displayWidth } from "../../../src/util/text-width";

/** The review's progress, on a terminal and in a log, with a clock the test moves. */
function progress(total: number, columns?: number) {
  let out = "";
  let now = 0;
  const p = new Progress(
    total,
    (t) => (out += t),
    "zh-CN",
    columns,
    () => now
  );
  return {
    p,
    tick: (seconds: number) => (now += seconds * 1000),
    get out() {
      return out;
    },
    /** What the terminal shows on its last line: the text after the last carriage return and erase. */
    get line() {
      return out.split("\r\x1b[K").at(-1)!;
    },
  };
}

describe("Progress", () => {
  it("redraws one line on a terminal: bar, done/total, time left from the pace so far, the file being read", () => {
    const t = progress(10, 100);
    t.p.reading("罗湖区/甲.xlsx");
    expect(t.line).toBe(`[${"░".repeat(24)}]  0/10  正在读取 罗湖区/甲.xlsx`);
    t.tick(2);
    t.p.finished("罗湖区/甲.xlsx", "已计分", false);
    t.tick(2);
    t.p.finished("罗湖区/乙.xlsx", "已计分", false);
    t.p.reading("南山区/丙.xlsx");
    // 2 files in 4 s: 8 more take about 16 s.
    expect(t.line).toBe(
      `[${"█".repeat(5)}${"░".repeat(19)}]  2/10  剩余约 16 秒  正在读取 南山区/丙.xlsx`
    );
    expect(t.out).not.toContain("\n");
  });

  it("prints a problem above the bar, where it stays, and clears the bar at the end", () => {
    const t = progress(2, 100);
    t.p.reading("坏.xls");
    t.p.finished("坏.xls", "无法读取：这是旧版 Excel 97-2003 工作簿", true);
    expect(t.out).toContain("\r\x1b[K[1/2] 坏.xls  无法读取：这是旧版 Excel 97-2003 工作簿\n");
    t.p.finished("好.xlsx", "已计分", false);
    t.p.end();
    expect(t.out.endsWith("\r\x1b[K")).toBe(true);
  });

  it("never lets the line wrap on a narrow terminal, counting Chinese characters as two columns", () => {
    const t = progress(300, 50);
    t.p.reading("很长的文件夹名称/某某区某某街道社区文化服务中心/2025年度自评数据.xlsx");
    expect(displayWidth(t.line)).toBeLessThanOrEqual(49);
    expect(t.line.endsWith("…")).toBe(true);
  });

  it("says minutes when the batch is long", () => {
    const t = progress(100, 120);
    t.tick(3);
    t.p.finished("a.xlsx", "已计分", false);
    expect(t.line).toContain("剩余约 4 分 57 秒");
  });

  it("writes one plain line per finished file when output is not a terminal", () => {
    const t = progress(2);
    t.p.reading("a.xlsx");
    t.p.finished("a.xlsx", "已计分：数据得分 82.5，自评得分 96", false);
    t.p.finished("b.xls", "无法读取：…", true);
    t.p.end();
    expect(t.out).toBe(
      "[1/2] a.xlsx  已计分：数据得分 82.5，自评得分 96\n[2/2] b.xls  无法读取：…\n"
    );
  });
});
