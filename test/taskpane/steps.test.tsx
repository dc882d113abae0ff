/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { App } from "../../src/taskpane/components/App";
import { GenerateStep } from "../../src/taskpane/components/GenerateStep";
import { JudgementStep } from "../../src/taskpane/components/JudgementStep";
import { SourcesStep } from "../../src/taskpane/components/SourcesStep";
import { Root } from "../../src/taskpane/index";
import { workbookTitle } from "../../src/taskpane/workbook-title";
import { MemorySession } from "./memory-session";
import { sheet, workbook } from "../support/snapshot-helpers";

const ui = (node: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const noop = () => undefined;

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

describe("数据来源", () => {
  it("empty workbook: nothing found, says what to do, offers the template", async () => {
    const session = empty();
    ui(
      <SourcesStep
        locale="zh-CN"
        session={session}
        analysis={await session.analyze()}
        onChanged={noop}
      />
    );
    expect(screen.getByText("已找到 0 / 59 项数据")).toBeTruthy();
    expect(screen.getByText(/工作簿中还没有计分数据/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "创建“绩效基础数据”表" }));
    await screen.findByText("已创建“绩效基础数据”表，请在其中填写数据。");
  });

  it("partly filled: counts, marks what is missing, filters to it, and shows where each value came from", async () => {
    const session = partial();
    ui(
      <SourcesStep
        locale="zh-CN"
        session={session}
        analysis={await session.analyze()}
        onChanged={noop}
      />
    );
    expect(screen.getByText("已找到 6 / 59 项数据")).toBeTruthy();
    expect(screen.getByText("缺少 53 项")).toBeTruthy();
    open(/公用经费控制率/);
    const found = screen.getByTestId("input-sanGongBudget");
    expect(within(found).getByText("11 万元")).toBeTruthy();
    expect(within(found).getByText(/基础数据表 · 绩效基础数据!E\d+/)).toBeTruthy();
    expect(within(screen.getByTestId("input-dailyPublicBudget")).getByText("缺少")).toBeTruthy();
    fireEvent.click(screen.getByRole("switch", { name: "只看缺少的" }));
    await waitFor(() => expect(screen.queryByTestId("input-sanGongBudget")).toBeNull());
  });

  it("in Excel: binds an input to the selected cell", async () => {
    const session = MemorySession.withTemplate({}, "excel");
    const changed = jest.fn();
    ui(
      <SourcesStep
        locale="zh-CN"
        session={session}
        analysis={await session.analyze()}
        onChanged={changed}
      />
    );
    open(/预算编制合理性/);
    fireEvent.click(
      within(screen.getByTestId("input-budgetAlignedWithDuties")).getByRole("button", {
        name: "绑定到所选单元格",
      })
    );
    await screen.findByText(
      "已将 budgetAlignedWithDuties 绑定到 Sheet1!A1 (budgetAlignedWithDuties)"
    );
    expect(changed).toHaveBeenCalled();
  });
});

