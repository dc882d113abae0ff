/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { TextDecoder, TextEncoder } from "node:util";
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { repoFile } from "../helpers";
import { MemorySession } from "./memory-session";

Object.assign(globalThis, { TextDecoder, TextEncoder });
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

const HUNAN = readFileSync(repoFile("test", "fixtures", "frameworks", "hunan-test.json"));
const file = (name: string, content: string) => {
  const f = new File([content], name);
  // jsdom's File has no arrayBuffer(); the browser's does.
  Object.assign(f, { arrayBuffer: async () => new TextEncoder().encode(content).buffer });
  return f;
};

async function pane() {
  const session = MemorySession.withTemplate({ inputs: { sanGongBudget: 11 } });
  render(
    <FluentProvider theme={webLightTheme}>
      <App locale="zh-CN" session={session} />
    </FluentProvider>
  );
  await screen.findByText("指标体系：《部门整体支出绩效评价共性指标体系框架（2021年修订）》");
  fireEvent.click(screen.getByRole("button", { name: "更换" }));
  return session;
}

describe("the framework in the pane", () => {
  it("imports a bureau's framework file, keeps it in the workbook and scores with it", async () => {
    const session = await pane();
    await act(async () =>
      fireEvent.change(screen.getByTestId("framework-input"), {
        target: { files: [file("某市.json", HUNAN.toString("utf8"))] },
      })
    );
    await screen.findByText(
      "已改用《测试用部门整体支出绩效评价指标体系（按湖南某市评分规则编写）》，并保存在工作簿中。"
    );
    expect((await session.analyze()).framework.id).toBe("hunan-test");
    await screen.findByText(/已找到 \d+ \/ 24 项数据/);
    fireEvent.click(screen.getByRole("tab", { name: "3 生成评分表" }));
    expect(screen.getByTestId("score-balance").textContent).toBe("— / 3");
  });

  it("lists the problems of a broken file at their places and keeps the framework", async () => {
    const session = await pane();
    const broken = JSON.parse(HUNAN.toString("utf8"));
    broken.levels[0].children[0].indicators[0].rule.kind = "bands";
    broken.total = 60;
    await act(async () =>
      fireEvent.change(screen.getByTestId("framework-input"), {
        target: { files: [file("有错.json", JSON.stringify(broken))] },
      })
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("“有错.json”有 1 处问题，没有导入。");
    expect(alert.textContent).toContain(
      "levels[0].children[0].indicators[0].rule.kind：未知的计分方式“bands”"
    );
    expect((await session.analyze()).framework.id).toBe("longgang-2021");
  });

  it("switches back to a built-in framework", async () => {
    const session = await pane();
    await act(async () =>
      fireEvent.change(screen.getByTestId("framework-input"), {
        target: { files: [file("某市.json", HUNAN.toString("utf8"))] },
      })
    );
    await screen.findByText(/已改用《测试用/);
    fireEvent.click(screen.getByRole("button", { name: "更换" }));
    fireEvent.change(screen.getByRole("combobox", { name: "内置的指标体系" }), {
      target: { value: "longgang-2021" },
    });
    await screen.findByText(/已改用《部门整体支出绩效评价共性指标体系框架（2021年修订）》/);
    expect((await session.analyze()).framework.id).toBe("longgang-2021");
  });
});
