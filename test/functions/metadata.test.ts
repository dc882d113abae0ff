import { inputDef, ruleInputKeys, text } from "../../src/core";
import { boundRule } from "../../src/functions/bound";
import { FUNCTIONS } from "../../src/functions/definitions";
import { functionsMetadata } from "../../src/functions/metadata";
import { catalog } from "../../src/i18n";
import contract from "../fixtures/functions-contract.json";
import { metadata } from "./load-bundle";

const zh = functionsMetadata("zh-CN");
const en = functionsMetadata("en-US");

/** What users' formulas depend on: ids, names, parameters (name, kind, range, optional) in order, results. */
const face = (m: {
  functions: { id: string; name: string; result: unknown; parameters: object[] }[];
}) =>
  m.functions.map((f) => ({
    id: f.id,
    name: f.name,
    result: f.result,
    parameters: f.parameters.map((p) =>
      Object.fromEntries(Object.entries(p).filter(([k]) => k !== "description"))
    ),
  }));

describe("the functions' metadata, made from their definitions", () => {
  it("keeps the public names, parameters and their order as released", () => {
    expect(face(zh)).toEqual(contract.functions);
    expect(face(en)).toEqual(contract.functions);
    expect(Object.fromEntries(Object.entries(zh).filter(([k]) => k !== "functions"))).toEqual(
      contract.settings
    );
  });

  it("is what the build wrote to dist/, in both languages", () => {
    expect(metadata()).toEqual(zh);
    expect(metadata("functions.en-US.json")).toEqual(en);
  });

  it("describes a parameter bound to an input by that input's own label, in each language", () => {
    for (const fn of FUNCTIONS)
      fn.params.forEach((p, i) => {
        if (!p.key) return;
        const def = inputDef(p.key)!;
        expect(zh.functions.find((f) => f.id === fn.id)!.parameters[i].description).toContain(
          text(def.label, "zh-CN")
        );
        expect(en.functions.find((f) => f.id === fn.id)!.parameters[i].description).toContain(
          text(def.label, "en-US")
        );
      });
  });

  it("binds each scoring function to exactly the inputs its rule reads, in the framework", () => {
    // EXECSCORE takes the spending at each quarter's end; the rule also reads given rates instead.
    const alternatives: Record<string, string[]> = {
      EXECSCORE: ["executionRateQ1", "executionRateQ2", "executionRateQ3", "executionRateQ4"],
    };
    for (const fn of FUNCTIONS.filter((f) => f.binding && f.binding.inputs.length)) {
      const { rule } = boundRule(fn.binding!);
      const bound = fn.binding!.inputs.map((i) => i.key);
      expect([fn.id, [...bound, ...(alternatives[fn.id] ?? [])].sort()]).toEqual([
        fn.id,
        ruleInputKeys(rule).sort(),
      ]);
    }
  });

  it("takes default points from the framework: 满分，默认3分 is the 三公 half's own points", () => {
    const points = (id: string) =>
      zh.functions.find((f) => f.id === id)!.parameters.find((p) => p.name === "points")!
        .description;
    expect([points("CONTROLSCORE"), points("ADJUSTSCORE"), points("KPISCORE")]).toEqual([
      "满分，默认3分",
      "满分，默认1分",
      "满分，默认25分",
    ]);
    expect(en.functions.find((f) => f.id === "KPISCORE")!.parameters[1].description).toBe(
      "Full points, 25 by default"
    );
  });

  it("has a description in each language for every function and none for a function that does not exist", () => {
    for (const locale of ["zh-CN", "en-US"] as const)
      expect(Object.keys(catalog(locale).functions.descriptions).sort()).toEqual(
        FUNCTIONS.map((f) => f.id).sort()
      );
    for (const f of en.functions) {
      expect(f.description).toMatch(/^[A-Z“]/);
      for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(3);
    }
  });
});