describe("评价判断", () => {
  it("without the template: explains, and creates it on request", async () => {
    const session = empty();
    ui(
      <JudgementStep
        locale="zh-CN"
        session={session}
        analysis={await session.analyze()}
        onChanged={noop}
      />
    );
    expect(screen.getByText(/评价判断保存在“绩效基础数据”表中/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "创建“绩效基础数据”表" }));
    await screen.findByText(/已创建/);
  });

  it("saves a changed judgement into its template cell", async () => {
    const session = partial();
    const analysis = await session.analyze();
    ui(<JudgementStep locale="zh-CN" session={session} analysis={analysis} onChanged={noop} />);
    const save = screen.getByRole("button", {
      name: "保存到基础数据表",
    }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    open("绩效指标明确性");
    const group = screen.getByRole("radiogroup", {
      name: "绩效指标具有清晰、可衡量的指标值",
    });
    fireEvent.click(within(group).getByRole("radio", { name: "是" }));
    expect(screen.getByText("有未保存的修改")).toBeTruthy();
    fireEvent.click(save);
    await screen.findByText("已保存");
    const cell = analysis.located.inputs.get("indicatorsHaveValues")!;
    expect(session.writes).toContainEqual({
      sheet: "绩效基础数据",
      row: cell.row,
      col: cell.col,
      value: "是",
    });
  });

  it("requires a reason with an own score, and refuses a score above the points", async () => {
    const session = partial();
    ui(
      <JudgementStep
        locale="zh-CN"
        session={session}
        analysis={await session.analyze()}
        onChanged={noop}
      />
    );
    open("评价人自评得分（可选）");
    fireEvent.change(screen.getByLabelText("公用经费控制率：自评得分（0–6）"), {
      target: { value: "7" },
    });
    expect(await screen.findByText("自评得分不能超过6（7）")).toBeTruthy();
    expect(screen.getByText("填写了自评得分时必须写明理由")).toBeTruthy();
    expect(
      (
        screen.getByRole("button", {
          name: "保存到基础数据表",
        }) as HTMLButtonElement
      ).disabled
    ).toBe(true);
  });

  it("partial credit takes points", async () => {
    const session = partial();
    ui(
      <JudgementStep
        locale="zh-CN"
        session={session}
        analysis={await session.analyze()}
        onChanged={noop}
      />
    );
    const group = screen.getByRole("radiogroup", {
      name: "预算编制、分配符合本部门职责和区委区政府方针政策",
    });
    fireEvent.click(within(group).getByRole("radio", { name: "部分得分" }));
    fireEvent.change(screen.getByLabelText("部分得分（0–1）"), {
      target: { value: "0.5" },
    });
    fireEvent.click(screen.getByRole("button", { name: "保存到基础数据表" }));
    await screen.findByText("已保存");
    expect(session.writes.find((w) => w.value === 0.5)).toBeTruthy();
  });
});

describe("生成评分表", () => {
  it("generates, then shows total, grade, the chart and findings linked to their rows", async () => {
    const session = partial();
    ui(<GenerateStep locale="zh-CN" session={session} analysis={await session.analyze()} />);
    expect(screen.getByText("按当前数据：12 分，暂不评级")).toBeTruthy();
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

  it("in Excel: live formulas by default, and findings link to the sheet", async () => {
    const session = MemorySession.withTemplate({ inputs: { keyTasksMissed: 0 } }, "excel");
    ui(<GenerateStep locale="zh-CN" session={session} analysis={await session.analyze()} />);
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

  it("shows an error in place when the host fails, and nothing when there is nothing to score", async () => {
    const session = partial();
    session.fail = "工作表受保护";
    ui(<GenerateStep locale="zh-CN" session={session} analysis={await session.analyze()} />);
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
    expect(await screen.findByText("已找到 6 / 59 项数据")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "1 数据来源" }).getAttribute("aria-selected")).toBe(
      "true"
    );
  });

  it("refuses a file that is not .xlsx", async () => {
    const openFile = jest.fn();
    ui(<App locale="zh-CN" openFile={openFile} />);
    fireEvent.change(screen.getByTestId("file-input"), {
      target: { files: [new File(["x"], "a.xls")] },
    });
    expect((await screen.findByRole("alert")).textContent).toContain("“a.xls”不是 .xlsx 工作簿");
    expect(openFile).not.toHaveBeenCalled();
  });

  it("reads the workbook again when the host says it may have changed (the pane shown again)", async () => {
    const session = partial();
    let stale: (() => void) | undefined;
    session.watch = (f) => ((stale = f), () => undefined);
    ui(<App locale="zh-CN" session={session} />);
    expect(await screen.findByText("已找到 6 / 59 项数据")).toBeTruthy();
    const analysis = await session.analyze();
    const row = analysis.located.inputCells!.get("dailyPublicBudget")!;
    session.setCells([{ sheet: "绩效基础数据", row: row.row, col: row.col, value: 247.82 }]);
    await act(async () => stale!());
    expect(await screen.findByText("已找到 7 / 59 项数据")).toBeTruthy();
  });

  it("reports a workbook it cannot read", async () => {
    const broken = partial();
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
