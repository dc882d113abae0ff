import { useState, type ReactNode } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Locale } from "../../core";
import { errorText } from "../error-text";

type Intent = "success" | "warning" | "error";
export type ActionOutcome = string | { intent: Intent; text: string } | void;

/** Runs a host call, keeps the pane usable while it works, and shows its outcome in place. */
export function useAction(locale: Locale): {
  busy: boolean;
  message: ReactNode;
  /** The last outcome was a success (a later change makes its “saved” stale). */
  succeeded: boolean;
  run: (work: () => Promise<ActionOutcome>, then?: () => void) => Promise<void>;
  /** Shows the outcome of something done at once, in the same place. */
  say: (text: string) => void;
} {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ intent: Intent; text: string }>();
  const run = async (work: () => Promise<ActionOutcome>, then?: () => void) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const done = await work();
      if (done) setOutcome(typeof done === "string" ? { intent: "success", text: done } : done);
      then?.();
    } catch (e) {
      setOutcome({ intent: "error", text: errorText(e, locale) });
    } finally {
      setBusy(false);
    }
  };
  const message = outcome && (
    <MessageBar
      layout="multiline"
      intent={outcome.intent}
      role={outcome.intent === "error" ? "alert" : "status"}
    >
      <MessageBarBody>{outcome.text}</MessageBarBody>
    </MessageBar>
  );
  const say = (text: string) => setOutcome({ intent: "success", text });
  return { busy, message, run, say, succeeded: outcome?.intent === "success" };
}
