import { inputLabel, quarterRate, Rational } from "../core";
import type { Run } from "../i18n/runs";
import { h, p, type DraftContext } from "./context";
import { countRun, figure, formatAmount, formatRatio, rateRun } from "./figures";
import type { Block } from "./model";
import { planning } from "./planning";

/** 一、部门（单位）基本情况: duties and work (the unit's), the budget, its adjustment and its execution. */

export const SOURCES = [
  "Fiscal",
  "GovFund",
  "Superior",
  "Business",
  "Operating",
  "Affiliated",
  "Other",
] as const;
export const OTHER_SOURCES = ["Reserve", "CarryOver"] as const;

const sourceName = (c: DraftContext, s: string) =>
  c.w.sourceNames[s as keyof typeof c.w.sourceNames];

export function basics(c: DraftContext): Block[] {
  const { w } = c;
  return [
    h(1, w.headings.basics),
    h(2, w.headings.duties),
    p([c.ask(w.ask.duties)]),
    h(2, w.headings.work),
    p([c.ask(w.ask.work)]),
    h(2, w.headings.budget(c.year)),
    h(3, w.headings.initial),
    p([...initialIncome(c), ...initialSpending(c)]),
    h(3, w.headings.adjustment),
    p(adjusted(c)),
    p([...changes(c), ...adjustReason(c)]),
    p(w.seeTables),
    h(3, w.headings.planning),
    ...planning(c),
    h(2, w.headings.execution(c.year)),
    h(3, w.headings.funds),
    p(executed(c)),
    ...yearOnYear(c),
    p(quarters(c)),
    p(procurement(c)),
    h(3, w.headings.finance),
    p([
      ...answers(c, ["spendingCompliant", "accountingCompliant", "seriousViolation"], "finance"),
      ...disclosure(c),
    ]),
    h(3, w.headings.projects),
    p(
      answers(
        c,
        [
          "projectApprovalCompliant",
          "projectExecutionCompliant",
          "fundMonitoringEffective",
          "supervisorInspectionEffective",
        ],
        "projects"
      )
    ),
    h(3, w.headings.assets),
    p([...answers(c, ["assetsSafeguarded", "assetDisposalCompliant"], "assets"), ...assets(c)]),
    h(3, w.headings.staff),
    p(staff(c)),
    h(3, w.headings.rules),
    p(answers(c, ["rulesEstablished", "rulesEnforced", "performanceRulesEstablished"], "rules")),
  ];
}

/** Sources of funds with a figure above 0, each with its share of the total. */
function sourcesOf(c: DraftContext, period: "Initial" | "Adjusted", total: Rational): Run[][] {
  return [...SOURCES, ...OTHER_SOURCES].flatMap((s) => {
    const v = c.amount(`income${s}${period}`);
    if (!v || v.isZero()) return [];
    return period === "Initial"
      ? [c.w.sourceShare(sourceName(c, s), c.money(v), figure(formatRatio(v, total)))]
      : [c.w.adjustedSource(sourceName(c, s), c.money(v))];
  });
}

function initialIncome(c: DraftContext): Run[] {
  return c.needs(["budgetScale"], ([total]) => {
    const sources = total.isZero() ? [] : sourcesOf(c, "Initial", total);
    return c.w.initialIncome(
      c.year,
      c.money(total),
      sources.length
        ? [{ text: c.w.sourcesIntro }, ...c.join(sources)]
        : [{ text: c.w.sourcesIntro }, c.ask(c.w.ask.sources)]
    );
  });
}

const PARTS = [
  ["personnel", "personnelInitial"],
  ["dailyPublic", "dailyPublicInitial"],
  ["project", "projectInitial"],
] as const;

function initialSpending(c: DraftContext): Run[] {
  const total = c.amount("budgetScale");
  if (!total) return [];
  // A part not given is asked in 表1-3, where its row and column name it: here it is left out.
  const parts = PARTS.flatMap(([name, key]) => {
    const v = c.amount(key);
    return v
      ? [c.w.sourceShare(c.w.budgetNames[name], c.money(v), c.ratio(v, total, ["budgetScale"]))]
      : [];
  });
  return c.w.initialSpending(
    c.money(total),
    parts.length ? [{ text: c.w.partsIntro }, ...c.join(parts)] : []
  );
}

function adjusted(c: DraftContext): Run[] {
  return c.needs(["executionBudget"], ([total]) => {
    const sources = sourcesOf(c, "Adjusted", total);
    const basic = c.sum(["personnelAdjusted", "dailyPublicBudget"]);
    const project = c.amount("projectAdjusted");
    const parts = [
      ...(basic
        ? [
            c.w.adjustedPart(
              c.w.budgetNames.basic,
              c.money(basic),
              c.ratio(basic, total, ["executionBudget"])
            ),
          ]
        : []),
      ...(project
        ? [
            c.w.adjustedPart(
              c.w.budgetNames.project,
              c.money(project),
              c.ratio(project, total, ["executionBudget"])
            ),
          ]
        : []),
    ];
    return [
      ...c.w.adjusted(
        c.money(total),
        sources.length ? [{ text: c.w.sourcesIntro }, ...c.join(sources)] : []
      ),
      ...(parts.length
        ? c.w.adjustedParts(c.join(parts, c.w.clauseSeparator))
        : [{ text: c.w.fullStop }]),
    ];
  });
}

