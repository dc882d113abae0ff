/**
 * What a ribbon command has to tell the user. The command runs in the same page as the task pane (shared
 * runtime) but may run while the pane is closed: it leaves its notice here and opens the pane, which
 * shows the notice whenever it is (or becomes) mounted.
 */
export interface Notice {
  intent: "error" | "warning" | "success";
  text: string;
}

type Listener = (notice: Notice | undefined) => void;

let current: Notice | undefined;
const listeners = new Set<Listener>();

export function postNotice(notice: Notice | undefined): void {
  current = notice;
  for (const l of listeners) l(notice);
}

/** Calls `listener` now with the notice waiting, then with every new one; returns the unsubscribe. */
export function watchNotices(listener: Listener): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}
