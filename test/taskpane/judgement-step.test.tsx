/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { open, pane, partial, saveBar, tab } from "./pane-support";

describe("评价判断", () => {
  it("keeps unsaved edits across steps, previews them, and saves into the template cell", async () => {
    const session = partial();
    const analysis = await session.analyze();
    await pane(session, "已找到 6 / 58 项数据");
    tab("2 评价判断");
    open(/绩效指标明确性/);
    const group = screen.getByRole("radiogroup", { name: "绩效指标具有清晰、可衡量的指标值" });
    fireEvent.click(within(group).getByRole("radio", { name: "是" }));
    expect(saveBar().getByText("1 项修改未保存")).toBeTruthy();

    tab("3 生成评分表");
    expect(screen.getByTestId("preview").textContent).toBe(
      "按当前数据：12 分，暂不评级 含未保存的修改，生成时会先保存。"
    );
    tab("1 数据来源");
    tab("2 评价判断");
    open(/绩效指标明确性/);
    const again = screen.getByRole("radiogroup", { name: "绩效指标具有清晰、可衡量的指标值" });
    expect((within(again).getByRole("radio", { name: "是" }) as HTMLInputElement).checked).toBe(
      true
    );
    fireEvent.click(saveBar().getByRole("button", { name: "保存" }));
    await saveBar().findByText("已保存");
    const cell = analysis.located.inputs.get("indicatorsHaveValues")!;
    expect(session.writes).toContainEqual({
      sheet: "绩效基础数据",
      row: cell.row,
      col: cell.col,
      value: "是",
    });
    expect(saveBar().queryByText(/项修改未保存/)).toBeNull();
    // A change after saving: the bar says what is unsaved, never “已保存” beside it.
    const later = screen.getByRole("radiogroup", { name: "绩效指标包含可量化的指标" });
    fireEvent.click(within(later).getByRole("radio", { name: "否" }));
    expect(saveBar().getByText("1 项修改未保存")).toBeTruthy();
    expect(saveBar().queryByText("已保存")).toBeNull();
  });

  it("partial credit needs its points: blank is an error, not a silent deletion", async () => {
    const session = partial();
    await pane(session, "已找到 6 / 58 项数据");
    tab("2 评价判断");
    const group = screen.getByRole("radiogroup", {
      name: "预算编制、分配符合本部门职责和区委区政府方针政策",
    });
    fireEvent.click(within(group).getByRole("radio", { name: "部分得分" }));
    expect(screen.getByText("选择了“部分得分”，请填写得分（0–1）")).toBeTruthy();
    expect(saveBar().getByText(/1 处需要修正/)).toBeTruthy();
    expect((saveBar().getByRole("button", { name: "保存" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    fireEvent.change(screen.getByLabelText("部分得分（0–1）"), { target: { value: "0.5" } });
    fireEvent.click(saveBar().getByRole("button", { name: "保存" }));
    await saveBar().findByText("已保存");
    expect(session.writes.find((w) => w.value === 0.5)).toBeTruthy();
  });

  it("shows progress per group, units on counts, clears an answer, and explains KPI numbers", async () => {
    await pane(partial(), "已找到 6 / 58 项数据");
    tab("2 评价判断");
    expect(screen.getByTestId("progress-budgetRationality").textContent).toBe("4 项未填");
    expect(screen.getByRole("button", { name: /预算编制合理性\s*5 分/ })).toBeTruthy();
    const group = screen.getByRole("radiogroup", {
      name: "预算编制、分配符合本部门职责和区委区政府方针政策",
    });
    fireEvent.click(screen.getAllByRole("button", { name: "清除" })[0]);
    expect((within(group).getByRole("radio", { name: "是" }) as HTMLInputElement).checked).toBe(
      false
    );
    expect(screen.getByTestId("progress-budgetRationality").textContent).toBe("5 项未填");
    open(/预算编制规范性/);
    expect(screen.getAllByText("项").length).toBeGreaterThan(0);
    open("效果性：个性化绩效指标");
    fireEvent.click(screen.getByRole("button", { name: "添加指标" }));
    fireEvent.change(screen.getAllByLabelText("实际值")[0], { target: { value: "120万" } });
    expect(screen.getByText(/实际值“120万”中的“万”“亿”等数量级会改变数值/)).toBeTruthy();
    fireEvent.change(screen.getAllByLabelText("实际值")[0], { target: { value: "120人次" } });
    expect(screen.queryByText(/数量级/)).toBeNull();
  });

  it("shows the data's score beside each own score; requires a reason and refuses a score above the points", async () => {
    await pane(partial(), "已找到 6 / 58 项数据");
    tab("2 评价判断");
    open("评价人自评得分（可选）");
    const own = screen.getByLabelText("公用经费控制率：自评得分（0–6）");
    expect(own.closest("[class*=fui-Field]")!.textContent).toContain(
      "按数据计算：缺少数据，未能计算"
    );
    fireEvent.change(own, { target: { value: "7" } });
    expect(await screen.findByText("自评得分：不能超过6（填写的是7）")).toBeTruthy();
    expect(screen.getByText("填写了自评得分时必须写明理由")).toBeTruthy();
    expect((saveBar().getByRole("button", { name: "保存" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    expect(screen.getByText("按数据计算：8 / 8 分")).toBeTruthy();
  });
});
