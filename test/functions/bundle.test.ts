import fc from "fast-check";
import { ExcelError, loadBundle, metadata } from "./load-bundle";
import { indicator } from "../helpers";

const registered = loadBundle();
const zh = metadata();
const en = metadata("functions.en-US.json");
const call = (id: string, ...args: unknown[]) => registered.get(id)!(...args);

describe("the built functions bundle", () => {
  it("associates exactly the ids of functions.json (no #NAME?, no orphan)", () => {
    expect([...registered.keys()].sort()).toEqual(zh.functions.map((f) => f.id).sort());
    expect(registered.size).toBe(23);
  });

  it("takes as many arguments as the metadata declares", () => {
    for (const f of zh.functions)
      expect([f.id, registered.get(f.id)!.length]).toEqual([f.id, f.parameters.length]);
  });

  it("gives the same answers as the core when called through the registered functions", () => {
    expect(call("CONTROLSCORE", 3.98, 11)).toBe(3);
    expect(call("CONTROLRATE", 3.98, 11)).toBeCloseTo(0.361818, 6);
    expect(call("SATISFACTIONSCORE", 0.9395)).toBe(
      indicator("公众或服务对象满意度", { satisfaction: 93.95 }).computed
    );
    expect(call("EXECSCORE", 100, 20, 40, 60, 100)).toBe(
      indicator("预算执行率", {
        executionBudget: 100,
        spentQ1: 20,
        spentQ2: 40,
        spentQ3: 60,
        spentQ4: 100,
      }).computed
    );
    expect(call("GRADE", 96)).toBe("优");
    expect(
      call(
        "EXPLAIN",
        "公用经费控制率",
        [["sanGongBudget"], ["sanGongActual"], ["dailyPublicBudget"], ["dailyPublicActual"]],
        [[11], [3.98], [247.82], [247.82]]
      )
    ).toBe("“三公”经费控制率为36.18%，得3分；日常公用经费控制率为100.00%，得2分。");
  });

  it("throws Excel error values with Chinese messages, #DIV/0! without one", () => {
    const thrown = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e;
      }
      throw new Error("did not throw");
    };
    expect(thrown(() => call("CONTROLRATE", "abc", 1))).toEqual(
      new ExcelError("#VALUE!", "实际支出数“abc”不是有效的数字")
    );
    expect(thrown(() => call("CONTROLRATE", 1, null))).toMatchObject({
      code: "#N/A",
      message: "缺少“预算数”",
    });
    expect(thrown(() => call("CONTROLRATE", 1, 0))).toMatchObject({
      code: "#DIV/0!",
      message: "",
    });
    expect(thrown(() => call("CONTROLRATE", 1, 5e-324))).toMatchObject({
      code: "#NUM!",
      message: "",
    });
    // A cell near the largest double is no count of points (its sum would overflow): #VALUE!, never a crash.
    expect(thrown(() => call("CHECKLIST", [[false]], 1.7976931348623151e308))).toMatchObject({
      code: "#VALUE!",
    });
  });

  it("never returns a promise and never throws anything but an Excel error, whatever the cells hold", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant(""),
      fc.double(),
      fc.integer({ min: -10, max: 1000 }),
      fc.boolean(),
      fc.string({ maxLength: 6 }),
      fc.constantFrom("是", "否", "完全", "93.95%", "1,869.71")
    );
    const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...zh.functions),
        fc.array(fc.oneof(cell, range), { minLength: 5, maxLength: 5 }),
        (f, args) => {
          let out: unknown;
          let error: unknown;
          try {
            out = call(f.id, ...args.slice(0, f.parameters.length));
          } catch (e) {
            error = e;
          }
          if (error === undefined) {
            expect(["number", "string"]).toContain(typeof out);
            if (typeof out === "number") expect(Number.isFinite(out)).toBe(true);
          } else {
            expect(error).toBeInstanceOf(ExcelError);
            expect(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]).toContain((error as ExcelError).code);
          }
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("the functions metadata", () => {
  it("has English ids, documented in Chinese, every parameter explained", () => {
    for (const f of zh.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
      expect(f.name).toBe(f.id);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters)
        expect([f.id, p.name, p.description.trim().length >= 2]).toEqual([f.id, p.name, true]);
    }
  });

  it("has an English file with the same functions and parameters, described in English", () => {
    const shape = (m: typeof zh) =>
      m.functions.map((f) => [
        f.id,
        f.name,
        f.result.type,
        f.parameters.map((p) => [p.name, p.type, !!p.optional]),
      ]);
    expect(shape(en)).toEqual(shape(zh));
    for (const f of en.functions) expect(f.description).toMatch(/^[A-Z“]/);
  });
});

describe("the README", () => {
  it("lists every function with an example formula", () => {
    const readme = require("node:fs").readFileSync(
      require("../helpers").repoFile("README.md"),
      "utf8"
    ) as string;
    const missing = zh.functions
      .filter((f) => !readme.includes(`| \`PERF.${f.id}(`) || !readme.includes(`=PERF.${f.id}(`))
      .map((f) => f.id);
    expect(missing).toEqual([]);
  });
});
