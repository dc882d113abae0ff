/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { UnreadableFile } from "../../src/hosts/xlsx/file-kind";
import { Root } from "../../src/taskpane/index";
import { workbookTitle } from "../../src/taskpane/workbook-title";
import { MemorySession } from "./memory-session";
import { open, pane, partial, saveBar, tab, ui } from "./pane-support";

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

  it("in a browser, switches to English before a workbook is chosen, and remembers it", async () => {
    window.localStorage.clear();
    ui(<Root env={env(undefined)} />);
    expect(await screen.findByRole("button", { name: "选择工作簿" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(await screen.findByRole("button", { name: "Choose a workbook" })).toBeTruthy();
    expect(window.localStorage.getItem("perfscore.locale")).toBe("en-US");
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    expect(await screen.findByRole("button", { name: "选择工作簿" })).toBeTruthy();
  });

  it("shows progress until it knows where it runs, then the file picker in a plain browser", async () => {
    ui(<Root env={env(office(null, ""))} />);
    expect(screen.getByText("正在启动…")).toBeTruthy();
    expect(await screen.findByTestId("file-input")).toBeTruthy();
  });
});

describe("switching workbooks in a browser", () => {
  it("asks before edits not saved, or saved but not downloaded, are given up; cancelling keeps them", async () => {
    const second = MemorySession.withTemplate();
    const openFile = jest.fn().mockResolvedValueOnce(partial()).mockResolvedValue(second);
    ui(<App locale="zh-CN" openFile={openFile} />);
    const choose = (name: string) =>
      act(async () =>
        fireEvent.change(screen.getAllByTestId("file-input")[0], {
          target: { files: [new File(["x"], name)] },
        })
      );
    await choose("a.xlsx");
    await screen.findByText("已找到 6 / 58 项数据");
    open(/财政供养人员控制率/);
    fireEvent.change(within(screen.getByTestId("input-staffOnPayroll")).getByRole("textbox"), {
      target: { value: "42" },
    });
    await choose("b.xlsx");
    // jsdom leaves Tabster's aria-hidden on the portal; the browser test checks it is announced.
    const dialog = within(
      (await screen.findByText("换一个工作簿？")).closest<HTMLElement>("[role=alertdialog]")!
    );
    expect(dialog.getByText("当前工作簿有 1 项修改未保存，换工作簿后将丢失。")).toBeTruthy();
    fireEvent.click(dialog.getByRole("button", { name: "取消", hidden: true }));
    expect(openFile).toHaveBeenCalledTimes(1);
    expect(saveBar().getByText("1 项修改未保存")).toBeTruthy();

    fireEvent.click(saveBar().getByRole("button", { name: "保存" }));
    await saveBar().findByText("已保存");
    await choose("b.xlsx");
    expect(await screen.findByText(/保存的修改只在这个浏览器页面中，还没有下载/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "放弃修改，换工作簿", hidden: true }));
    await screen.findByText("已找到 0 / 58 项数据");
    expect(openFile).toHaveBeenCalledTimes(2);
  });
});
