/**
 * @jest-environment jsdom
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { App } from "../../src/taskpane/components/App";
import { UnreadableFile } from "../../src/hosts/xlsx/file-kind";
import { Root } from "../../src/taskpane/index";
import { workbookTitle } from "../../src/taskpane/workbook-title";
import { MemorySession } from "./memory-session";
import { sheet, workbook } from "../support/snapshot-helpers";

// Scoring and writing run for real behind the pane; on a busy CI machine that takes more than a second.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

const ui = (node: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

const empty = () => new MemorySession(workbook([sheet("收支总表", { A1: "项目", B1: "金额" })]));
const partial = () =>
  MemorySession.withTemplate({
    inputs: {
      sanGongBudget: 11,
      sanGongActual: 3.98,
      budgetAlignedWithDuties: "是",
      indicatorsHaveValues: "否",
      keyTasksMissed: 0,
      satisfaction: 0.9395,
    },
  });

/** Opens an accordion section (those with gaps start open). */
function open(name: string | RegExp): void {
  const header = screen.getByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
}

/** The pane on a session, once it has read the workbook. */
async function pane(session: MemorySession, found: string) {
  ui(<App locale={session.locale} session={session} />);
  await screen.findByText(found);
}
const tab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));
const saveBar = () => within(screen.getByTestId("save-bar"));

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
    fireEvent.click(saveBar().getByRole("button", { name: "保存" }));
    await screen.findByText(
      "已在工作簿中加入“绩效基础数据”表。请在下面各项中填写并保存，下载的工作簿会包含它。"
    );
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
    expect(await screen.findByText("自评得分不能超过6（7）")).toBeTruthy();
    expect(screen.getByText("填写了自评得分时必须写明理由")).toBeTruthy();
    expect((saveBar().getByRole("button", { name: "保存" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    expect(screen.getByText("按数据计算：8 / 8 分")).toBeTruthy();
  });
});

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

describe("App", () => {
  it("in a browser: asks for a workbook, opens it and lands on 数据来源", async () => {
    const openFile = jest.fn(async () => partial());
    ui(<App locale="zh-CN" openFile={openFile} />);
    const input = screen.getByTestId("file-input");
    await act(async () =>
      fireEvent.change(input, {
        target: { files: [new File(["x"], "a.xlsx")] },
      })
    );
    expect(await screen.findByText("已找到 6 / 58 项数据")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "1 数据来源" }).getAttribute("aria-selected")).toBe(
      "true"
    );
  });

  it("a file it cannot read says what it is and what to do, and keeps the workbook already open", async () => {
    const openFile = jest
      .fn()
      .mockResolvedValueOnce(partial())
      .mockRejectedValueOnce(new UnreadableFile("ole"));
    ui(<App locale="zh-CN" openFile={openFile} />);
    await act(async () =>
      fireEvent.change(screen.getByTestId("file-input"), {
        target: { files: [new File(["x"], "a.xlsx")] },
      })
    );
    await screen.findByText("已找到 6 / 58 项数据");
    await act(async () =>
      fireEvent.change(screen.getByTestId("file-input"), {
        target: { files: [new File(["x"], "预算.xls")] },
      })
    );
    expect((await screen.findByRole("alert")).textContent).toBe(
      "无法打开“预算.xls”：这是旧版 Excel 97-2003 工作簿（.xls），不是 .xlsx 工作簿。请在 Excel 或 WPS 中打开它，用“另存为”保存为“Excel 工作簿（*.xlsx）”，再选择另存的文件。 仍在处理“测试工作簿.xlsx”。"
    );
    expect(screen.getByText("已找到 6 / 58 项数据")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "重试" })).toBeNull();
  });

  it("in a browser, warns before the page closes with unsaved or undownloaded work", async () => {
    await pane(partial(), "已找到 6 / 58 项数据");
    const leave = () => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave()).toBe(false);
    tab("2 评价判断");
    open(/绩效指标明确性/);
    const group = screen.getByRole("radiogroup", { name: "绩效指标具有清晰、可衡量的指标值" });
    fireEvent.click(within(group).getByRole("radio", { name: "是" }));
    expect(leave()).toBe(true);
    fireEvent.click(saveBar().getByRole("button", { name: "保存" }));
    await saveBar().findByText("已保存");
    // Saved into the page's copy only: still to be downloaded.
    expect(leave()).toBe(true);
  });

  it("reads the workbook again when the host says it may have changed (the pane shown again)", async () => {
    const session = partial();
    let stale: (() => void) | undefined;
    session.watch = (f) => ((stale = f), () => undefined);
    ui(<App locale="zh-CN" session={session} />);
    expect(await screen.findByText("已找到 6 / 58 项数据")).toBeTruthy();
    const analysis = await session.analyze();
    const row = analysis.located.inputCells!.get("dailyPublicBudget")!;
    session.setCells([{ sheet: "绩效基础数据", row: row.row, col: row.col, value: 247.82 }]);
    await act(async () => stale!());
    expect(await screen.findByText("已找到 7 / 58 项数据")).toBeTruthy();
  });

  it("reports a workbook it cannot read in Excel, and offers to read it again", async () => {
    const broken = MemorySession.withTemplate({}, "excel");
    broken.analyze = async () => {
      throw new Error("文件已损坏");
    };
    ui(<App locale="zh-CN" session={broken} />);
    expect((await screen.findByRole("alert")).textContent).toBe("无法读取工作簿：文件已损坏");
    expect(screen.getByRole("button", { name: "重试" })).toBeTruthy();
  });
});

describe("Root (the page)", () => {
  const office = (host: string | null, url: string) => ({
    onReady: async () => ({ host }),
    context: { displayLanguage: "zh-CN", document: { url } },
  });
  const env = (o: ReturnType<typeof office> | undefined, search = "") => ({
    office: o,
    search,
    storedHostInfo: null,
    navigatorLanguage: "zh-CN",
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    workbookTitle,
  });

  it("inside Excel, a workbook whose name contains % opens (the pane used to stay blank)", async () => {
    const excel = jest.fn(
      async (title: string) => Object.assign(partial(), { kind: "excel" as const, title }) as never
    );
    ui(
      <Root
        env={env(
          office("Excel", "C:\\Users\\张三\\预算执行 100%.xlsx"),
          "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0"
        )}
        excel={excel}
      />
    );
    expect(await screen.findByText("预算执行 100%.xlsx")).toBeTruthy();
    expect(excel).toHaveBeenCalledWith("预算执行 100%.xlsx", "zh-CN");
    expect(screen.queryByTestId("file-input")).toBeNull();
  });

  it("shows progress until it knows where it runs, then the file picker in a plain browser", async () => {
    ui(<Root env={env(office(null, ""))} />);
    expect(screen.getByText("正在启动…")).toBeTruthy();
    expect(await screen.findByTestId("file-input")).toBeTruthy();
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
    await screen.findByText("已找到 1 / 58 项数据");
    const l = (await session.analyze()).located.inputs.get("sanGongBudget")!;
    expect([l.source, l.value, l.note]).toEqual(["template", 12.5, "采用：三公预算!B3"]);
    expect(screen.getByText("采用：三公预算!B3")).toBeTruthy();
  });
});
