import {
  evaluateRule,
  KINDS,
  kindName,
  Rational,
  readFramework,
  ruleInputKeys,
  RuleContext,
  RULE_KINDS,
  type KindDef,
  type KindRegistry,
  type Rule,
} from "../../src/core";
import { decodeRule, encodeRule, PIPELINE_KINDS } from "../../src/pipeline/rule-kinds";
import type { PipelineRegistry } from "../../src/pipeline/rule-kinds/kind";
import { KIND_CASES, shapesFramework } from "./cases";

/**
 * Every rule kind, fed by the registry: its worked case scores and explains itself, names the inputs it
 * reads, survives the framework file's checks, and comes back from its row of the clerk's form as it went in.
 */
const { inputs } = shapesFramework();

/** Without the parts a form row leaves to the rows below, keys in one order. */
const comparable = (rule: Rule): unknown =>
  JSON.parse(
    JSON.stringify("parts" in rule ? { ...rule, parts: [] } : rule, (_k, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v
    )
  );

describe.each(RULE_KINDS)("rule kind %s", (kind) => {
  const c = KIND_CASES[kind];

  it("scores its case and explains it in Chinese", () => {
    const o = evaluateRule(
      c.rule,
      Rational.fromNumber(c.points),
      new RuleContext(c.inputs, c.kpis)
    );
    expect(o.missing).toEqual([]);
    expect(o.errors).toEqual([]);
    expect(o.score === null ? null : o.score.toNumber()).toBe(c.score);
    expect(o.text.join("；")).toBe(c.explanation);
  });

  it("reads exactly the inputs its case gives (or may give)", () => {
    const keys = ruleInputKeys(c.rule);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of Object.keys(c.inputs)) expect(keys).toContain(key);
  });

  it("passes the framework file's checks as an indicator's rule", () => {
    const read = readFramework({
      id: "one",
      title: "一项",
      total: c.points,
      grades: [{ min: 0, grade: "无" }],
      inputs,
      levels: [
        {
          name: "一",
          points: c.points,
          children: [
            {
              name: "二",
              points: c.points,
              indicators: [{ id: "x", name: "指标", points: c.points, rule: c.rule }],
            },
          ],
        },
      ],
    });
    expect(read.ok ? [] : read.problems).toEqual([]);
  });

  it.each(["zh-CN", "en-US"] as const)("comes back from its form row (%s)", (locale) => {
    const cells = encodeRule(c.rule, locale);
    expect(cells.kind).toBe(kindName(kind, locale));
    const decoded = decodeRule(cells, locale);
    expect(decoded.ok ? comparable(decoded.rule) : decoded).toEqual(comparable(c.rule));
  });

  it("has its names in both languages", () => {
    expect(KINDS[kind].names["zh-CN"]).toMatch(/\p{Script=Han}/u);
    expect(KINDS[kind].names["en-US"]).toMatch(/^[a-zA-Z ×-]+$/);
  });
});

describe("the registries as types", () => {
  type Dummy = { kind: "dummy"; points?: number; key: string };
  it("do not compile without an entry for a new kind, or an entry without a part", () => {
    // @ts-expect-error a kind added to the rule union without its core entry
    const core: KindRegistry<Rule | Dummy> = KINDS;
    // @ts-expect-error nor without its sheet formula and form row
    const pipeline: PipelineRegistry<Rule | Dummy> = PIPELINE_KINDS;
    // @ts-expect-error an entry missing its arithmetic check
    const partial: KindDef<Dummy> = {
      names: { "zh-CN": "示例", "en-US": "dummy" },
      evaluate: () => ({
        score: null,
        missing: [],
        errors: [],
        text: [],
        shortfalls: [],
        warnings: [],
      }),
      keys: (rule) => [rule.key],
      shape: (c) => c.key("key"),
    };
    expect([core, pipeline, partial].every(Boolean)).toBe(true);
    expect(Object.keys(PIPELINE_KINDS).sort()).toEqual([...RULE_KINDS].sort());
  });
});
