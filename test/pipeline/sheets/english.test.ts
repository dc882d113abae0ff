import { readFileSync } from "node:fs";
import { placedIndicators } from "../../../src/core";
import { loadWorkbook } from "../../../src/hosts/xlsx/file";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { scoreWorkbook } from "../../../src/pipeline/analyze";
import { COL } from "../../../src/pipeline/sheets/score-sheet";
import type { SheetPlan } from "../../../src/pipeline/sheets/plan";
import { planTemplateSheet } from "../../../src/pipeline/sheets/template-sheet";
import { longgang, repoFile } from "../../helpers";
import { chineseBesides } from "../../support/chinese";

/**
 * The sheets the add-in writes, for an English user: every word is English but the unit's own data (its
 * name, sheets, answers and reasons) and the framework's description and criteria, which stay as published.
 */
const VERBATIM = placedIndicators(longgang).flatMap(({ indicator }) => [
  ...indicator.criteria,
  ...indicator.description,
]);

const cellTexts = (plan: SheetPlan, skipColumns: number[] = []) =>
  plan.cells
    .filter((c) => typeof c.value === "string" && !skipColumns.includes(c.col))
    .map((c) => c.value as string);

describe("sheets in English", () => {
  it.each(["portable", "values", "live"] as const)(
    "the score sheet (%s) is English but for the unit's data and the published text",
    async (mode) => {
      const wb = snapshotOf(
        await loadWorkbook(readFileSync(repoFile("examples", "longgang-2021.xlsx")))
      );
      const { plan, result, located } = scoreWorkbook(wb, { mode, locale: "en-US" });
      const unitData = [
        result.unit ?? "",
        ...wb.sheets.map((s) => s.name),
        ...result.indicators.flatMap((i) => (i.override ? [i.override.reason] : [])),
        // The titles and labels of the unit's own tables that a value was found by are quoted as its source.
        ...[...located.inputs.values()].flatMap((l) => [...(l.labels ?? []), l.table ?? ""]),
      ];
      expect(plan.name).toBe("Self-evaluation scores");
      expect(
        chineseBesides(cellTexts(plan, [COL.desc, COL.criteria]).join("\n"), unitData, VERBATIM)
      ).toEqual([]);
      expect(plan.validations.map((v) => v.error.message).join("")).not.toMatch(/[\u4e00-\u9fff]/);
      expect(plan.footer).toBe("Page &P of &N");
    }
  );

  it("the data sheet is English, and its answers are English words the scoring reads", () => {
    const plan = planTemplateSheet(longgang, [], {}, "en-US");
    expect(plan.name).toBe("Performance data");
    expect(chineseBesides(cellTexts(plan).join("\n"), [], VERBATIM)).toEqual([]);
    const lists = plan.validations
      .filter((v) => v.kind === "list")
      .map((v) => v.options!.join("/"));
    expect(lists).toContain("yes/no");
    expect(lists).toContain("full/partial/not disclosed");
    expect(
      chineseBesides(
        plan.validations.map((v) => `${v.error.message} ${v.prompt?.message ?? ""}`).join("\n"),
        []
      )
    ).toEqual([]);
  });
});
