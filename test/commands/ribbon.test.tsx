/**
 * @jest-environment jsdom
 */
import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { generateFromRibbon, type RibbonDeps } from "../../src/commands/commands";
import { SheetWriteError } from "../../src/hosts/office/excel";
import { App } from "../../src/taskpane/components/App";
import { postNotice } from "../../src/taskpane/notices";
import type { Generated } from "../../src/pipeline/analyze";
import { MemorySession } from "../taskpane/memory-session";

/** A ribbon button has no place to speak: what stops it is left for the task pane, which it opens. */
function deps(generate: RibbonDeps["generate"]) {
  const shown = jest.fn(async () => undefined);
  return {
    deps: { locale: "zh-CN" as const, generate, showPane: shown },
    shown,
  };
}

const event = () => ({ completed: jest.fn() });

afterEach(() => postNotice(undefined));

describe("生成评分表 on the ribbon", () => {
  it("a failure is shown in the pane, which opens, and the button is released", async () => {
    const { deps: d, shown } = deps(async () => {
      throw new Error("工作簿结构受保护");
    });
    const e = event();
    await generateFromRibbon(e, d);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(shown).toHaveBeenCalled();
    render(
      <FluentProvider theme={webLightTheme}>
        <App locale="zh-CN" session={MemorySession.withTemplate({}, "excel")} />
      </FluentProvider>
    );
    expect((await screen.findByTestId("notice")).textContent).toContain(
      "“生成评分表”没有完成：工作簿结构受保护"
    );
  });

  it("a write that failed says it was undone", async () => {
    const { deps: d } = deps(async () => {
      throw new SheetWriteError("绩效自评评分表", new Error("InvalidArgument"));
    });
    await generateFromRibbon(event(), d);
    render(
      <FluentProvider theme={webLightTheme}>
        <App locale="zh-CN" session={MemorySession.withTemplate({}, "excel")} />
      </FluentProvider>
    );
    expect((await screen.findByTestId("notice")).textContent).toContain(
      "写入“绩效自评评分表”时出错，已撤销，工作簿保持原样：InvalidArgument"
    );
  });

  it("a workbook without data opens the pane with what to fill in", async () => {
    const { deps: d, shown } = deps(
      async () =>
        ({
          noInputs: {
            summary: "工作簿中没有找到计分数据。",
            hint: "请先创建“绩效基础数据”表",
            needed: [],
          },
        }) as unknown as Generated
    );
    await generateFromRibbon(event(), d);
    expect(shown).toHaveBeenCalled();
    render(
      <FluentProvider theme={webLightTheme}>
        <App locale="zh-CN" session={MemorySession.withTemplate({}, "excel")} />
      </FluentProvider>
    );
    expect((await screen.findByTestId("notice")).textContent).toContain("工作簿中没有找到计分数据");
  });

  it("success does not open the pane; an open pane shows it, and it can be dismissed", async () => {
    const { deps: d, shown } = deps(
      async () => ({ plan: { name: "绩效自评评分表 (2)" } }) as Generated
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <App locale="zh-CN" session={MemorySession.withTemplate({}, "excel")} />
      </FluentProvider>
    );
    await act(() => generateFromRibbon(event(), d));
    expect(shown).not.toHaveBeenCalled();
    expect((await screen.findByTestId("notice")).textContent).toContain(
      "已生成“绩效自评评分表 (2)”"
    );
    await act(async () => screen.getByRole("button", { name: "关闭" }).click());
    expect(screen.queryByTestId("notice")).toBeNull();
  });
});
