import {
  normalizeText,
  Rational,
  trimNumber,
  type SelfEvalTable,
  type TargetRow,
} from "../../core";
import { catalog, type Locale } from "../../i18n";
import { address } from "../a1";
import {
  bottomRow,
  cellAt,
  isPercentFormat,
  rightColumn,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../snapshot";

/**
 * Finds the 绩效自评表 in a workbook — the unit's own, as the 一体化 system exports them, or the ones the
 * add-in wrote — and reads each as printed: title, 项目名称, the funds block, every target row (merged 一级/二级
 * cells filled down), the 总分 row. A sheet may hold several forms one under another.
 */
export function readSelfEvalTables(wb: WorkbookSnapshot): SelfEvalTable[] {
  return wb.sheets.flatMap((sheet) => readSheet(sheet));
}

/** A 自评表 the add-in wrote (its rules note under the table): read back, but not scored again as the unit's. */
export function isWrittenSheet(sheet: SheetSnapshot): boolean {
  return sheet.values.some((row) =>
    row.some((v) => typeof v === "string" && WRITTEN.some((mark) => v.startsWith(mark)))
  );
}

const WRITTEN = (["zh-CN", "en-US"] as Locale[]).map((l) =>
  catalog(l).selfEval.sheet.rules("").replace(/《》$/, "").trim()
);

type Columns = Partial<Record<ColumnKey, number>>;
type ColumnKey =
  | "level1"
  | "level2"
  | "name"
  | "nature"
  | "target"
  | "unit"
  | "actual"
  | "points"
  | "score"
  | "reason";

/** Header words, tried in order; the first match of a cell wins. */
const HEADERS: [ColumnKey, RegExp][] = [
  ["level1", /^一级指标$/],
  ["level2", /^二级指标$/],
  ["name", /^三级指标(名称)?$/],
  ["nature", /^指标性质$/],
  ["unit", /^(度量|计量)单位$/],
  ["target", /^(年度)?(指标值|目标值)$|^年度指标值/],
  ["actual", /^(实际)?完成值$|^实际完成(值|情况)|^全年实际值/],
  ["points", /^(参考)?(分值|权重)/],
  ["score", /^得分/],
  ["reason", /偏差原因|原因分析/],
];

const FUND_LINE = /^其中|财政拨款|财政资金|上年结转|其他资金|财政专户|单位资金/;

const FUNDS: [keyof SelfEvalTable["funds"] & string, RegExp][] = [
  ["initial", /^年初预算(数|金额)?/],
  ["budget", /^(全年|调整后?)预算(数)?|^全年预算/],
  ["spent", /^(全年|预算)?执行数|^全年执行|^实际支出/],
  ["points", /^(分值|权重)/],
  ["rate", /^执行率|^预算执行率/],
  ["score", /^得分/],
];

function readSheet(sheet: SheetSnapshot): SelfEvalTable[] {
  const bottom = bottomRow(sheet);
  const right = rightColumn(sheet);
  const text = (r: number, c: number) => {
    const v = cellAt(sheet, r, c).value;
    return typeof v === "string" ? normalizeText(v) : "";
  };
  const headers: { row: number; columns: Columns; depth: number }[] = [];
  for (let r = sheet.top; r <= bottom; r++) {
    // A cheap look first: a header row names both 指标值 and 完成值 (or 实际值); most rows of a big sheet do not.
    if (!mayBeHeader(sheet.values[r - sheet.top] ?? [])) continue;
    const columns = headerColumns(r, right, text, sheet.left);
    if (columns.target === undefined || columns.actual === undefined || columns.score === undefined)
      continue;
    // A two-row header (年度指标值 over 指标性质 | 指标值 | 度量单位): the second row's columns refine the first's.
    const below = headerColumns(r + 1, right, text, sheet.left);
    const depth = Object.keys(below).length >= 2 ? 2 : 1;
    headers.push({ row: r, columns: depth === 2 ? { ...columns, ...below } : columns, depth });
    // The second row of a header is no header of its own, though merged cells repeat 实际完成值 in it.
    r += depth - 1;
  }
  return headers
    .map((h, i) => {
      const from = i === 0 ? sheet.top : headers[i - 1].row + 1;
      const until = i + 1 < headers.length ? headers[i + 1].row - 1 : bottom;
      return readTable(sheet, h, from, until, right, text);
    })
    .filter((t): t is SelfEvalTable => t !== null);
}

/** A header without the letters some forms add to name its columns in the formulas (指标值(A), 执行率(B/A)). */
const headerWords = (t: string) => t.replace(/[(（][A-Za-z/]+[)）]$/, "");

function mayBeHeader(values: readonly unknown[]): boolean {
  let target = false;
  let actual = false;
  for (const v of values)
    if (typeof v === "string") {
      target ||= v.includes("指标值") || v.includes("目标值");
      actual ||= v.includes("完成") || v.includes("实际值");
    }
  return target && actual;
}

function headerColumns(
  r: number,
  right: number,
  text: (r: number, c: number) => string,
  left: number
): Columns {
  const columns: Columns = {};
  for (let c = left; c <= right; c++) {
    const t = text(r, c);
    if (!t) continue;
    const hit = HEADERS.find(([key, re]) => columns[key] === undefined && re.test(headerWords(t)));
    if (hit) columns[hit[0]] = c;
  }
  return columns;
}

function readTable(
  sheet: SheetSnapshot,
  header: { row: number; columns: Columns; depth: number },
  from: number,
  until: number,
  right: number,
  text: (r: number, c: number) => string
): SelfEvalTable | null {
  const cols = header.columns;
  const value = (r: number, c: number | undefined) =>
    c === undefined ? undefined : shownValue(sheet, r, c);
  // Above the indicators, since the previous form: the title, the project's name, the funds block.
  let title = "";
  let name = "";
  let department: string | undefined;
  let unit: string | undefined;
  let fundsRow: { row: number; columns: Partial<Record<string, number>> } | undefined;
  let goals: SelfEvalTable["goals"];
  let selfScore: string | undefined;
  let rules: string | undefined;
  for (let r = from; r < header.row; r++)
    for (let c = sheet.left; c <= right; c++) {
      const t = text(r, c);
      if (!t) continue;
      if (/绩效自评表/.test(t) && !title) title = t;
      const next = () => nextText(sheet, r, c, right);
      if (/^项目名称/.test(t) || /^(部门|单位)(（单位）)?名称/.test(t)) name ||= next();
      else if (/^主管部门/.test(t)) department ??= next();
      else if (/^实施单位/.test(t)) unit ??= next();
      else if (/^自评得分/.test(t)) selfScore ??= next();
      // Sichuan's form: its 报表编号 carries the province's code 510000.
      if (/^报表编号[:：]?510000/.test(t)) rules = "sichuan-2023-project";
      // 年度总体目标: 预期目标 | 实际完成情况 headers, their texts in the row below.
      if (/^预期目标/.test(t) && !goals) {
        const achieved = findColumn(c + 1, right, (cc) => /^实际完成情况/.test(text(r, cc)));
        goals = {
          expected: str(shownValue(sheet, r + 1, c)),
          actual: achieved === undefined ? "" : str(shownValue(sheet, r + 1, achieved)),
        };
      }
      if (FUNDS[0][1].test(t) && !fundsRow) {
        const columns: Partial<Record<string, number>> = {};
        for (let cc = sheet.left; cc <= right; cc++) {
          const h = text(r, cc);
          const hit = FUNDS.find(
            ([key, re]) => columns[key] === undefined && re.test(headerWords(h))
          );
          if (hit) columns[hit[0]] = cc;
        }
        fundsRow = { row: r, columns };
      }
    }
  const funds: SelfEvalTable["funds"] = {};
  if (fundsRow) {
    const totalRow =
      findRow(fundsRow.row + 1, header.row - 1, (r) =>
        rowText(sheet, r, right).some((t) => /资金总额|^合计/.test(t))
      ) ?? fundsRow.row + 1;
    for (const [key, c] of Object.entries(fundsRow.columns))
      (funds as Record<string, unknown>)[key] = value(totalRow, c);
    // 其中：本年财政拨款 | 上年结转资金 | 其他资金: what the total is made of.
    const { initial, budget, spent } = fundsRow.columns;
    const lines: NonNullable<SelfEvalTable["funds"]["lines"]> = [];
    for (let r = totalRow + 1; r < header.row; r++) {
      const label = rowText(sheet, r, right).find((t) => FUND_LINE.test(t));
      if (!label) continue;
      lines.push({
        label,
        initial: value(r, initial),
        budget: value(r, budget),
        spent: value(r, spent),
      });
    }
    if (lines.length) funds.lines = lines;
  }
  const rows: TargetRow[] = [];
  let total: SelfEvalTable["total"];
  let [level1, level2] = ["", ""];
  for (let r = header.row + header.depth; r <= until; r++) {
    const words = rowText(sheet, r, right);
    if (words.some((t) => /^总分|^合计$|^总计$/.test(t))) {
      total = { points: value(r, cols.points), score: value(r, cols.score) };
      break;
    }
    if (words.some((t) => /绩效自评表|^其他需要说明/.test(t))) break;
    const cell = (c: number | undefined) => value(r, c);
    level1 = str(cell(cols.level1)) || level1;
    const l2 = str(cell(cols.level2));
    if (str(cell(cols.level1))) level2 = "";
    level2 = l2 || level2;
    const row: TargetRow = {
      level1,
      level2,
      name: str(cell(cols.name)),
      target: withUnit(cell(cols.target), cell(cols.unit)),
      actual: cell(cols.actual),
      points: cell(cols.points),
      score: cell(cols.score),
      reason: cell(cols.reason),
      at: `${sheet.name}!${address(r, cols.name ?? cols.target!)}`,
      ...(cols.nature !== undefined && { nature: cell(cols.nature) }),
    };
    // A row with a name and nothing else is the system's placeholder (指标2:), no target of the unit's.
    if ([row.target, row.actual, row.points, row.score].every((v) => v === undefined || v === ""))
      continue;
    rows.push(row);
  }
  if (!rows.length) return null;
  const year = /(\d{4})\s*年度?/.exec(title)?.[1];
  return {
    form: /部门整体/.test(title) ? "department" : "project",
    name: name || sheet.name,
    ...(department && { department }),
    ...(unit && { unit }),
    ...(year && { year }),
    funds,
    ...(goals && (goals.expected || goals.actual) && { goals }),
    rows,
    ...((total || selfScore) && { total: total ?? { score: selfScore } }),
    ...(rules && { rules }),
    where: `${sheet.name}!${address(header.row, sheet.left)}`,
  };
}

function findColumn(from: number, to: number, test: (c: number) => boolean): number | undefined {
  for (let c = from; c <= to; c++) if (test(c)) return c;
  return undefined;
}

function findRow(from: number, to: number, test: (r: number) => boolean): number | undefined {
  for (let r = from; r <= to; r++) if (test(r)) return r;
  return undefined;
}

function rowText(sheet: SheetSnapshot, r: number, right: number): string[] {
  const out: string[] = [];
  for (let c = sheet.left; c <= right; c++) {
    const v = cellAt(sheet, r, c).value;
    if (typeof v === "string" && v.trim()) out.push(normalizeText(v));
  }
  return out;
}

const LABELS = /^(项目名称|主管部门|实施单位|(部门|单位)(（单位）)?名称)/;

/** The value right of a label; a merged label repeats itself in the cells it spans, which are skipped. */
function nextText(sheet: SheetSnapshot, r: number, c: number, right: number): string {
  const label = String(cellAt(sheet, r, c).value).trim();
  for (let cc = c + 1; cc <= right; cc++) {
    const v = cellAt(sheet, r, cc).value;
    const t = v === null ? "" : String(v).trim();
    // The next label (主管部门 | … | 实施单位 | …) means this one was left blank.
    if (LABELS.test(normalizeText(t))) return "";
    if (t && t !== label) return t;
  }
  return "";
}

/**
 * A cell as the form shows it: a number formatted as a percentage is that percentage (0.95 → "95%"), so
 * that it reads like the typed “95%” beside it; text as typed; blanks undefined.
 */
function shownValue(sheet: SheetSnapshot, r: number, c: number): string | number | undefined {
  const cell = cellAt(sheet, r, c);
  const v = cell.value;
  if (v === null || v === "") return undefined;
  if (typeof v === "number" && isPercentFormat(cell.numberFormat))
    return `${trimNumber(Rational.fromNumber(v).mul(Rational.int(100)), 10)}%`;
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "number") return prefixed(v, cell.numberFormat);
  return v;
}

/** A number whose format writes a sign or a unit around it ("≥"0"天") reads as the form shows it. */
function prefixed(v: number, format: string): string | number {
  const m = /^"([^"]*)"[^"]*?(?:"([^"]*)")?$/.exec(format.split(";")[0]);
  const after = /"([^"]+)"\s*$/.exec(format.split(";")[0])?.[1] ?? "";
  if (!m && !after) return v;
  const before = /^"([^"]+)"/.exec(format.split(";")[0])?.[1] ?? "";
  return `${before}${trimNumber(Rational.fromNumber(v), 10)}${after}`;
}

/** A 指标值 whose unit sits in its own column (度量单位) carries it, unless it has one already. */
function withUnit(target: string | number | undefined, unit: string | number | undefined) {
  if (target === undefined || unit === undefined || typeof unit !== "string" || !unit.trim())
    return target;
  const t = String(target).trim();
  return /\d$/.test(t) ? `${t}${unit.trim()}` : target;
}

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
