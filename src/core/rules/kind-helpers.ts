import { Rational } from "../rational";

/** The sum of points given as JavaScript numbers, exactly. */
export const sumOfPoints = (xs: readonly { points: number }[]): Rational =>
  xs.reduce((s, x) => s.add(Rational.fromNumber(x.points)), Rational.ZERO);
