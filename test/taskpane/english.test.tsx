/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { MemorySession } from "./memory-session";
import { chineseBesides } from "../support/chinese";
import { placedIndicators } from "../../src/core";
import { longgang } from "../helpers";

const VERBATIM = placedIndicators(longgang).flatMap(({ indicator }) => [
  ...indicator.criteria,
  ...indicator.description,
]);

/** The pane for an English user: every step in English, and findings that link to their score sheet rows. */
const ui = (node: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

const sample = (locale: "zh-CN" | "en-US", kind: "excel" | "file" = "excel") =>
  MemorySession.withTemplate(
    {
      unit: "District Library",
      inputs: {
        sanGongBudget: 11,
        sanGongActual: 3.98,
        budgetAlignedWithDuties: "是",
        budgetDisclosure: "完全",
        satisfaction: 0.9395,
      },
      overrides: { 预算执行率: { score: 6, reason: "reorganised" } },
    },
    kind,
    locale
  );

describe("the pane in English", () => {
  it("shows every step without Chinese", async () => {
    const session = sample("en-US");
    ui(<App locale="en-US" session={session} />);
    await screen.findByText(/inputs found/);
    const seen: string[] = [document.body.textContent ?? ""];
    for (const header of screen.getAllByRole("button", { expanded: false }))
      fireEvent.click(header);
    seen.push(document.body.textContent ?? "");
    fireEvent.click(screen.getByRole("tab", { name: "2 Judgements" }));
    for (const header of screen.getAllByRole("button", { expanded: false }))
      fireEvent.click(header);
    seen.push(document.body.textContent ?? "");
    fireEvent.click(screen.getByRole("tab", { name: "3 Score sheet" }));
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Generate score sheet" }))
    );
    await screen.findByTestId("total");
    seen.push(document.body.textContent ?? "");
    // The workbook's title is the unit's own data; a framework note may quote the published criteria.
    expect(chineseBesides(seen.join("\n"), [session.title], VERBATIM)).toEqual([]);
  });
});

describe.each(["zh-CN", "en-US"] as const)("findings link to their rows (%s)", (locale) => {
  it("every finding about an indicator has a link to its row of the score sheet", async () => {
    const session = sample(locale);
    ui(<App locale={locale} session={session} />);
    await screen.findAllByRole("tab");
    await screen.findByText(locale === "en-US" ? /inputs found/ : /项数据/);
    fireEvent.click(
      screen.getByRole("tab", { name: locale === "en-US" ? "3 Score sheet" : "3 生成评分表" })
    );
    await act(async () =>
      fireEvent.click(
        screen.getByRole("button", {
          name: locale === "en-US" ? "Generate score sheet" : "生成评分表",
        })
      )
    );
    await screen.findByTestId("total");
    const generated = await session.generate("live");
    const aboutIndicators = generated.result.findings.filter((f) => f.indicatorId).length;
    expect(aboutIndicators).toBeGreaterThan(5);
    expect(
      screen.getAllByRole("button", {
        name: locale === "en-US" ? /Score sheet row \d+/ : /评分表第 \d+ 行/,
      })
    ).toHaveLength(aboutIndicators);
  });
});
