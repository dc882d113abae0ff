/**
 * Exact rational numbers on bigint, so that tier boundaries compare exactly:
 * 9.90 / 11.00 is 9/10, never 0.8999999….
 */
export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint
  ) {}

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError("Rational with zero denominator");
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num < 0n ? -num : num, den);
    return g > 1n ? new Rational(num / g, den / g) : new Rational(num, den);
  }

  static int(n: number): Rational {
    return Rational.of(BigInt(n));
  }

  /** Reads a plain decimal ("3525.77", "-0.5", "1e-7"). Returns null for anything else. */
  static parseDecimal(text: string): Rational | null {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m || (m[2] === "" && (m[3] ?? "") === "")) return null;
    const digits = (m[2] || "0") + (m[3] ?? "");
    let num = BigInt(digits);
    let den = 10n ** BigInt((m[3] ?? "").length);
    const exp = m[4] ? Number(m[4]) : 0;
    if (Math.abs(exp) > 400) return null;
    if (exp > 0) num *= 10n ** BigInt(exp);
    if (exp < 0) den *= 10n ** BigInt(-exp);
    return Rational.of(m[1] === "-" ? -num : num, den);
  }

  /**
   * A double as the decimal it stands for, to Excel's 15 significant digits: 3.98 is 398/100, and a
   * sum such as 0.1 + 0.2 (0.30000000000000004) is 3/10, as Excel shows it.
   */
  static fromNumber(x: number): Rational {
    if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
    const r = Rational.parseDecimal(x.toPrecision(15));
    if (!r) throw new RangeError(`Unreadable number: ${x}`);
    return r;
  }

  add(o: Rational): Rational {
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  /** The largest whole number not above this one. */
  floor(): Rational {
    const q = this.num / this.den;
    return Rational.of(this.num < 0n && q * this.den !== this.num ? q - 1n : q);
  }
  /** The smallest whole number not below this one. */
  ceil(): Rational {
    return this.neg().floor().neg();
  }
  neg(): Rational {
    return new Rational(-this.num, this.den);
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isNegative(): boolean {
    return this.num < 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  cmp(o: Rational): number {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  lt(o: Rational): boolean {
    return this.cmp(o) < 0;
  }
  le(o: Rational): boolean {
    return this.cmp(o) <= 0;
  }
  gt(o: Rational): boolean {
    return this.cmp(o) > 0;
  }
  ge(o: Rational): boolean {
    return this.cmp(o) >= 0;
  }
  eq(o: Rational): boolean {
    return this.cmp(o) === 0;
  }
  min(o: Rational): Rational {
    return this.le(o) ? this : o;
  }
  max(o: Rational): Rational {
    return this.ge(o) ? this : o;
  }

  /** Rounds half away from zero to `places` decimals (half up for the non-negative scores we deal in). */
  round(places: number): Rational {
    const scale = 10n ** BigInt(places);
    const scaled = this.num * scale;
    const abs = scaled < 0n ? -scaled : scaled;
    let q = abs / this.den;
    if ((abs % this.den) * 2n >= this.den) q += 1n;
    return Rational.of(scaled < 0n ? -q : q, scale);
  }

  /** Exact decimal text with exactly `places` decimals, rounded half up. */
  toFixed(places: number): string {
    const r = this.round(places);
    const scale = 10n ** BigInt(places);
    const scaled = (r.num * scale) / r.den;
    const neg = scaled < 0n;
    const digits = (neg ? -scaled : scaled).toString().padStart(places + 1, "0");
    const int = digits.slice(0, digits.length - places);
    const frac = digits.slice(digits.length - places);
    return (neg ? "-" : "") + int + (places > 0 ? "." + frac : "");
  }

  /** The nearest double: exact for values with up to 15 significant digits, such as rounded scores. */
  toNumber(): number {
    if (this.den === 1n) return Number(this.num);
    return Number(this.toFixed(17));
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
