import { KPI_COLUMNS, normalizeText, parseValue, Rational, type KpiRow } from "../core";
import type { Run } from "../i18n/runs";
import { h, p, type DraftContext } from "./context";
import { countRun, figure, rateRun } from "./figures";
import { TEXT_WIDTH_MM, type Block, type TableBlock } from "./model";

/**
 * 二、部门（单位）主要履职绩效分析: the unit's own targets against what it achieved, then 经济性, 效率性,
 * 效果性 and 公平性 from the figures that scored them.
 */

export function performance(c: DraftContext): Block[] {
  const { w } = c;
  const kpis = kpiRows(c);
  return [
    h(1, w.headings.performance),
    h(2, w.headings.goals),
    p([c.ask(w.ask.goals)]),
    h(2, w.headings.doings),
    p([c.ask(w.ask.performance)]),
    h(2, w.headings.goalsMet),
    ...goalsMet(c, kpis),
    h(2, w.headings.results),
    h(3, w.headings.economy),
    p(sanGong(c)),
    ...sanGongItems(c),
    p(dailyPublic(c)),
    h(3, w.headings.efficiency),
    p([...efficiency(c), ...timeliness(c), ...keyTasks(c)]),
    h(3, w.headings.effectiveness),
    p(kpis.length ? kpiSummary(c, kpis) : w.kpiNone),
    h(3, w.headings.fairness),
    p([...satisfaction(c), ...petitions(c)]),
    p([c.ask(w.ask.satisfactionDetails)]),
  ];
}

interface Kpi {
  aspect: string;
  name: string;
  /** As the unit wrote them (≥95%, 30天), for the table. */
  targetText: string;
  actualText: string;
  target?: Rational;
  actual?: Rational;
  lowerIsBetter: boolean;
}

/** The unit's KPI rows as the scoring read them (objects or sheet rows), with a name. */
function kpiRows(c: DraftContext): Kpi[] {
  const rows = Array.isArray(c.file.kpis) ? (c.file.kpis as unknown[]) : [];
  const number = (v: unknown) => {
    const parsed = parseValue(v, { type: "quantity" });
    return parsed.kind === "value" ? parsed.value : undefined;
  };
  return rows.flatMap((raw) => {
    const row: KpiRow = Array.isArray(raw)
      ? Object.fromEntries(KPI_COLUMNS.map((k, i) => [k, raw[i]]))
      : ((raw ?? {}) as KpiRow);
    const name = normalizeText(String(row.name ?? ""));
    if (!name) return [];
    return [
      {
        aspect: normalizeText(String(row.aspect ?? "")),
        name,
        targetText: normalizeText(String(row.target ?? "")),
        actualText: normalizeText(String(row.actual ?? "")),
        target: number(row.target),
        actual: number(row.actual),
        lowerIsBetter: /^(<=|≤|＜=|越小越好)/.test(String(row.direction ?? "").trim()),
      },
    ];
  });
}

/** actual ÷ target (or target ÷ actual where lower is better), uncapped; none when it divides by 0. */
function completion(k: Kpi): Rational | undefined {
  if (!k.target || !k.actual) return undefined;
  const [num, den] = k.lowerIsBetter ? [k.target, k.actual] : [k.actual, k.target];
  return den.isZero() ? undefined : num.div(den);
}

function kpiSummary(c: DraftContext, kpis: Kpi[]): Run[] {
  const aspects = [...new Set(kpis.map((k) => k.aspect).filter(Boolean))];
  const met = kpis.filter((k) => {
    const rate = completion(k);
    return rate !== undefined && rate.ge(Rational.ONE);
  }).length;
  return c.w.kpiSummary(
    figure(String(kpis.length)),
    aspects.join(c.w.listSeparator),
    figure(String(met))
  );
}

/** Completion outside 100–130 % is a deviation the unit explains (the 一体化 systems' 偏离 rule). */
const HIGH = Rational.fromNumber(1.3);
const deviates = (rate: Rational | undefined) => !rate || rate.lt(Rational.ONE) || rate.gt(HIGH);

/**
 * （三）绩效目标完成情况: the unit's KPI table as the published reports print it, with a 偏差原因 to write
 * for each row that falls short or runs far past its target; without a table, the unit is asked for it.
 */
