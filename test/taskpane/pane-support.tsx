import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { App } from "../../src/taskpane/components/App";
import { MemorySession } from "./memory-session";
import { sheet, workbook } from "../support/snapshot-helpers";

/** The pane rendered in jsdom over the real pipeline, and the few moves its tests make. */

// Scoring and writing run for real behind the pane; on a busy CI machine that takes more than a second.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

export const ui = (node: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

export const empty = () =>
  new MemorySession(workbook([sheet("收支总表", { A1: "项目", B1: "金额" })]));
export const partial = () =>
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
export function open(name: string | RegExp): void {
  const header = screen.getByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
}

/** The pane on a session, once it has read the workbook. */
export async function pane(session: MemorySession, found: string) {
  ui(<App locale={session.locale} session={session} />);
  await screen.findByText(found);
}
export const tab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));
export const saveBar = () => within(screen.getByTestId("save-bar"));
