import { formatPoints } from "../format";
import type { Rational } from "../rational";
import type { RuleContext } from "./context";

/** A figure as a sentence says it, with its unit: 12.5%, 30 天, 4,500.00 万元. */
export function quantity(ctx: RuleContext, key: string, value: Rational): string {
  const def = ctx.def(key);
  if (def?.type === "percent") return `${formatPoints(value)}%`;
  const unit = def?.unit ? (ctx.msg.units[def.unit] ?? def.unit) : "";
  return `${formatPoints(value)}${unit}`;
}