/** 调增/调减 by part: the adjusted budget against the initial one. */
function changes(c: DraftContext): Run[] {
  const pairs = [
    [
      "basic",
      ["personnelInitial", "dailyPublicInitial"],
      ["personnelAdjusted", "dailyPublicBudget"],
    ],
    ["project", ["projectInitial"], ["projectAdjusted"]],
  ] as const;
  // Only parts whose two figures are given; the others are asked in 表1-3.
  const clauses = pairs
    .filter(([, before, after]) => [...before, ...after].every((k) => c.amount(k) !== undefined))
    .map(([name, before, after]) =>
      c.compare(before, after, (b, a) => {
        const label = c.w.budgetNames[name];
        if (a.eq(b)) return [{ text: c.w.unchanged(label) }];
        return a.gt(b) ? c.w.raised(label, c.money(a.sub(b))) : c.w.cut(label, c.money(b.sub(a)));
      })
    );
  return clauses.length ? c.w.changes(c.join(clauses)) : [];
}

/** Why the budget moved, asked only when it did, with the change it has to explain. */
function adjustReason(c: DraftContext): Run[] {
  const [initial, adjusted] = [c.amount("budgetScale"), c.amount("executionBudget")];
  if (!initial || !adjusted || initial.eq(adjusted) || initial.isZero()) return [];
  const cut = adjusted.lt(initial);
  const change = cut ? initial.sub(adjusted) : adjusted.sub(initial);
  return c.w.adjustReason(
    c.ask(c.w.ask.adjustReason(cut, formatAmount(change), formatRatio(change, initial)))
  );
}

/** The execution rate, and where spending passed the budget, the source of what went beyond it. */
function executed(c: DraftContext): Run[] {
  return c.needs(["executionBudget", "spendingActual"], ([budget, spent]) => [
    ...c.w.executed(
      c.year,
      c.money(budget),
      c.money(spent),
      c.ratio(spent, budget, ["executionBudget"])
    ),
    ...(spent.gt(budget)
      ? c.w.overspent(c.money(spent.sub(budget)), c.ask(c.w.ask.overspent))
      : []),
  ]);
}

/**
 * This year's final accounts against last year's, in total and by part, as the 2024 reports write them;
 * a part whose figures are not all given is left out, and without last year's total the paragraph is.
 */
function yearOnYear(c: DraftContext): Block[] {
  const { w } = c;
  const items = [
    ["spending", ["spendingActual"], ["spendingLastYear"]],
    [
      "basic",
      ["personnelActual", "dailyPublicActual"],
      ["personnelLastYear", "dailyPublicLastYear"],
    ],
    ["project", ["projectActual"], ["projectLastYear"]],
  ] as const;
  const given = items.filter(([, now, last]) =>
    [...now, ...last].every((k) => c.amount(k) !== undefined)
  );
  for (const [, now, last] of items) c.omit([...now, ...last]);
  if (given[0]?.[0] !== "spending") return [];
  const parts = given.map(([name, now, last]) =>
    c.compare(now, last, (a, b) => {
      const label = w.yearNames[name];
      if (a.eq(b)) return w.sameAsLastYear(label, c.money(a));
      const diff = a.gt(b) ? a.sub(b) : b.sub(a);
      return w.versusLastYear(
        label,
        c.money(a),
        a.gt(b),
        c.money(diff),
        c.ratio(diff, b, [last[0]])
      );
    })
  );
  return [
    p([
      ...w.yearOnYear(c.join(parts, w.clauseSeparator)),
      ...w.changeReason(c.ask(w.ask.changeReason)),
    ]),
  ];
}

/** Each quarter's execution rate: given (表1-4 执行率) or from the cumulative spending and the budget. */
export function quarterRates(c: DraftContext): (Rational | undefined)[] {
  const budget = c.amount("executionBudget");
  return [1, 2, 3, 4].map((q) => {
    const given = c.f.percent(`executionRateQ${q}`);
    if (given) return given.div(Rational.int(100));
    const spent = c.amount(`spentQ${q}`);
    return spent && budget && !budget.isZero() ? quarterRate(spent, budget, q) : undefined;
  });
}

/** Quarters spending ran more than 30 % ahead of schedule: a deviation the unit explains. */
const AHEAD = Rational.fromNumber(1.3);

