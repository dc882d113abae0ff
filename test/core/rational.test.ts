import { Rational } from "../../src/core";

const d = (s: string) => Rational.parseDecimal(s)!;

describe("Rational", () => {
  it("reads JS numbers through their decimal text, so 3.98 is exactly 398/100", () => {
    expect(Rational.fromNumber(3.98).eq(Rational.of(398n, 100n))).toBe(true);
    expect(Rational.fromNumber(1e-7).eq(Rational.of(1n, 10000000n))).toBe(true);
    expect(Rational.fromNumber(1e21).eq(Rational.of(10n ** 21n))).toBe(true);
  });

  it("divides exactly at tier boundaries where floating point does not", () => {
    expect(0.99 / 1.1 < 0.9).toBe(true);
    expect(d("0.99").div(d("1.10")).eq(d("0.9"))).toBe(true);
    expect(d("9.90").div(d("11.00")).eq(d("0.9"))).toBe(true);
    expect(d("8.10").div(d("9.00")).eq(d("0.9"))).toBe(true);
    expect(d("0.1").add(d("0.2")).eq(d("0.3"))).toBe(true);
  });

  it("rounds half up at exactly half, including values floats store just below half", () => {
    expect((2.985).toFixed(2)).toBe("2.98");
    expect(d("2.985").toFixed(2)).toBe("2.99");
    expect(d("2.984999").toFixed(2)).toBe("2.98");
    expect(d("0.005").round(2).eq(d("0.01"))).toBe(true);
    expect(d("-1.005").toFixed(2)).toBe("-1.01");
    expect(Rational.of(398n, 1100n).mul(Rational.int(100)).toFixed(2)).toBe("36.18");
  });

  it("prints and converts without binary noise", () => {
    expect(d("1.85").toNumber()).toBe(1.85);
    expect(Rational.of(1n, 3n).toFixed(4)).toBe("0.3333");
    expect(d("7").toFixed(0)).toBe("7");
    expect(Rational.of(2n, 3n).toNumber()).toBeCloseTo(0.6667, 4);
  });

  it("rejects what is not a plain decimal", () => {
    for (const s of ["", ".", "abc", "1,000", "1.2.3", "--1", "1e"])
      expect(Rational.parseDecimal(s)).toBeNull();
    expect(() => Rational.of(1n, 0n)).toThrow(RangeError);
    expect(() => Rational.fromNumber(Infinity)).toThrow(RangeError);
  });

  it("orders and picks", () => {
    expect(d("0.9").lt(d("0.91"))).toBe(true);
    expect(d("1").max(d("2")).eq(d("2"))).toBe(true);
    expect(d("1").min(d("2")).eq(d("1"))).toBe(true);
    expect(d("-3").isNegative()).toBe(true);
    expect(d("4.0").isInteger()).toBe(true);
  });
});

describe("numbers from cells", () => {
  it("are read to Excel’s 15 significant digits, so float noise from sums does not move a tier", () => {
    expect(Rational.fromNumber(0.1 + 0.2).eq(Rational.parseDecimal("0.3")!)).toBe(true);
    expect(Rational.fromNumber(8.1 + 0.9 - 0.9).eq(Rational.parseDecimal("8.1")!)).toBe(true);
    expect(Rational.fromNumber(123456789.123456).toFixed(6)).toBe("123456789.123456");
    expect(Rational.fromNumber(5e-324).isZero()).toBe(false);
  });
});
