import { formatPoints, placedIndicators, Rational, type IndicatorResult } from "../core";
import { catalog } from "../i18n";
import type { Run } from "../i18n/runs";
import { h, p, type DraftContext } from "./context";
import { figure } from "./figures";
import { LANDSCAPE_WIDTH_MM, type Block, type TableBlock, type TableRow } from "./model";
import { problems } from "./problems";

/**
 * 三、自评工作开展情况, 四、总体评价和整改措施 and 五、评分情况: how the evaluation was done, the total and
 * grade, the problems with their measures, the use of the results, and the score table as 附件1.
 */

const points = (n: number): Run => figure(formatPoints(Rational.fromNumber(n)));

export function selfEvaluation(c: DraftContext): Block[] {
  const { w, result } = c;
  const level1 = [...new Set(result.indicators.map((i) => c.nameOf(i, "level1")))];
  const decided = result.indicators.filter((i) => i.override);
  const computed = result.indicators.filter((i) => !i.override && i.score !== null);
  return [
    h(1, w.headings.selfEvaluation),
    p([
      ...w.selfEvaluation(
        c.frameworkName,
        { text: level1.join(w.listSeparator) },
        figure(String(result.indicators.length))
      ),
      ...(computed.length ? w.computedFrom(figure(String(computed.length))) : []),
      ...(decided.length
        ? w.decidedBy(
            figure(String(decided.length)),
            decided.map((i) => c.nameOf(i)).join(w.listSeparator)
          )
        : []),
      { text: w.evaluationEnd },
    ]),
  ];
}

export function conclusion(c: DraftContext): Block[] {
  const { w } = c;
  const classified = c.f.answer("classifiedUnit") === true;
  return [
    h(1, w.headings.conclusion),
    h(2, w.headings.selfScore),
    p(verdict(c)),
    h(2, w.headings.experience),
    p([c.ask(w.ask.experience)]),
    h(2, w.headings.problems),
    ...problems(c),
    h(2, w.headings.plans),
    p([c.ask(w.ask.plans)]),
    h(2, w.headings.use),
    p(classified ? w.useClassified : w.use),
  ];
}

/** The total the data supports; a prompt when no indicator could be scored (a 0 would claim a score). */
const totalRun = (c: DraftContext): Run =>
  c.result.indicators.some((i) => i.score !== null) ? points(c.result.total) : c.ask(c.w.ask.total);

/** The total and grade, then how many indicators earned full marks and which lost some: no scoring log. */
function verdict(c: DraftContext): Run[] {
  const { result, w } = c;
  const unscored = result.indicators.filter((i) => i.score === null && !i.omitted);
  if (!result.complete || !result.grade)
    return w.incomplete(
      totalRun(c),
      figure(String(unscored.length)),
      unscored.map((i) => c.nameOf(i)).join(w.listSeparator)
    );
  const all = figure(String(result.indicators.length));
  const counted = result.indicators.filter((i) => !i.omitted);
  const lost = counted.filter((i) => i.score! < i.max);
  return [
    ...w.selfScore(c.year, points(result.total), { text: result.grade }),
    ...(lost.length
      ? [
          ...w.fullMarks(figure(String(counted.length - lost.length)), all),
          ...w.lostMarks(
            figure(String(lost.length)),
            lost.map((i) => c.nameOf(i)).join(w.listSeparator)
          ),
        ]
      : w.allFullMarks(all)),
    ...(result.adjustments ? w.totalNotes(result.adjustments) : []),
  ];
}

/** 五、评分情况: the total in a sentence, the 附件说明, and the signature with the draft's date. */
export function scoring(c: DraftContext, attachments: string[]): Block[] {
  const { w, result } = c;
  const total = totalRun(c);
  return [
    h(1, w.headings.scoring),
    {
      kind: "paragraph",
      runs: result.complete
        ? w.scoring(c.frameworkName, total)
        : w.scoringIncomplete(c.frameworkName, total),
      keepNext: true,
    },
    { kind: "attachments", lines: w.attachments(attachments) },
    {
      kind: "signature",
      lines: [
        [c.unit],
        [{ text: w.date(c.date.getFullYear(), c.date.getMonth() + 1, c.date.getDate()) }],
      ],
    },
  ];
}

/**
 * 附件1, the framework table as the published reports end with it: 一级 | 二级 | 三级 | 分值 | 指标说明 |
 * 参考评分标准 | 得分 | 扣分情况及整改情况说明, the level cells merged down their indicators, on landscape
 * pages. A full score has nothing to explain; an evaluator's score stands with its reason alone (a
 * difference from the data is the clerk's to settle before drafting, not the document's).
 */
export function scoreTable(c: DraftContext): TableBlock {
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
  const note = (i: IndicatorResult): string => {
    if (i.omitted) return i.explanation;
    if (i.score === null) return t.missing(c.missingOf(i));
    if (i.score >= i.max) return "";
    return t.deducted(c.shortfallsOf(i).join(w.clauseSeparator));
  };
  const rows: TableRow[] = result.indicators.map((i, at) => ({
    cells: [
      [{ text: c.nameOf(i, "level1") }],
      [{ text: c.nameOf(i, "level2") }],
      [{ text: c.nameOf(i) }],
      [points(i.max)],
      lines(placed.get(i.id)?.description),
      lines(placed.get(i.id)?.criteria),
      [
        i.omitted
          ? { text: catalog(c.locale).sheets.score.notApplicable }
          : i.score === null
            ? c.cellAsk()
            : points(i.score),
      ],
      [{ text: note(i) }],
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
  // 分值 and 得分 hold “100” and “94.5” on one line; the criteria take what the others leave.
  const widths = [16, 16, 20, 11, 38, 0, 15, 38];
  widths[5] = LANDSCAPE_WIDTH_MM - widths.reduce((a, b) => a + b, 0);
  return {
    label: w.attachmentLabel(1),
    caption: [{ text: t.caption }],
    landscape: true,
    widths,
    align: ["center", "center", "left", "center", "left", "left", "center", "left"],
    headers: t.headers,
    rows,
  };
}