function quarters(c: DraftContext): Run[] {
  const rates = quarterRates(c);
  const list = rates.map((rate, i): Run[] => {
    if (rate) return c.w.quarter(i + 1, rateRun(rate));
    const keys = [`spentQ${i + 1}`, `executionRateQ${i + 1}`];
    const reason = c.reasonFor(keys);
    return reason
      ? [{ text: c.w.quarterNotComputed(i + 1, reason) }]
      : c.w.quarter(i + 1, c.askFor([keys[1]]));
  });
  const ahead = rates.flatMap((rate, i) =>
    rate && rate.gt(AHEAD) ? [c.w.quarterName(i + 1)] : []
  );
  return [
    ...c.w.quarters(c.join(list)),
    ...(ahead.length
      ? c.w.quartersAhead(c.ask(c.w.ask.quartersAhead(ahead.join(c.w.listSeparator))))
      : []),
  ];
}

function procurement(c: DraftContext): Run[] {
  return c.needs(["procurementPlanned", "procurementActual"], ([planned, actual]) =>
    c.w.procurement(
      c.money(planned),
      c.money(actual),
      c.ratio(actual, planned, ["procurementPlanned"])
    )
  );
}

type AnswerKey = Exclude<keyof DraftContext["w"]["answers"], "partly">;

/**
 * The evaluator's yes/no answers as the reports' stock sentences; an unanswered one is a prompt, and a
 * paragraph none of whose questions is answered one prompt for the whole matter.
 */
function answers(
  c: DraftContext,
  keys: AnswerKey[],
  topic: keyof DraftContext["w"]["ask"]["topics"]
): Run[] {
  if (keys.every((k) => c.f.answer(k) === undefined))
    return c.w.sentence([c.ask(c.w.ask.topics[topic])]);
  const clauses = keys.map((key): Run[] => {
    const [yes, no] = c.w.answers[key];
    const a = c.f.answer(key);
    // 存在严重违规 is asked the other way round: “是” is the violation, the second sentence.
    const good = key === "seriousViolation" ? (a === undefined ? a : a === false) : a;
    if (good === undefined) return [c.askFor([key])];
    if (good === "partly") return [{ text: c.w.answers.partly(yes) }, ...detailsPrompt(c, key)];
    return good ? [{ text: yes }] : [{ text: no }, ...detailsPrompt(c, key)];
  });
  return c.w.sentence(c.join(clauses, c.w.clauseSeparator));
}

const detailsPrompt = (c: DraftContext, key: string): Run[] =>
  c.w.aside(c.ask(c.w.ask.details(inputLabel(key, c.locale))));

function disclosure(c: DraftContext): Run[] {
  const { w } = c;
  if (c.f.answer("classifiedUnit") === true) return w.sentence([{ text: w.disclosure.classified }]);
  const said = (["budget", "finalAccounts"] as const).map((which): Run[] => {
    const key = which === "budget" ? "budgetDisclosure" : "finalAccountsDisclosure";
    const choice = c.f.choice(key) as keyof typeof w.disclosure.budget | undefined;
    if (!choice) return [c.askFor([key])];
    const sentence: Run[] = [{ text: w.disclosure[which][choice] }];
    // 未公开 is its own statement; only a partial disclosure has particulars to give.
    return choice === "部分" ? [...sentence, ...detailsPrompt(c, key)] : sentence;
  });
  return w.sentence(c.join(said, w.clauseSeparator));
}

function assets(c: DraftContext): Run[] {
  const { w } = c;
  return [
    ...c.needs(["fixedAssetsTotal", "fixedAssetsInUse"], ([total, inUse]) =>
      w.assets(c.year, c.money(total), c.money(inUse), c.ratio(inUse, total, ["fixedAssetsTotal"]))
    ),
    ...c.needs(["fixedAssetsNet", "intangibleAssetsNet"], ([fixed, intangible]) =>
      w.netAssets(c.money(fixed), c.money(intangible))
    ),
  ];
}

const STAFF = ["staffAuthorized", "staffOnPayroll", "contractStaff"];

function staff(c: DraftContext): Run[] {
  const { w } = c;
  const reason = c.reasonFor(["staffOnPayroll"]);
  if (reason && c.amount("staffOnPayroll") === undefined) return [{ text: w.reason(reason) }];
  const [authorized, onPayroll, contract] = STAFF.map((k) => c.amount(k));
  const missing = STAFF.filter((k) => c.amount(k) === undefined);
  // Each figure asked once, in one place, whichever sentences lack it.
  return [
    ...(authorized && onPayroll
      ? w.staff(
          countRun(authorized),
          countRun(onPayroll),
          c.ratio(onPayroll, authorized, ["staffAuthorized"])
        )
      : []),
    ...(contract && onPayroll
      ? w.contractStaff(
          countRun(contract),
          c.ratio(contract, onPayroll.add(contract), ["contractStaff", "staffOnPayroll"])
        )
      : []),
    ...(missing.length ? w.staffAsk(c.askFor(missing)) : []),
  ];
}
