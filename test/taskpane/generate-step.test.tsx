/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { MemorySession } from "./memory-session";
import { empty, open, pane, partial, tab } from "./pane-support";

describe("生成评分表", () => {
  it("lists every indicator with its score, why it lost points and where its data came from", async () => {
    await pane(partial(), "已找到 6 / 58 项数据");
    tab("3 生成评分表");
    expect(screen.getByTestId("preview").textContent).toBe("按当前数据：12 分，暂不评级");
    expect(screen.getByTestId("score-keyTasks").textContent).toBe("8 / 8");
    expect(screen.getByTestId("score-publicExpenseControl").textContent).toBe("— / 6");
    fireEvent.click(screen.getByRole("button", { name: /公用经费控制率/ }));
    expect(screen.getByText(/缺少“日常公用经费决算数”/)).toBeTruthy();
    expect(screen.getByText(/数据来自：绩效基础数据!E\d+、绩效基础数据!E\d+/)).toBeTruthy();
  });

  it("generates, then shows total, grade, the chart and findings linked to their rows", async () => {
    const session = partial();
    await pane(session, "已找到 6 / 58 项数据");
    tab("3 生成评分表");
    fireEvent.click(screen.getByRole("button", { name: "生成评分表" }));
    expect(await screen.findByTestId("total")).toBeTruthy();
    expect(screen.getByTestId("total").textContent).toBe("12");
    expect(screen.getByText("19 项未计分，总分不完整")).toBeTruthy();
    expect(screen.getByText(/审计发现（\d+）/)).toBeTruthy();
    expect(screen.getAllByText(/（评分表第 \d+ 行）/).length).toBeGreaterThan(0);
    expect(await screen.findByRole("img", { name: /各级指标得分/ })).toBeTruthy();
    expect(session.generatedModes).toEqual(["portable"]);
    expect(screen.getByTestId("download")).toBeTruthy();
    expect(screen.queryByRole("radio", { name: /实时公式/ })).toBeNull();
  });

  it("saves unsaved changes before generating", async () => {
    const session = partial();
    await pane(session, "已找到 6 / 58 项数据");
    tab("2 评价判断");
    open(/绩效指标明确性/);
    const group = screen.getByRole("radiogroup", { name: "绩效指标具有清晰、可衡量的指标值" });
    fireEvent.click(within(group).getByRole("radio", { name: "是" }));
    tab("3 生成评分表");
    fireEvent.click(screen.getByRole("button", { name: "保存并生成评分表" }));
    expect(await screen.findByTestId("total")).toBeTruthy();
    expect(session.writes.some((w) => w.value === "是")).toBe(true);
    expect(session.generatedModes).toEqual(["portable"]);
  });

  it("lists beside the report button what to settle before drafting: a self-score the data does not bear out", async () => {
    const session = MemorySession.withTemplate({
      inputs: { keyTasksMissed: 1 },
      overrides: { 重点工作完成情况: { score: 8, reason: "全部按期完成" } },
    });
    await pane(session, "已找到 1 / 58 项数据");
    tab("3 生成评分表");
    const list = screen.getByTestId("settle-first");
    expect(list.textContent).toContain("起草报告前请先处理以下 21 项");
    expect(list.textContent).toContain(
      "重点工作完成情况：自评得8分，但按单位数据计算应得4分（自评理由：全部按期完成）。"
    );
    expect(list.textContent).toContain("20 项指标缺少数据或数据有误（各指标的说明见下方列表）。");
  });

  it("with nothing to score, says where to start instead of offering a button that fails", async () => {
    await pane(empty(), "已找到 0 / 58 项数据");
    tab("3 生成评分表");
    expect(screen.getByText(/还没有任何计分数据，无法生成评分表/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "生成评分表" }) as HTMLButtonElement).disabled).toBe(
      true
    );
  });

  it("in Excel: live formulas by default, and findings link to the sheet", async () => {
    const session = MemorySession.withTemplate({ inputs: { keyTasksMissed: 0 } }, "excel");
    await pane(session, "已找到 1 / 58 项数据");
    tab("3 生成评分表");
    expect(
      (
        screen.getByRole("radio", {
          name: "实时公式（PERF 函数，随数据更新）",
        }) as HTMLInputElement
      ).checked
    ).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "生成评分表" }));
    expect(
      (await screen.findAllByRole("button", { name: /评分表第 \d+ 行/ })).length
    ).toBeGreaterThan(0);
    expect(session.generatedModes).toEqual(["live"]);
  });

  it("shows an error in place when the host fails", async () => {
    const session = partial();
    session.fail = "工作表受保护";
    await pane(session, "已找到 6 / 58 项数据");
    tab("3 生成评分表");
    fireEvent.click(screen.getByRole("button", { name: "生成评分表" }));
    expect((await screen.findByRole("alert")).textContent).toBe("操作没有完成：工作表受保护");
    expect(screen.queryByTestId("total")).toBeNull();
  });
});
