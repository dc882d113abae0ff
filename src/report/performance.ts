import { KPI_COLUMNS, normalizeText, parseValue, Rational, type KpiRow } from "../core";
import type { Run } from "../i18n/runs";
import { h, p, type DraftContext } from "./context";
import { countRun, figure, rateRun } from "./figures";
import type { Block } from "./model";

/** 二、部门（单位）主要履职绩效分析: 经济性, 效率性, 效果性 and 公平性 from the figures that scored them. */

export function performance(c: DraftContext): Block[] {
  const { w } = c;
  const kpis = kpiRows(c);
  return [
    h(1, w.headings.performance),
    h(2, w.headings.goals),
    p([c.ask(w.ask.goals)]),
    h(2, w.headings.doings),
    ...(kpis.length ? [p(kpiSummary(c, kpis))] : []),
    p([c.ask(w.ask.performance)]),
    h(2, w.headings.results),
    h(3, w.headings.economy),
    p(sanGong(c)),
    ...sanGongItems(c),
    p(dailyPublic(c)),
    h(3, w.headings.efficiency),
    p([...efficiency(c), ...timeliness(c), ...keyTasks(c)]),
    h(3, w.headings.effectiveness),
    ...kpis.map((k, i) => p(kpiSentence(c, k, i + 1))),
    p([c.ask(w.ask.effects)]),
    h(3, w.headings.fairness),
    p([...satisfaction(c), ...petitions(c)]),
    p([c.ask(w.ask.satisfactionDetails)]),
  ];
}

interface Kpi {
  aspect: string;
  name: string;
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

function kpiSentence(c: DraftContext, k: Kpi, n: number): Run[] {
  const rate = completion(k);
  const value = (v: Rational | undefined, what: string) =>
    v ? countRun(v) : c.ask(`${k.name}${what}`);
  return c.w.kpi(
    n,
    k.name,
    value(k.target, c.w.kpiTarget),
    value(k.actual, c.w.kpiActual),
    rate ? rateRun(rate) : c.ask(`${k.name}${c.w.kpiRate}`)
  );
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

function efficiency(c: DraftContext): Run[] {
  return c.needs(["executionBudget", "spendingActual"], ([budget, spent]) =>
    c.w.efficiency(c.money(budget), c.money(spent), c.ratio(spent, budget, ["executionBudget"]))
  );
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

function satisfaction(c: DraftContext): Run[] {
  const rate = c.f.percent("satisfaction");
  return c.w.satisfaction(rate ? figure(rate.toFixed(2) + "%") : c.askFor(["satisfaction"]));
}

function petitions(c: DraftContext): Run[] {
  return c.needs(
    ["petitionsReceived", "petitionsReplied", "petitionsRepliedOnTime"],
    ([received, replied, onTime]) =>
      c.w.petitions(countRun(received), countRun(replied), countRun(onTime))
  );
}