function goalsMet(c: DraftContext, kpis: Kpi[]): Block[] {
  const { w } = c;
  if (!kpis.length) return [p([c.ask(w.ask.goalsTable)])];
  const rates = kpis.map(completion);
  const below = rates.filter((r) => r && r.lt(Rational.ONE)).length;
  const above = rates.filter((r) => r && r.gt(HIGH)).length;
  const unknown = rates.filter((r) => !r).length;
  const value = (text: string, v: Rational | undefined): Run[] =>
    text ? [figure(text)] : v ? [countRun(v)] : [];
  const table: TableBlock = {
    caption: [{ text: w.kpiTable.caption }],
    widths: [18, 42, 22, 22, 18, TEXT_WIDTH_MM - 122],
    align: ["center", "left", "center", "center", "right", "left"],
    headers: w.kpiTable.headers,
    rows: kpis.map((k, i) => ({
      cells: [
        [{ text: k.aspect }],
        [{ text: k.name }],
        value(k.targetText, k.target),
        value(k.actualText, k.actual),
        rates[i] ? [rateRun(rates[i]!)] : [],
        deviates(rates[i]) ? [c.ask(w.ask.deviation(k.name))] : [],
      ],
    })),
  };
  return [
    p(
      below || above || unknown
        ? w.kpiIntro(
            figure(String(kpis.length)),
            c.join([
              ...(below ? [w.kpiBelow(figure(String(below)))] : []),
              ...(above ? [w.kpiAbove(figure(String(above)))] : []),
              ...(unknown ? [w.kpiUnknown(figure(String(unknown)))] : []),
            ])
          )
        : w.kpiIntroMet(figure(String(kpis.length)))
    ),
    { kind: "table", table },
  ];
}

function sanGong(c: DraftContext): Run[] {
  return c.needs(["sanGongBudget", "sanGongActual"], ([budget, actual]) =>
    c.w.sanGong(
      c.year,
      c.money(budget),
      c.money(actual),
      c.ratio(actual, budget, ["sanGongBudget"])
    )
  );
}

const SANGONG_ITEMS = ["Abroad", "VehiclePurchase", "VehicleRunning", "Reception"] as const;

/** Each 三公 item with a budget above 0 and its spending, as the Longgang report lists them. */
function sanGongItems(c: DraftContext): Block[] {
  const items = SANGONG_ITEMS.flatMap((item) => {
    const budget = c.amount(`sanGong${item}Budget`);
    const actual = c.amount(`sanGong${item}Actual`);
    if (!budget || !actual || budget.isZero()) return [];
    return [
      c.w.sanGongItem(
        c.w.sanGongItemNames[item],
        c.money(budget),
        c.money(actual),
        c.ratio(actual, budget, [`sanGong${item}Budget`])
      ),
    ];
  });
  return items.length ? [p(c.w.sanGongItems(c.join(items, c.w.clauseSeparator)))] : [];
}

function dailyPublic(c: DraftContext): Run[] {
  return c.needs(["dailyPublicActual", "dailyPublicBudget"], ([actual, budget]) =>
    c.w.dailyPublic(
      c.money(actual),
      c.money(budget),
      c.ratio(actual, budget, ["dailyPublicBudget"])
    )
  );
}

/** The execution rate again, as 效率性 states it; when its figures are missing they are asked once, in 一（四）. */
function efficiency(c: DraftContext): Run[] {
  const [budget, spent] = [c.amount("executionBudget"), c.amount("spendingActual")];
  return budget && spent
    ? c.w.efficiency(c.money(budget), c.money(spent), c.ratio(spent, budget, ["executionBudget"]))
    : [];
}

function timeliness(c: DraftContext): Run[] {
  return c.needs(["projectsPlanned", "projectsOnTime"], ([planned, onTime]) =>
    c.w.timeliness(
      countRun(planned),
      countRun(onTime),
      c.ratio(onTime, planned, ["projectsPlanned"])
    )
  );
}

function keyTasks(c: DraftContext): Run[] {
  return c.needs(["keyTasksMissed"], ([missed]) =>
    missed.isZero() ? [{ text: c.w.keyTasksAllDone }] : c.w.keyTasks(countRun(missed))
  );
}

/** The satisfaction on the base the survey gave it: a 百分制 score in 分, or a percentage. */
function satisfaction(c: DraftContext): Run[] {
  const rate = c.f.percent("satisfaction");
  if (rate && c.f.statedIn("satisfaction") === "分")
    return c.w.satisfactionPoints(figure(rate.toFixed(2)));
  return c.w.satisfaction(rate ? figure(rate.toFixed(2) + "%") : c.askFor(["satisfaction"]));
}

function petitions(c: DraftContext): Run[] {
  const keys = ["petitionsReceived", "petitionsReplied", "petitionsRepliedOnTime"];
  const [received, replied, onTime] = keys.map((k) => c.amount(k));
  if (received && replied && onTime)
    return c.w.petitions(countRun(received), countRun(replied), countRun(onTime));
  return c.w.petitionsAsk(c.askFor(keys.filter((k) => c.amount(k) === undefined)));
}
