import { getFramework, type Framework, type Locale } from "../../src/core";
import { planFrameworkStore, STORE_SHEET } from "../../src/pipeline/sheets/framework-store";
import { catalog } from "../../src/i18n";
import { templateWrites, type JudgementForm } from "../../src/taskpane/model";
import type { CellWrite } from "../../src/pipeline/sheets/plan";
import type { WorkbookSession } from "../../src/taskpane/session/types";
import { analyzeWorkbook, scoreWorkbook } from "../../src/pipeline/analyze";
import { scoreSelfEvalWorkbook } from "../../src/pipeline/self-eval";
import { writtenForms } from "../../src/taskpane/session/written-forms";
import type { SheetPlan } from "../../src/pipeline/sheets/plan";
import type { FormulaMode } from "../../src/pipeline/sheets/score-sheet";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/pipeline/snapshot";
import { planTemplateSheet, type TemplateFill } from "../../src/pipeline/sheets/template-sheet";

/** A workbook held as a snapshot, with the real pipeline behind it: what the components see from any host. */
export class MemorySession implements WorkbookSession {
  readonly kind: "excel" | "file";
  readonly title = "测试工作簿.xlsx";
  writes: CellWrite[] = [];
  generatedModes: FormulaMode[] = [];
  fail?: string;

  constructor(
    private wb: WorkbookSnapshot,
    kind: "excel" | "file" = "file",
    readonly locale: Locale = "zh-CN"
  ) {
    this.kind = kind;
    if (kind === "excel") {
      this.select = async () => undefined;
      this.bindSelection = async () => "Sheet1!A1";
    } else
      this.scoredFile = () => ({
        name: catalog(locale).sheets.scoredFile("x"),
        bytes: new Uint8Array([1]),
      });
  }

  watch?: WorkbookSession["watch"];
  select?: WorkbookSession["select"];
  bindSelection?: WorkbookSession["bindSelection"];
  scoredFile?: WorkbookSession["scoredFile"];

  static withTemplate(
    fill: TemplateFill = {},
    kind: "excel" | "file" = "file",
    locale: Locale = "zh-CN"
  ): MemorySession {
    return new MemorySession(
      {
        sheets: [sheetOf(planTemplateSheet(getFramework()!, [], fill, locale))],
        names: [],
      },
      kind,
      locale
    );
  }

  async analyze() {
    return analyzeWorkbook(this.wb, { locale: this.locale });
  }

  /** The framework kept as the hosts keep it: the store sheet, replaced whole here. */
  async setFramework(framework: Framework) {
    this.wb = {
      ...this.wb,
      sheets: [
        ...this.wb.sheets.filter((s) => s.name !== STORE_SHEET),
        sheetOf(planFrameworkStore(framework)),
      ],
    };
  }

  async createTemplate() {
    const plan = planTemplateSheet(
      (await this.analyze()).framework,
      this.wb.sheets.map((s) => s.name),
      {},
      this.locale
    );
    this.wb = { ...this.wb, sheets: [...this.wb.sheets, sheetOf(plan)] };
    return plan.name;
  }

  async save(form: JudgementForm) {
    const createdTemplate = (await this.analyze()).located.templateSheet
      ? undefined
      : await this.createTemplate();
    const { writes, unplaced } = templateWrites(await this.analyze(), form, this.locale);
    this.setCells(writes);
    return { unplaced, ...(createdTemplate && { createdTemplate }) };
  }

  /** Changes cells as a user would, behind the pane's back. */
  setCells(cells: CellWrite[]) {
    this.writes.push(...cells);
    for (const c of cells) {
      const sheet = this.wb.sheets.find((s) => s.name === c.sheet)!;
      grow(sheet, c.row, c.col);
      sheet.values[c.row - 1][c.col - 1] = c.value;
      sheet.formulas[c.row - 1][c.col - 1] = "";
    }
  }

  async generate(mode: FormulaMode) {
    if (this.fail) throw new Error(this.fail);
    this.generatedModes.push(mode);
    return scoreWorkbook(this.wb, { mode, locale: this.locale });
  }

  /** The forms added to the snapshot as the hosts add them. */
  async generateSelfEval() {
    if (this.fail) throw new Error(this.fail);
    const run = scoreSelfEvalWorkbook(this.wb, { locale: this.locale });
    this.wb = { ...this.wb, sheets: [...this.wb.sheets, ...run.plans.map(sheetOf)] };
    return writtenForms(run, this.locale);
  }
}

/** A planned sheet as the snapshot a host would read back (formulas keep their cached values). */
export function sheetOf(plan: SheetPlan): SheetSnapshot {
  const sheet: SheetSnapshot = {
    name: plan.name,
    top: 1,
    left: 1,
    values: [],
    formulas: [],
    numberFormats: [],
  };
  for (const c of plan.cells) {
    grow(sheet, c.row, c.col);
    sheet.values[c.row - 1][c.col - 1] = (
      c.value !== undefined && (typeof c.value !== "object" || c.value === null) ? c.value : null
    ) as CellValue;
    sheet.formulas[c.row - 1][c.col - 1] = c.formula ?? "";
    sheet.numberFormats[c.row - 1][c.col - 1] = c.numberFormat ?? "General";
  }
  return sheet;
}

function grow(sheet: SheetSnapshot, row: number, col: number): void {
  while (sheet.values.length < row)
    (sheet.values.push([]), sheet.formulas.push([]), sheet.numberFormats.push([]));
  for (let r = 0; r < sheet.values.length; r++) {
    while (sheet.values[r].length < col)
      (sheet.values[r].push(null),
        sheet.formulas[r].push(""),
        sheet.numberFormats[r].push("General"));
  }
}
