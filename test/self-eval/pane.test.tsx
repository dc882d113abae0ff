/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { TextDecoder } from "node:util";
import { act, fireEvent, screen } from "@testing-library/react";
import { loadWorkbook } from "../../src/hosts/xlsx/file";
import { snapshotOf } from "../../src/hosts/xlsx/read";
import { App } from "../../src/taskpane/components/App";
import { repoFile } from "../helpers";
import { MemorySession } from "../taskpane/memory-session";
import { ui } from "../taskpane/pane-support";

// jsdom has no TextDecoder; the workbook is read as Node reads it, then shown in the jsdom pane.
Object.assign(globalThis, { TextDecoder });

const projects = async (kind: "excel" | "file", locale: "zh-CN" | "en-US") =>
  new MemorySession(
    snapshotOf(await loadWorkbook(readFileSync(repoFile("examples", "self-eval-projects.xlsx")))),
    kind,
    locale
  );

describe("the pane on a workbook of 自评表", () => {
  it("in Excel, in English: opens on the forms, rescored, and writes them", async () => {
    const session = await projects("excel", "en-US");
    ui(<App locale="en-US" session={session} />);
    const tab = await screen.findByRole("tab", { name: "Self-eval forms (2)" });
    expect(tab.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText("99.8 points · Excellent")).toBeTruthy();
    expect(screen.getByText("98.62 points · Excellent")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /义务教育营养改善计划专项资金/ }));
    expect(await screen.findByText("total given 96, by the rules 99.8")).toBeTruthy();
    expect(screen.getByText("“资金到位及时率” is given 7; by the rules it scores 10")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write the forms" })));
    expect(
      await screen.findByText(
        "Sheets added: Self-eval-普陀体育中心与委托运营方结算费用, Self-eval-义务教育营养改善计划专项资金, Self-eval summary."
      )
    ).toBeTruthy();
    // No download in Excel: the sheets are in the open workbook.
    expect(screen.queryByTestId("download-forms")).toBeNull();
  });

  it("in a browser: a write that fails says why", async () => {
    const session = await projects("file", "zh-CN");
    ui(<App locale="zh-CN" session={session} />);
    await screen.findByRole("tab", { name: "绩效自评表（2）" });
    session.fail = "磁盘已满";
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "生成自评表" })));
    expect((await screen.findByRole("alert")).textContent).toContain("磁盘已满");
  });
});
