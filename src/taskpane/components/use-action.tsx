import { useState, type ReactNode } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Locale } from '../../core';
import { strings } from '../i18n';

/** Runs a host call, keeps the pane usable while it works, and shows its outcome in place. */
export function useAction(locale: Locale): { busy: boolean; message: ReactNode; run: (work: () => Promise<string | void>, then?: () => void) => Promise<void> } {
  const t = strings(locale);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'error'; text: string }>();
  const run = async (work: () => Promise<string | void>, then?: () => void) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const text = await work();
      if (text) setOutcome({ intent: 'success', text });
      then?.();
    } catch (e) {
      setOutcome({ intent: 'error', text: t.failed((e as Error).message) });
    } finally {
      setBusy(false);
    }
  };
  const message = outcome && (
    <MessageBar intent={outcome.intent} role={outcome.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{outcome.text}</MessageBarBody>
    </MessageBar>
  );
  return { busy, message, run };
}
