import fc from "fast-check";
import {
  evaluate,
  inputDef,
  isMissingValue,
  numberFigure,
  parseValue,
  Rational,
  specOf,
  type InputsFile,
} from "../../src/core";
import { scoreXlsx } from "../../src/hosts/xlsx/file";
import type { Analysis } from "../../src/pipeline/analyze";
import { blockValue, coreValue } from "../../src/pipeline/normalize";
import { BLOCK } from "../../src/pipeline/sheets/data-block";
import { reportDocx } from "../../src/report/docx";
import { draftReport } from "../../src/report/draft";
import {
  adopt,
  initialForm,
  previewScore,
  readingCandidates,
  typed,
  validate,
  type JudgementForm,
} from "../../src/taskpane/model";
import { FileSession } from "../../src/taskpane/session/file-session";
import type { WorkbookSession } from "../../src/taskpane/session/types";
import { readDocx } from "../report/read-docx";
import { drawWorkbook, toOfficeSnapshot, toXlsx } from "../support/layouts";
import { chance, pick, rngOf, type Rng } from "../support/layouts/truth";
import { figures, oracle } from "../support/report-oracle";
import { MemorySession } from "./memory-session";

/**
 * Figures with a known true value, carried through the pane as a clerk carries them: workbooks drawn with
 * their true figures (test/support/layouts), scanned; some readings adopted (tables kept in 元 or 万元,
 * sentences), some candidates chosen, missing figures typed in the ways clerks type them (1,234.5, full-width
 * digits, 元 amounts, 22.3 or 22.3%), saved, read back, generated, scored and drafted. Every figure in the data
 * sheet read back, the score sheet's data block, the scores and the report must be the true one (or a prompt);
 * saving what was read back changes nothing.
 */
jest.setTimeout(240_000);

type Truth = Map<string, Rational>;

const TYPES = new Set(["amount", "count", "percent"]);

