import { formatPoints, placedIndicators, Rational, type IndicatorResult } from "../core";
import type { Run } from "../i18n/runs";
import { h, p, type DraftContext } from "./context";
import { figure } from "./figures";
import { LANDSCAPE_WIDTH_MM, type Block, type TableBlock, type TableRow } from "./model";

/** 三、总体评价和整改措施 and 四、评分情况: the total, the grade, each deduction and the score table. */

const points = (n: number): Run => figure(formatPoints(Rational.fromNumber(n)));

const deducted = (i: IndicatorResult) => i.score !== null && i.score < i.max;

export function conclusion(c: DraftContext): Block[] {
  const { w, result } = c;
  const lost = result.indicators.filter(deducted);
  const unscored = result.indicators.filter((i) => i.score === null);
  return [
    h(1, w.headings.conclusion),
    h(2, w.headings.selfScore),
    p(verdict(c)),
    ...(lost.length
      ? [
          p(w.deductionsIntro),
          ...lost.map((i) => p(w.deduction(c.nameOf(i), points(i.max), points(i.score!), note(i)))),
        ]
      : unscored.length
        ? []
        : [p(w.noDeductions)]),
    ...unscored.map((i) => p(w.unscored(c.nameOf(i), points(i.max), c.missingOf(i)))),
    h(2, w.headings.experience),
    p([c.ask(w.ask.experience)]),
    h(2, w.headings.problems),
    ...(lost.length
      ? lost.flatMap((i) => [
          p(w.problem(c.nameOf(i), points(i.score!), points(i.max - i.score!), note(i))),
          p(w.measures(c.ask(w.ask.measures(c.nameOf(i))))),
        ])
      : [p(w.noProblems)]),
    h(2, w.headings.plans),
    p([c.ask(w.ask.plans)]),
  ];
}

/** The indicator's 扣分情况说明 without its closing full stop, to sit inside a sentence. */
const note = (i: IndicatorResult) =>
  (i.override ? `${i.explanation}${i.override.reason}` : i.explanation).replace(/[。.]$/, "");

/** The total the data supports; a prompt when no indicator could be scored (a 0 would claim a score). */
const totalRun = (c: DraftContext): Run =>
  c.result.indicators.some((i) => i.score !== null) ? points(c.result.total) : c.ask(c.w.ask.total);

function verdict(c: DraftContext): Run[] {
  const { result, w } = c;
  if (result.complete && result.grade)
    return w.selfScore(c.year, points(result.total), { text: result.grade });
  const missing = result.indicators.filter((i) => i.score === null).length;
  return w.incomplete(totalRun(c), figure(String(missing)));
}

export function scoring(c: DraftContext): Block[] {
  const { w, result } = c;
  const total = totalRun(c);
  return [
    h(1, w.headings.scoring),
    p(
      result.complete
        ? w.scoring(c.frameworkName, total)
        : w.scoringIncomplete(c.frameworkName, total)
    ),
    { kind: "table", table: scoreTable(c) },
  ];
}

/**
 * The framework table as the published reports end with it: 一级 | 二级 | 三级 | 分值 | 指标说明 | 参考评分标准 |
 * 得分 | 扣分情况说明, the level cells merged down their indicators, on landscape pages.
 */
function scoreTable(c: DraftContext): TableBlock {
  const { w, result } = c;
  const t = w.scoreTable;
  const placed = new Map(
    placedIndicators(c.framework).map((pl) => [pl.indicator.id, pl.indicator])
  );
  const spanOf = (pick: (i: IndicatorResult) => string, at: number) => {
    const here = pick(result.indicators[at]);
    if (at > 0 && pick(result.indicators[at - 1]) === here) return 0;
    let n = 1;
    while (at + n < result.indicators.length && pick(result.indicators[at + n]) === here) n++;
    return n;
  };
  const lines = (xs: string[] | undefined): Run[] => [{ text: (xs ?? []).join("\n") }];
  const rows: TableRow[] = result.indicators.map((i, at) => ({
    cells: [
      [{ text: c.nameOf(i, "level1") }],
      [{ text: c.nameOf(i, "level2") }],
      [{ text: c.nameOf(i) }],
      [points(i.max)],
      lines(placed.get(i.id)?.description),
      lines(placed.get(i.id)?.criteria),
      [i.score === null ? c.ask(`${c.nameOf(i)}${t.scoreOf}`) : points(i.score)],
      [{ text: i.score === null ? t.missing(c.missingOf(i)) : i.explanation }],
    ],
    spans: [spanOf((x) => x.level1, at), spanOf((x) => x.level1 + x.level2, at)],
  }));
  rows.push({
    cells: [
      [{ text: t.total }],
      [],
      [],
      [points(result.max)],
      [],
      [],
      [totalRun(c)],
      [{ text: result.grade ? t.grade(result.grade) : t.noGrade }],
    ],
    total: true,
  });
  const widths = [14, 14, 20, 10, 36, 0, 10, 40];
  widths[5] = LANDSCAPE_WIDTH_MM - widths.reduce((a, b) => a + b, 0);
  return {
    caption: [{ text: t.caption }],
    landscape: true,
    widths,
    align: ["center", "center", "left", "center", "left", "left", "center", "left"],
    headers: t.headers,
    rows,
  };
}
