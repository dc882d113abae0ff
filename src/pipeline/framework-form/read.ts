import { readFramework, type FrameworkRead } from "../../core";
import { catalog, LOCALES, type Locale } from "../../i18n";
import { address } from "../a1";
import {
  cellAt,
  sheetByName,
  bottomRow,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../snapshot";
import { decodeRule, localizedOf, type RuleColumn } from "../rule-kinds";
import { HEADER_ROW, TREE } from "./write";

/** A problem of the framework form, at its sheet!cell. */
export interface FormProblem {
  where: string;
  message: string;
}

export type FormRead =
  | { ok: true; read: Extract<FrameworkRead, { ok: true }> }
  | { ok: false; problems: FormProblem[]; unfinished: boolean };

type Sheets = ReturnType<typeof catalog>["frameworkForm"]["sheets"];

/** The sheet of the form named in either language. */
function formSheet(wb: WorkbookSnapshot, pick: (s: Sheets) => string): SheetSnapshot | undefined {
  for (const l of LOCALES) {
    const s = sheetByName(wb, pick(catalog(l).frameworkForm.sheets));
    if (s) return s;
  }
  return undefined;
}

const textOf = (sheet: SheetSnapshot, row: number, col: number): string => {
  const v = cellAt(sheet, row, col).value;
  return v === null || v === undefined ? "" : String(v).trim();
};
const numberOf = (sheet: SheetSnapshot, row: number, col: number): number | string | undefined => {
  const v = cellAt(sheet, row, col).value;
  if (v === null || v === "") return undefined;
  if (typeof v === "number") return v;
  const n = Number(String(v).trim());
  return Number.isFinite(n) && String(v).trim() !== "" ? n : String(v);
};

/**
 * Reads a framework form (write.ts) in either language into the framework's JSON form and checks it
 * with readFramework; every problem is given at its sheet!cell, so a bureau clerk can find it.
 */
export function readFrameworkForm(wb: WorkbookSnapshot, locale: Locale = "zh-CN"): FormRead {
  const w = catalog(locale).frameworkForm;
  const problems: FormProblem[] = [];
  const at = (sheet: SheetSnapshot | undefined, row: number, col: number) =>
    sheet ? `${sheet.name}!${address(row, col)}` : "";

  const tree = formSheet(wb, (s) => s.tree);
  const info = formSheet(wb, (s) => s.info);
  const inputSheet = formSheet(wb, (s) => s.inputs);
  const gradeSheet = formSheet(wb, (s) => s.grades);
  if (!tree)
    return {
      ok: false,
      unfinished: false,
      problems: [{ where: w.sheets.tree, message: w.problems.noSheet(w.sheets.tree) }],
    };

  // 基本信息: label in A, value in B, found by the label in either language.
  const infoValue = (pick: (i: ReturnType<typeof catalog>["frameworkForm"]["info"]) => string) => {
    if (!info) return { value: undefined, where: "" };
    for (let r = 1; r <= bottomRow(info); r++) {
      const label = textOf(info, r, 1);
      if (LOCALES.some((l) => pick(catalog(l).frameworkForm.info) === label))
        return { value: cellAt(info, r, 2).value, where: at(info, r, 2) };
    }
    return { value: undefined, where: `${info.name}!B` };
  };
  const id = infoValue((i) => i.id);
  const zhTitle = infoValue((i) => i.name);
  const enTitle = infoValue((i) => i.englishName);
  const total = infoValue((i) => i.total);
  const source = infoValue((i) => i.source);
  const cap = capOf(infoValue);

  // 指标体系: a level cell starts a level; an indicator name starts an indicator; a rule alone is a part.
  type Json = Record<string, unknown>;
  const levels: Json[] = [];
  const rows = new Map<string, { row: number; parts: number[] }>();
  let level1: Json | undefined;
  let level2: Json | undefined;
  let composite: { rule: Json; parts: Json[]; partRows: number[] } | undefined;
  const levelRows: { l1: number; l2: number[] }[] = [];
  const ruleAt = (row: number): Json | null | undefined => {
    const kind = textOf(tree, row, TREE.kind);
    if (!kind) return null;
    const partPoints = numberOf(tree, row, TREE.partPoints);
    const decoded = decodeRule(
      {
        kind,
        ...(partPoints !== undefined && { partPoints: partPoints as number }),
        label: textOf(tree, row, TREE.label) || undefined,
        measure: textOf(tree, row, TREE.measure) || undefined,
        first: textOf(tree, row, TREE.first) || undefined,
        second: textOf(tree, row, TREE.second) || undefined,
        params: textOf(tree, row, TREE.params) || undefined,
      },
      locale
    );
    if (!decoded.ok) {
      problems.push({ where: at(tree, row, COLUMN[decoded.column]), message: decoded.message });
      return undefined;
    }
    return decoded.rule as unknown as Json;
  };
  for (let row = HEADER_ROW + 1; row <= bottomRow(tree); row++) {
    const l1 = textOf(tree, row, TREE.l1);
    const l2 = textOf(tree, row, TREE.l2);
    const name = textOf(tree, row, TREE.name);
    if (l1) {
      level1 = { name: localizedOf(l1), points: numberOf(tree, row, TREE.l1p), children: [] };
      levels.push(level1);
      levelRows.push({ l1: row, l2: [] });
    }
    if (l2) {
      if (!level1) {
        problems.push({ where: at(tree, row, TREE.l2), message: w.problems.noLevel });
        continue;
      }
      level2 = { name: localizedOf(l2), points: numberOf(tree, row, TREE.l2p), indicators: [] };
      (level1.children as Json[]).push(level2);
      levelRows[levelRows.length - 1].l2.push(row);
    }
    if (name) {
      if (!level2) {
        problems.push({ where: at(tree, row, TREE.name), message: w.problems.noLevel });
        continue;
      }
      const indicatorId = textOf(tree, row, TREE.id) || `r${row}`;
      const rule = ruleAt(row);
      const indicator: Json = {
        id: indicatorId,
        name: localizedOf(name),
        points: numberOf(tree, row, TREE.points),
        description: textOf(tree, row, TREE.description),
        criteria: textOf(tree, row, TREE.criteria),
        ...(rule !== null && { rule: rule ?? { kind: "composite", parts: [{}] } }),
      };
      (level2.indicators as Json[]).push(indicator);
      rows.set(indicatorId, { row, parts: [] });
      // A rule with parts (a composite) takes the rule rows below it as its parts.
      composite =
        rule && Array.isArray(rule.parts)
          ? { rule, parts: rule.parts as Json[], partRows: rows.get(indicatorId)!.parts }
          : undefined;
      if (rule === undefined) composite = undefined;
      continue;
    }
    if (textOf(tree, row, TREE.kind)) {
      if (!composite) {
        problems.push({
          where: at(tree, row, TREE.kind),
          message: w.problems.partWithoutIndicator,
        });
        continue;
      }
      const part = ruleAt(row);
      if (part) {
        composite.parts.push(part);
        composite.partRows.push(row);
      }
    }
  }

  // 输入项 and 评分等级: columns found by their headers in either language.
  const columns = (sheet: SheetSnapshot | undefined, pick: (l: Locale) => string[]) => {
    const map = new Map<number, number>();
    if (!sheet) return map;
    for (const l of LOCALES)
      pick(l).forEach((h, i) => {
        for (let c = 1; c <= 20; c++) if (textOf(sheet, HEADER_ROW, c) === h) map.set(i, c);
      });
    return map;
  };
  const typeOf = (word: string) =>
    Object.entries(catalog("zh-CN").frameworkForm.inputs.types).find(([type]) =>
      LOCALES.some((l) => catalog(l).frameworkForm.inputs.types[type] === word || type === word)
    )?.[0] ?? word;
  const inputCols = columns(inputSheet, (l) => catalog(l).frameworkForm.inputs.headers);
  const inputs: Json[] = [];
  const inputRows: number[] = [];
  if (inputSheet)
    for (let row = HEADER_ROW + 1; row <= bottomRow(inputSheet); row++) {
      const get = (i: number) =>
        inputCols.has(i) ? textOf(inputSheet, row, inputCols.get(i)!) : "";
      if (!get(0)) continue;
      const max = get(7);
      const options = get(8);
      inputs.push({
        key: get(0),
        type: typeOf(get(3)),
        ...(get(1) && { label: { "zh-CN": get(1), ...(get(2) && { "en-US": get(2) }) } }),
        ...(get(4) && { unit: get(4) }),
        ...(get(5) && { source: localizedOf(get(5)) }),
        ...(LOCALES.some((l) => catalog(l).frameworkForm.inputs.yes === get(6)) && {
          decided: true,
        }),
        ...(max && { max: Number(max) }),
        ...(options && { options: list(options).map((o) => ({ "zh-CN": o })) }),
        ...(get(9) && {
          labels: { rows: list(get(9)), ...(get(10) && { columns: list(get(10)) }) },
        }),
      });
      inputRows.push(row);
    }
  const gradeCols = columns(gradeSheet, (l) => catalog(l).frameworkForm.grades.headers);
  const grades: Json[] = [];
  const gradeRows: number[] = [];
  if (gradeSheet)
    for (let row = HEADER_ROW + 1; row <= bottomRow(gradeSheet); row++) {
      const zh = textOf(gradeSheet, row, gradeCols.get(0) ?? 1);
      if (!zh) continue;
      const en = textOf(gradeSheet, row, gradeCols.get(1) ?? 2);
      grades.push({
        grade: { "zh-CN": zh, ...(en && { "en-US": en }) },
        min: numberOf(gradeSheet, row, gradeCols.get(2) ?? 3),
      });
      gradeRows.push(row);
    }

  if (problems.length) return { ok: false, problems, unfinished: false };
  const json = {
    id: id.value === null || id.value === undefined ? "" : String(id.value),
    title: {
      "zh-CN": String(zhTitle.value ?? ""),
      ...(enTitle.value ? { "en-US": String(enTitle.value) } : {}),
    },
    source: String(source.value ?? ""),
    total: total.value,
    grades,
    levels,
    ...(inputs.length && { inputs }),
    ...(cap && { cap: cap.json }),
  };
  const read = readFramework(json, locale);
  if (read.ok) return { ok: true, read };

  // A JSON path back to its cell.
  const cellOf = (path: string, indicatorId?: string): string => {
    const m =
      /^levels\[(\d+)\](?:\.children\[(\d+)\](?:\.indicators\[(\d+)\](.*))?)?(\.\w+)?$/.exec(path);
    if (m && m[3] === undefined) {
      const lr = levelRows[Number(m[1])];
      if (!lr) return tree.name;
      if (m[2] === undefined) return at(tree, lr.l1, m[5] === ".points" ? TREE.l1p : TREE.l1);
      const r2 = lr.l2[Number(m[2])];
      return at(tree, r2 ?? lr.l1, path.endsWith(".points") ? TREE.l2p : TREE.l2);
    }
    const rowInfo = indicatorId ? rows.get(indicatorId) : undefined;
    if (rowInfo) {
      const rest = m?.[4] ?? "";
      const part = /^\.rule\.parts\[(\d+)\]/.exec(rest);
      const row = part ? (rowInfo.parts[Number(part[1])] ?? rowInfo.row) : rowInfo.row;
      const field = rest.replace(/^\.rule(\.parts\[\d+\])?/, "");
      return at(tree, row, fieldColumn(rest, field, !!part));
    }
    const input = /^inputs\[(\d+)\](?:\.(\w+))?/.exec(path);
    if (input && inputSheet)
      return at(
        inputSheet,
        inputRows[Number(input[1])] ?? HEADER_ROW,
        inputCols.get(INPUT_FIELDS.indexOf(input[2] ?? "key")) ?? 1
      );
    const grade = /^grades(?:\[(\d+)\])?/.exec(path);
    if (grade)
      return gradeSheet
        ? at(gradeSheet, gradeRows[Number(grade[1] ?? 0)] ?? HEADER_ROW + 1, 1)
        : w.sheets.grades;
    if (path === "id") return id.where || w.sheets.info;
    if (path === "total") return total.where || w.sheets.info;
    if (path.startsWith("title")) return zhTitle.where || w.sheets.info;
    if (cap && path.startsWith("cap"))
      return (
        (path.startsWith("cap.label")
          ? cap.where.label
          : path.startsWith("cap.measure")
            ? cap.where.data
            : cap.where.limits) || w.sheets.info
      );
    return tree.name;
  };
  return {
    ok: false,
    unfinished: read.unfinished,
    problems: read.problems.map((p) => ({
      where: cellOf(p.path, p.indicatorId),
      message: p.message,
    })),
  };
}

const COLUMN: Record<RuleColumn, number> = {
  kind: TREE.kind,
  measure: TREE.measure,
  first: TREE.first,
  second: TREE.second,
  params: TREE.params,
};

const INPUT_FIELDS = [
  "key",
  "label",
  "",
  "type",
  "unit",
  "source",
  "decided",
  "max",
  "options",
  "labels",
];

type InfoValue = (pick: (i: ReturnType<typeof catalog>["frameworkForm"]["info"]) => string) => {
  value: unknown;
  where: string;
};

/** The cap on the total from its four rows of 基本信息 (see write.ts), as the JSON form has it. */
function capOf(infoValue: InfoValue) {
  const limits = infoValue((i) => i.capLimits);
  if (limits.value === undefined || limits.value === null || limits.value === "") return undefined;
  const label = infoValue((i) => i.capLabel);
  const measure = String(infoValue((i) => i.capMeasure).value ?? "").trim();
  const data = infoValue((i) => i.capData);
  const [first, second] = String(data.value ?? "").split("/");
  const keys = (cell: string | undefined) =>
    (cell ?? "")
      .split(/[+＋]/)
      .map((k) => k.trim())
      .filter(Boolean);
  const is = (pick: (m: ReturnType<typeof catalog>["frameworkForm"]["measures"]) => string) =>
    LOCALES.some((l) => pick(catalog(l).frameworkForm.measures) === measure);
  const json = {
    label: localizedOf(String(label.value ?? "")),
    measure: is((m) => m.percent)
      ? { percent: keys(first)[0] }
      : is((m) => m.change)
        ? { current: keys(first), previous: keys(second) }
        : { numerator: keys(first), denominator: keys(second) },
    limits: String(limits.value)
      .split(/[;；]/)
      .map((c) => c.trim())
      .filter(Boolean)
      .map((c) => {
        const m = /^(.*?)([-−]?[\d.]+%?)\s*[=＝]\s*(.+)$/.exec(c);
        return { below: m?.[2] ?? c, max: m ? Number(m[3]) : NaN };
      }),
  };
  return { json, where: { label: label.where, data: data.where, limits: limits.where } };
}

const list = (cell: string) =>
  cell
    .split(/[、,，]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** The column a rule's field is written in. */
function fieldColumn(rest: string, field: string, part: boolean): number {
  if (rest === "" || rest === ".name") return TREE.name;
  if (rest === ".points") return TREE.points;
  if (rest === ".id") return TREE.id;
  if (field === ".kind" || field === "") return TREE.kind;
  if (field === ".points") return part ? TREE.partPoints : TREE.points;
  if (field === ".label") return TREE.label;
  if (
    /^\.measure\.(numerator|current|percent)/.test(field) ||
    /^\.(key|budget|actual|weights)\b/.test(field)
  )
    return TREE.first;
  if (
    /^\.measure\.(denominator|previous)/.test(field) ||
    /^\.(reference|target|score)$/.test(field)
  )
    return TREE.second;
  if (field.startsWith(".measure")) return TREE.measure;
  return TREE.params;
}
