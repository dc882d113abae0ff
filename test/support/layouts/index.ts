import { place, toOfficeSnapshot, toXlsx, Writer, type PlacedSheet } from "./grid";
import { PUBLISHED_MAKERS } from "./published-tables";
import { MAKERS as OWN_MAKERS, type TableMaker } from "./tables";
import { chance, drawTruth, int, pick, rngOf, shuffle, type Truth } from "./truth";

/**
 * A unit's workbook drawn from a seed: a random selection of the tables units keep, each in a randomly
 * drawn variant, in 元 or 万元, figures as numbers or as text, placed one per sheet or several to a sheet
 * at random offsets, sheets in random order. `expected` is every input the tables hold, with its true
 * value; a reader may miss one (and ask) but must never read one with another value.
 */
export interface DrawnWorkbook {
  seed: number;
  truth: Truth;
  sheets: PlacedSheet[];
  tables: { sheet: string; maker: string; shape: string }[];
  expected: Record<string, number>;
  /** The shape of the table each expected input came from (the first that holds it). */
  shapeOf: Record<string, string>;
  /** The maker of that table: the layout it was drawn after. */
  makerOf: Record<string, string>;
}

const SHEET_NAMES = ["Sheet1", "Sheet2", "Sheet3", "数据", "报表", "附表", "汇总"];
const OWN_NAMES: Record<string, string[]> = {
  expenseByUse: ["表1-3", "支出用途", "预算调整"],
  fundSources: ["表1-1", "资金来源"],
  functionalClasses: ["表1-2", "功能分类"],
  basicExpense: ["公开06表", "基本支出", "表8"],
  sanGongPublished: ["公开09表", "三公经费"],
  sanGongRows: ["三公", "“三公”经费"],
  executionByQuarterRows: ["表1-4", "预算执行"],
  executionByMonthColumns: ["执行进度", "预算执行"],
  executionExport: ["导出数据", "执行明细"],
  procurement: ["政府采购", "采购"],
  assets: ["资产", "固定资产"],
  staff: ["人员", "人员编制"],
  satisfaction: ["满意度", "问卷"],
  petitionsAndProjects: ["信访", "工作统计"],
  basicInfoText: ["基本情况", "单位概况"],
  sanGongAlternating: ["公开09表", "三公经费"],
  sanGongLastYearFirst: ["三公决算", "三公统计"],
  sanGongBudgetPublished: ["表3", "三公预算"],
  budgetOverview: ["表1", "收支预算总表"],
  staffYearEnds: ["人员", "人员情况"],
  assetsOriginalNet: ["资产", "固定资产"],
  procurementTotals: ["政府采购", "采购执行"],
  budgetAdjustment: ["预算调整", "调整情况"],
  selfEvaluationForm: ["自评表", "部门整体自评表"],
  reportParagraphs: ["自评报告", "报告摘录"],
};

/** The tables units keep, as this project first drew them and as published layouts show them. */
export const MAKERS: Record<string, TableMaker> = {
  ...OWN_MAKERS,
  ...Object.fromEntries(Object.entries(PUBLISHED_MAKERS).map(([k, v]) => [k, v.maker])),
};

export function drawWorkbook(seed: number): DrawnWorkbook {
  const rng = rngOf(seed);
  const truth = drawTruth(rng);
  const names = shuffle(rng, Object.keys(MAKERS));
  let chosen = names.filter(() => chance(rng, 0.55));
  if (chosen.length < 2) chosen = names.slice(0, 2);
  const drawn = chosen.map((maker) => {
    const unit = chance(rng, 0.45) ? "元" : "万元";
    const w = new Writer(rng, unit, chance(rng, 0.3) ? 0.5 : 0);
    return { maker, table: MAKERS[maker](rng, truth, w) };
  });
  const sheets: PlacedSheet[] = [];
  const tables: DrawnWorkbook["tables"] = [];
  const used = new Set<string>();
  const sheetName = (maker: string) => {
    const base = pick(rng, chance(rng, 0.4) ? SHEET_NAMES : OWN_NAMES[maker]);
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}${i}`;
    used.add(name);
    return name;
  };
  let i = 0;
  while (i < drawn.length) {
    const stack = Math.min(drawn.length - i, chance(rng, 0.35) ? int(rng, 2, 3) : 1);
    const sheet: PlacedSheet = {
      name: sheetName(drawn[i].maker),
      cells: new Map(),
      merges: [],
      hidden: [],
    };
    let top = 1 + int(rng, 0, 2);
    const left = 1 + int(rng, 0, 2);
    for (const { maker, table } of drawn.slice(i, i + stack)) {
      place(sheet, table, top, left);
      tables.push({ sheet: sheet.name, maker, shape: table.shape });
      top += table.rows.length + int(rng, 1, 3);
    }
    sheets.push(sheet);
    i += stack;
  }
  const found: Found = { expected: {}, shapeOf: {}, makerOf: {} };
  for (const { maker, table } of drawn) holdsOf(table.holds, table.shape, maker, found);
  const stated = new Set(Object.keys(found.expected));
  for (const { maker, table } of drawn)
    holdsOf(
      Object.fromEntries(Object.entries(table.derived ?? {}).filter(([k]) => !stated.has(k))),
      table.shape,
      maker,
      found
    );
  return { seed, truth, sheets: shuffle(rng, sheets), tables, ...found };
}

type Found = Pick<DrawnWorkbook, "expected" | "shapeOf" | "makerOf">;

function holdsOf(holds: Record<string, number>, shape: string, maker: string, found: Found) {
  for (const [key, v] of Object.entries(holds)) {
    if (key in found.expected && found.expected[key] !== v)
      throw new Error(`the generator drew two values for ${key}: ${found.expected[key]} and ${v}`);
    found.expected[key] = v;
    found.shapeOf[key] ??= shape;
    found.makerOf[key] ??= maker;
  }
}

export { toOfficeSnapshot, toXlsx };
