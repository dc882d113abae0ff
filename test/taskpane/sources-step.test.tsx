/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MemorySession } from "./memory-session";
import { sheet, workbook } from "../support/snapshot-helpers";
import { empty, open, pane, partial, saveBar, tab } from "./pane-support";

describe("数据来源", () => {
  it("empty workbook: says what to do without dead ends, and every missing amount or count can be entered here", async () => {
    const session = empty();
    await pane(session, "已找到 0 / 58 项数据");
    const message = screen.getByText(/工作簿中还没有找到计分数据/).textContent!;
    expect(message).not.toMatch(/PERF_|perf-score|[：:]$/);
    expect(message).toContain("可以在下面各项中直接填写");
    open(/财政供养人员控制率/);
    const staff = screen.getByTestId("input-staffOnPayroll");
    expect(within(staff).getByText("人")).toBeTruthy();
    expect(within(staff).getByText(/通常见于：/)).toBeTruthy();
    fireEvent.change(within(staff).getByRole("textbox"), { target: { value: "42" } });
    expect(saveBar().getByText("1 项修改未保存")).toBeTruthy();
    // A filled field is marked as waiting to be saved, no longer as missing.
    expect(within(staff).getByText("未保存")).toBeTruthy();
    expect(within(staff).queryByText("缺少")).toBeNull();
    fireEvent.click(saveBar().getByRole("button", { name: "保存" }));
    await screen.findByText(
      "已保存到新加入工作簿的“绩效基础数据”表；生成评分表后下载的工作簿会包含它。"
    );
    // Once something is saved the workbook has data: no step still says it has none.
    await waitFor(() => expect(screen.queryByText(/还没有找到计分数据/)).toBeNull());
    tab("3 生成评分表");
    await waitFor(() => expect(screen.queryByText(/还没有任何计分数据/)).toBeNull());
    tab("1 数据来源");
    const cell = (await session.analyze()).located.inputCells!.get("staffOnPayroll")!;
    expect(session.writes).toContainEqual({
      sheet: "绩效基础数据",
      row: cell.row,
      col: cell.col,
      value: 42,
    });
    expect(await screen.findByText("已找到 1 / 58 项数据")).toBeTruthy();
  });

  it("partly filled: counts, marks what is missing, filters to it, and shows where each value came from", async () => {
    await pane(partial(), "已找到 6 / 58 项数据");
    expect(screen.getByText("缺少 52 项")).toBeTruthy();
    open(/公用经费控制率/);
    const found = screen.getByTestId("input-sanGongBudget");
    expect(within(found).getByText("11 万元")).toBeTruthy();
    expect(within(found).getByText(/基础数据表 · 绩效基础数据!E\d+/)).toBeTruthy();
    expect(within(found).queryByRole("textbox")).toBeNull();
    fireEvent.click(within(found).getByRole("button", { name: "修改" }));
    expect((within(found).getByRole("textbox") as HTMLInputElement).value).toBe("11");
    expect(within(screen.getByTestId("input-dailyPublicBudget")).getByText("缺少")).toBeTruthy();
    fireEvent.click(screen.getByRole("switch", { name: "只看缺少的" }));
    await waitFor(() => expect(screen.queryByTestId("input-sanGongBudget")).toBeNull());
  });

  it("sends the evaluator's items to step 2, and leaves a value a defined name supplies to that name", async () => {
    const session = new MemorySession(
      workbook([sheet("数据", { A1: "三公预算", B1: 11 })], { PERF_sanGongBudget: "数据!$B$1" })
    );
    await pane(session, "已找到 1 / 58 项数据");
    open(/公用经费控制率/);
    const named = screen.getByTestId("input-sanGongBudget");
    expect(within(named).queryByRole("textbox")).toBeNull();
    expect(within(named).queryByRole("button", { name: "修改" })).toBeNull();
    expect(within(named).getByText(/由名称 PERF_sanGongBudget 提供/)).toBeTruthy();
    open(/预算编制合理性/);
    const judged = screen.getByTestId("input-budgetAlignedWithDuties");
    expect(within(judged).getByText(/由评价人判断/)).toBeTruthy();
    fireEvent.click(within(judged).getByRole("button", { name: "去填写" }));
    expect(screen.getByRole("tab", { name: "2 评价判断" }).getAttribute("aria-selected")).toBe(
      "true"
    );
    // An item of a later group: its group opens, and the cursor is on its first answer.
    tab("1 数据来源");
    open(/资产管理安全性/);
    const asset = screen.getByTestId("input-assetsSafeguarded");
    fireEvent.click(within(asset).getByRole("button", { name: "去填写" }));
    const group = await screen.findByRole("radiogroup", {
      name: "资产配置合理、保管完整、账实相符",
    });
    expect(document.activeElement).toBe(within(group).getByRole("radio", { name: "是" }));
  });

  it("in Excel: binds an input to the selected cell", async () => {
    const session = MemorySession.withTemplate({}, "excel");
    await pane(session, "已找到 0 / 58 项数据");
    open(/预算编制合理性/);
    fireEvent.click(
      within(screen.getByTestId("input-budgetAlignedWithDuties")).getByRole("button", {
        name: "绑定到所选单元格",
      })
    );
    await screen.findByText(
      "已将“预算编制、分配符合本部门职责和区委区政府方针政策”绑定到 Sheet1!A1"
    );
  });
});

