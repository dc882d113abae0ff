import { parseValue, Rational, type ParseSpec, type Parsed } from "../../src/core";

const amount: ParseSpec = { type: "amount", unit: "万元" };
const count: ParseSpec = { type: "count", unit: "人" };
const percent: ParseSpec = { type: "percent", unit: "%" };
const judgement: ParseSpec = { type: "judgement", max: Rational.int(2) };
const flag: ParseSpec = { type: "flag" };
const choice: ParseSpec = {
  type: "choice",
  options: ["完全", "部分", "未公开"],
  aliases: { 完全公开: "完全" },
};

const value = (p: Parsed) => (p.kind === "value" ? p.value.toFixed(4) : p.kind);
const code = (p: Parsed) => (p.kind === "problem" ? p.problem.code : p.kind);

describe("numbers", () => {
  it.each([
    [3525.77, "3525.7700"],
    ["3,525.77", "3525.7700"],
    ["1,869.71", "1869.7100"],
    ["  1869.71 ", "1869.7100"],
    ["１，８６９．７１", "1869.7100"],
    ["３５２５", "3525.0000"],
    ["¥1,000", "1000.0000"],
    ["0", "0.0000"],
    [".5", "0.5000"],
    ["12万元", "12.0000"],
    ["1 869.71", "1869.7100"],
    // An amount in another money unit says so: it is converted, exactly, to the input's own.
    ["46,332,000元", "4633.2000"],
    ["１２元", "0.0012"],
    ["1.5亿元", "15000.0000"],
    ["3,000千元", "300.0000"],
  ])("reads %p as an amount", (raw, expected) => {
    expect(value(parseValue(raw, amount))).toBe(expected);
  });

  it.each([
    ["93.95%", "93.9500"],
    ["９３．９５％", "93.9500"],
    [93.95, "93.9500"],
    ["93.95", "93.9500"],
    ["184.77%", "184.7700"],
  ])("reads %p as a percentage in percent points", (raw, expected) => {
    expect(value(parseValue(raw, percent))).toBe(expected);
  });

  it("warns when a percentage looks like a fraction (0.9395 for 93.95%) but still reads it as written", () => {
    const p = parseValue(0.9395, percent);
    expect(p).toMatchObject({
      kind: "value",
      warning: "percentLooksLikeFraction",
    });
  });

  it.each([
    ["abc", "notNumber"],
    ["1,86", "notNumber"],
    ["12,3456", "notNumber"],
    ["1.2.3", "notNumber"],
    ["约100", "notNumber"],
    ["-5", "negative"],
    [-0.01, "negative"],
    ["－5", "negative"],
    ["36.19%", "percentNotAllowed"],
    ["12人", "wrongUnit"],
    ["12万", "wrongUnit"],
    [true, "notNumber"],
    [Infinity, "notNumber"],
    [{ a: 1 }, "notScalar"],
    [[1, 2], "notScalar"],
  ])("rejects %p as an amount (%s)", (raw, expected) => {
    expect(code(parseValue(raw, amount))).toBe(expected);
  });

  it("requires whole numbers for counts and accepts the count unit", () => {
    expect(code(parseValue("2.5", count))).toBe("notInteger");
    expect(value(parseValue("12人", count))).toBe("12.0000");
    expect(code(parseValue("12个", count))).toBe("wrongUnit");
  });

  it("respects an upper bound", () => {
    expect(code(parseValue("101", { ...percent, max: Rational.int(100) }))).toBe("aboveMax");
    expect(value(parseValue("100", { ...percent, max: Rational.int(100) }))).toBe("100.0000");
  });
});

describe("missing values", () => {
  it.each([undefined, null, "", "   ", "—", "——", "-", "--", "－", "/", NaN])(
    "treats %p as missing, never as 0",
    (raw) => {
      for (const spec of [amount, count, percent, judgement, flag, choice])
        expect(parseValue(raw, spec).kind).toBe("missing");
    }
  );
});

describe("judgements", () => {
  it.each([
    [true, "2.0000"],
    [false, "0.0000"],
    ["是", "2.0000"],
    ["否", "0.0000"],
    ["TRUE", "2.0000"],
    ["false", "0.0000"],
    [1.5, "1.5000"],
    ["0.5", "0.5000"],
    [0, "0.0000"],
  ])("reads %p as points of a 2-point item", (raw, expected) => {
    expect(value(parseValue(raw, judgement))).toBe(expected);
  });

  it.each([
    ["也许", "notYesNo"],
    [2.5, "aboveMax"],
    ["-1", "negative"],
  ])("rejects %p", (raw, expected) => {
    expect(code(parseValue(raw, judgement))).toBe(expected);
  });
});

describe("yes/no flags", () => {
  it.each([
    ["是", true],
    ["否", false],
    [true, true],
    [false, false],
    ["True", true],
    ["FALSE", false],
    [1, true],
    [0, false],
  ])("reads %p", (raw, expected) => {
    expect(parseValue(raw, flag)).toEqual({ kind: "flag", value: expected });
  });

  it.each(["可能", 2, "有"])("rejects %p", (raw) => {
    expect(code(parseValue(raw, flag))).toBe("notYesNo");
  });
});

describe("choices", () => {
  it.each([
    ["完全", "完全"],
    ["部分", "部分"],
    ["未公开", "未公开"],
    [" 完全公开 ", "完全"],
  ])("reads %p", (raw, expected) => {
    expect(parseValue(raw, choice)).toEqual({
      kind: "choice",
      value: expected,
    });
  });

  it("rejects anything else, listing the accepted words", () => {
    const p = parseValue("全部", choice);
    expect(p).toMatchObject({
      kind: "problem",
      problem: { code: "notChoice", options: ["完全", "部分", "未公开"] },
    });
    expect(code(parseValue(1, choice))).toBe("notChoice");
  });
});

describe("KPI quantities", () => {
  const quantity: ParseSpec = { type: "quantity" };
  it.each([
    ["244.62", "244.6200"],
    ["120人次", "120.0000"],
    ["98%", "98.0000"],
    ["3场", "3.0000"],
  ])("reads %p with any unit of its own", (raw, expected) =>
    expect(value(parseValue(raw, quantity))).toBe(expected)
  );
  it.each(["2e", "23 staff", "1,5", "2021-01-23", "12abc"])(
    "refuses %p: a number only where all of the text is one and its unit a word",
    (raw) => expect(code(parseValue(raw, quantity))).toBe("notNumber")
  );
  it.each(["120万", "1.2亿", "3千人", "5百万元"])(
    "refuses %p: a magnitude changes the number, and the other value may not carry it",
    (raw) => expect(code(parseValue(raw, quantity))).toBe("magnitude")
  );
});
