import { INPUTS, LOCALES, renderFindings, type Locale } from "../../src/core";
import { renderReport } from "../../src/cli/report";
import { scoreWorkbook } from "../../src/pipeline/analyze";
import { planTemplateSheet, TEMPLATE_COLUMNS } from "../../src/pipeline/sheets/template-sheet";
import type { SheetPlan } from "../../src/pipeline/sheets/plan";
import { draftReport } from "../../src/report/draft";
import { plainText, runsOf } from "../../src/report/model";
import { indicatorLines, initialForm, inputRows, previewScore } from "../../src/taskpane/model";
import { drawWorkbook, toOfficeSnapshot } from "../support/layouts";

/**
 * Input keys (sanGongBudget, spentQ2|executionRateQ2) are for files and the --json result only: nothing a
 * person reads — the pane, the score sheet, the data sheet, the report, the command line's text, the
 * findings — may show one. Workbooks drawn with gaps (every generated one lacks some inputs) in both
 * languages, every output rendered and searched.
 */
// A key is camelCase (sanGongBudget, spentQ2); the one plain word among them (satisfaction) is English too.
const KEY_SHAPED =
  /(?<![A-Za-z_])[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*(?:\|[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)*/;
const CAMEL_KEYS = INPUTS.map((d) => d.key).filter((k) => /[A-Z]/.test(k));

/** What a person sees of a planned sheet: its cell values, not formulas, not the hidden key columns. */
function sheetText(plan: SheetPlan, keyColumn?: number): string[] {
  const hidden = new Set([...(plan.hiddenColumns ?? []), ...(keyColumn ? [keyColumn] : [])]);
  return plan.cells
    .filter((c) => !hidden.has(c.col) && typeof c.value === "string")
    .map((c) => c.value as string);
}

function leaks(where: string, texts: string[]): string[] {
  return texts.flatMap((t) => {
    const m = KEY_SHAPED.exec(t);
    return m ? [`${where}: “${m[0]}” in ${t.slice(0, 120)}`] : [];
  });
}

describe("no input key in anything a person reads", () => {
  it("the pattern catches every key of the catalog that could leak", () => {
    expect(CAMEL_KEYS.filter((k) => !KEY_SHAPED.test(`缺少数据：${k}、`))).toEqual([]);
    expect(KEY_SHAPED.test("spentQ2|executionRateQ2")).toBe(true);
    expect(KEY_SHAPED.test("第二季度末累计支出（或第二季度预算执行率）")).toBe(false);
  });

  for (const locale of LOCALES as readonly Locale[])
    it(`${locale}: pane, sheets, report, command line and findings of 12 workbooks with gaps`, () => {
      const found: string[] = [];
      for (let seed = 1; seed <= 12; seed++) {
        const drawn = drawWorkbook(seed);
        const generated = scoreWorkbook(toOfficeSnapshot(drawn.sheets), {
          mode: "portable",
          locale,
        });
        const { result } = generated;
        expect(result.complete).toBe(false);
        const form = initialForm(generated);
        const preview = previewScore(generated, form, locale);
        const rows = inputRows(generated, form, form, preview, locale).flatMap((g) => [
          g.name,
          ...g.rows.flatMap((r) => [r.label, r.value, r.why ?? ""]),
        ]);
        const draft = draftReport(result, preview.file, generated.framework, locale);
        found.push(
          ...leaks(`seed ${seed} pane`, rows),
          ...leaks(
            `seed ${seed} pane scores`,
            indicatorLines(generated, result, locale).map((l) => l.explanation)
          ),
          ...leaks(`seed ${seed} score sheet`, sheetText(generated.plan)),
          ...leaks(
            `seed ${seed} data sheet`,
            sheetText(planTemplateSheet(generated.framework, [], {}, locale), TEMPLATE_COLUMNS.key)
          ),
          ...leaks(
            `seed ${seed} report`,
            draft.blocks.flatMap((b) => runsOf(b).map((r) => plainText([r])))
          ),
          ...leaks(
            `seed ${seed} cli`,
            renderReport(result, generated.framework, locale).split("\n")
          ),
          ...leaks(
            `seed ${seed} findings`,
            renderFindings(result.findings, generated.framework, locale)
          )
        );
      }
      expect(found).toEqual([]);
    });
});