/** A true figure typed as a clerk might type it, with the figure it must give. */
function clerkEntry(rng: Rng, key: string, value: Rational): string {
  const def = inputDef(key)!;
  const plain = value
    .toFixed(def.type === "count" ? 0 : 2)
    .replace(/\.(\d*?)0+$/, ".$1")
    .replace(/\.$/, "");
  const fullWidth = (s: string) =>
    s.replace(/[0-9.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const grouped = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/, ",");
  switch (def.type) {
    case "amount":
      return pick(rng, [
        plain,
        grouped(value.toFixed(2)),
        fullWidth(plain),
        `${value.mul(Rational.int(10000)).toFixed(0)}元`,
        `${plain}万元`,
      ]);
    case "count":
      return pick(rng, [plain, fullWidth(plain), `${plain}${def.unit ?? ""}`]);
    default:
      return pick(rng, [plain, `${plain}%`, fullWidth(`${plain}%`)]);
  }
}

/** A figure a clerk could have for an input the tables do not hold. */
function anyFigure(rng: Rng, key: string): Rational {
  const def = inputDef(key)!;
  const [lo, hi] =
    def.type === "count"
      ? [0, 300]
      : def.type === "percent"
        ? (def.plausible ?? [0, 100])
        : [0, 9000];
  const cents = Math.round((lo + rng() * (hi - lo)) * 100);
  return def.type === "count"
    ? Rational.int(Math.round(cents / 100))
    : Rational.of(BigInt(cents), 100n);
}

const figureOf = (a: Analysis, key: string): Rational | undefined => {
  const l = a.located.inputs.get(key);
  const def = inputDef(key)!;
  const p = l ? parseValue(coreValue(l), { ...specOf(def), max: undefined }) : undefined;
  return p?.kind === "value" ? p.value : undefined;
};

interface Trip {
  truth: Truth;
  form: JudgementForm;
}

/** What the clerk does in step 1, drawn from the seed: adopt, choose, type. */
function clerkWork(rng: Rng, analysis: Analysis, expected: Record<string, number>): Trip {
  const truth: Truth = new Map();
  let form = initialForm(analysis);
  for (const key of Object.keys(form.draft)) {
    const def = inputDef(key);
    if (!def || !TYPES.has(def.type) || def.decided) continue;
    const l = analysis.located.inputs.get(key);
    const known = key in expected ? Rational.fromNumber(expected[key]) : undefined;
    const found = l && !isMissingValue(coreValue(l)) ? l : undefined;
    const candidates = readingCandidates(analysis, key);
    if (found?.source === "label" && known && chance(rng, 0.4)) {
      // Confirming a reading: its figure, converted from its table's unit or read in its sentence.
      form = adopt(form, key, found);
      truth.set(key, known);
    } else if (!found && candidates.length && chance(rng, 0.6)) {
      // Choosing among cells that disagree: what counts is the figure the pane showed for the one chosen.
      const chosen = pick(rng, candidates);
      form = adopt(form, key, chosen.located);
      truth.set(key, chosen.figure);
    } else if (!found && (known || !def.report) && chance(rng, 0.5)) {
      // The report's own figures are typed only as the tables have them: they add up, as a unit's do.
      const value = known ?? anyFigure(rng, key);
      form = typed(form, key, clerkEntry(rng, key, value));
      truth.set(key, value);
    } else if (found && known) truth.set(key, known);
  }
  return { truth, form };
}

/** The core's inputs as the truth has them: the true figures, everything else as read. */
function truthFile(after: Analysis, truth: Truth): InputsFile {
  const { file } = previewScore(after, undefined, "zh-CN");
  const inputs = { ...file.inputs };
  for (const [key, v] of truth) inputs[key] = numberFigure(v);
  return { ...file, inputs };
}

async function journey(seed: number, session: WorkbookSession) {
  const drawn = drawWorkbook(seed);
  const rng = rngOf(seed * 7919);
  const before = await session.analyze();
  const { truth, form } = clerkWork(rng, before, drawn.expected);
  expect(validate(form, before.framework, "zh-CN")).toEqual({});
  await session.save(form);
  const after = await session.analyze();

  // The data sheet read back: every figure the clerk meant, to the cent.
  const read = [...truth.keys()].map((k) => [k, figureOf(after, k)?.toFixed(6)]);
  expect(read).toEqual([...truth].map(([k, v]) => [k, v.toFixed(6)]));

  // Saving what was read back is the identity: nothing to write, the same scores.
  const again = initialForm(after);
  await session.save(again);
  expect((await session.analyze()).result).toEqual(after.result);

  // The scores: those the true figures give.
  const trueFile = truthFile(after, truth);
  const trueResult = evaluate(trueFile, after.framework, "zh-CN");
  expect(after.result.indicators.map((i) => [i.id, i.computed])).toEqual(
    trueResult.indicators.map((i) => [i.id, i.computed])
  );

  // The score sheet's data block, as written into the workbook.
  const generated = await session.generate("portable");
  const block = new Map<string, unknown>();
  for (const c of generated.plan.cells)
    if (c.col === BLOCK.key && typeof c.value === "string") block.set(c.value, c.row);
  for (const [key, v] of truth) {
    const row = block.get(key) as number | undefined;
    if (row === undefined) continue;
    const cell = generated.plan.cells.find((c) => c.row === row && c.col === BLOCK.value)!;
    expect([key, cell.value]).toEqual([key, blockValue(key, numberFigure(v))]);
  }
  return { after, trueFile, trueResult };
}

describe("figures from the workbook and the keyboard to the score and the report", () => {
  it("drawn workbooks, as Excel hands them over: every figure true after save, read back, score and data block", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), async (seed) => {
        const session = new MemorySession(toOfficeSnapshot(drawWorkbook(seed).sheets));
        await journey(seed, session);
      }),
      { numRuns: 25 }
    );
  });

  it("drawn workbooks as uploaded .xlsx files: the downloaded copy scores the true figures, and the report states only them", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), async (seed) => {
        const bytes = await toXlsx(drawWorkbook(seed).sheets);
        const session = new FileSession("单位.xlsx", bytes, "zh-CN");
        const { trueFile, trueResult } = await journey(seed, session);

        // The downloaded workbook, scored again as the command line scores it.
        const { generated } = await scoreXlsx(session.scoredFile()!.bytes, { mode: "values" });
        expect(generated.result.indicators.map((i) => i.computed)).toEqual(
          trueResult.indicators.map((i) => i.computed)
        );

        // The report: every figure it states is one the true figures justify.
        const analysis = await session.analyze();
        const { result, file } = previewScore(analysis, undefined, "zh-CN");
        const paragraphs = await readDocx(
          await reportDocx(draftReport(result, file, analysis.framework, "zh-CN"))
        );
        const allowed = oracle(trueFile, trueResult);
        expect(figures(paragraphs).filter((f) => !allowed.has(f))).toEqual([]);
      }),
      { numRuns: 5 }
    );
  });
});
