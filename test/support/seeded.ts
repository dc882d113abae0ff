import { int, pick, rngOf } from "./layouts/truth";

/** A small seeded generator, so a failure can be reproduced from its set number. */
export function seeded(seed: number) {
  const next = rngOf(seed);
  return {
    next,
    pick: <T>(xs: readonly T[]) => pick(next, xs),
    int: (lo: number, hi: number) => int(next, lo, hi),
  };
}