describe("picking among candidate cells", () => {
  const twoTables = () =>
    new MemorySession(
      workbook([
        sheet("三公经费", {
          A1: "“三公”经费情况",
          A2: "项目",
          B2: "预算数",
          A3: "“三公”经费合计",
          B3: 11,
        }),
        sheet("三公预算", {
          A1: "“三公”经费预算表",
          A2: "项目",
          B2: "预算数",
          A3: "“三公”经费合计",
          B3: 12.5,
        }),
      ])
    );

  it("lists the disagreeing cells with their figures and labels; one click adopts one, saved into the data sheet with its cell, and undone as easily", async () => {
    const session = twoTables();
    await pane(session, "已找到 0 / 58 项数据");
    open(/公用经费控制率/);
    const box = screen.getByTestId("candidates-sanGongBudget");
    expect(within(box).getByText(/以下单元格都像是这一项，但数值不一致/)).toBeTruthy();
    expect(within(box).getByText("三公经费!B3：11 万元（“三公”经费合计 / 预算数）")).toBeTruthy();
    expect(within(box).getByText("三公预算!B3：12.5 万元（“三公”经费合计 / 预算数）")).toBeTruthy();
    fireEvent.click(within(box).getAllByRole("button", { name: "采用" })[1]);
    await screen.findByText(/已采用 三公预算!B3 的数值 12.5 万元/);
    const line = screen.getByTestId("input-sanGongBudget");
    expect(within(line).getByTestId("value-sanGongBudget").textContent).toBe("保存为：12.5 万元");
    fireEvent.click(within(line).getByRole("button", { name: "撤销修改" }));
    expect(screen.getByTestId("candidates-sanGongBudget")).toBeTruthy();
    fireEvent.click(
      within(screen.getByTestId("candidates-sanGongBudget")).getAllByRole("button", {
        name: "采用",
      })[1]
    );
    fireEvent.click(saveBar().getByRole("button", { name: "保存" }));
    await saveBar().findByText(/^已保存到新加入工作簿的“绩效基础数据”表/);
    const l = (await session.analyze()).located.inputs.get("sanGongBudget")!;
    expect([l.source, l.value, l.note]).toEqual(["template", 12.5, "采用：三公预算!B3"]);
    expect(screen.getByText("采用：三公预算!B3")).toBeTruthy();
  });
});

describe("what each row says of its figure", () => {
  it("a figure the tables hold but that breaks a relation says why, offers it, and reads as typed", async () => {
    const session = new MemorySession(
      workbook([
        sheet("预算执行", {
          A1: "2024年预算执行情况表",
          A2: "单位：万元",
          A3: "项目",
          B3: "全年预算",
          C3: "累计支出",
          A4: "第一季度",
          B4: 1000,
          C4: 460,
          A5: "第二季度",
          B5: 1000,
          C5: 1840,
        }),
      ])
    );
    await pane(session, "已找到 1 / 57 项数据");
    open(/预算执行率/);
    const row = screen.getByTestId("input-spentQ2");
    expect(within(row).getByText("待确认")).toBeTruthy();
    expect(within(row).getByText(/^超过部门预算总额（预算执行率计算基数），未采用$/)).toBeTruthy();
    const box = within(row).getByTestId("candidates-spentQ2");
    expect(within(box).getByText(/预算执行!C5：1840 万元/)).toBeTruthy();
    fireEvent.click(within(box).getByRole("button", { name: "采用" }));
    expect(within(row).getByTestId("value-spentQ2").textContent).toBe("保存为：1840 万元");
  });

  it("an input its indicator does not need is not counted as missing, and says why", async () => {
    const session = MemorySession.withTemplate({
      inputs: { executionBudget: 4000, spentQ1: 900, spentQ2: 1900, spentQ3: 2900, spentQ4: 3900 },
    });
    await pane(session, "已找到 5 / 54 项数据");
    open(/预算执行率/);
    const rate = screen.getByTestId("input-executionRateQ1");
    expect(within(rate).queryByText("缺少")).toBeNull();
    expect(within(rate).getByText(/不影响计分：这项指标已由其他数据计分/)).toBeTruthy();
    fireEvent.click(screen.getByRole("switch", { name: "只看缺少的" }));
    expect(screen.queryByTestId("input-executionRateQ1")).toBeNull();
  });

  it("asks what an unclear percentage means, with both figures as one-click answers", async () => {
    await pane(MemorySession.withTemplate(), "已找到 0 / 58 项数据");
    open(/公众或服务对象满意度/);
    const row = screen.getByTestId("input-satisfaction");
    fireEvent.change(within(row).getByRole("textbox"), { target: { value: "0.9" } });
    expect(
      within(row).getByText("“0.9”是指 0.9% 还是 90%？请选择，或在数字后写上 %。")
    ).toBeTruthy();
    expect(saveBar().getByText(/1 处需要修正/)).toBeTruthy();
    fireEvent.click(within(row).getByRole("button", { name: "90%" }));
    expect((within(row).getByRole("textbox") as HTMLInputElement).value).toBe("90%");
    expect(within(row).getByTestId("value-satisfaction").textContent).toBe("保存为：90%");
    expect(saveBar().queryByText(/需要修正/)).toBeNull();
  });

  it("shows the unit's name and year read from its tables, editable", async () => {
    const session = new MemorySession(
      workbook([sheet("财决01", { A1: "2024年度收入支出决算总表", A2: "编制单位：某区实验小学" })])
    );
    await pane(session, "已找到 0 / 58 项数据");
    const card = within(screen.getByTestId("unit-and-year"));
    expect((card.getByLabelText("单位名称") as HTMLInputElement).value).toBe("某区实验小学");
    expect(card.getAllByText("取自 财决01!A2").length).toBe(1);
    expect((card.getByLabelText("评价年度") as HTMLInputElement).value).toBe("2024");
    fireEvent.change(card.getByLabelText("单位名称"), { target: { value: "某区实验中学" } });
    expect(saveBar().getByText("1 项修改未保存")).toBeTruthy();
  });
});
