import { localeOf, type Locale } from "../../i18n";

/**
 * The shared runtime as the add-in's pages see it: whether office.js is there, the user's language in
 * Office, the pane's visibility and the ribbon. Every use of the Office global is here.
 */

/** The Office global, when office.js has loaded (absent on a plain page whose office.js failed). */
export function officeGlobal(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

/** Office's display language as one of ours; Chinese when Office cannot say (a plain page, a hidden runtime). */
export function officeLocale(): Locale {
  try {
    return localeOf(officeGlobal()?.context?.displayLanguage);
  } catch {
    return "zh-CN";
  }
}

/** The pane shown or hidden by Office: the shared runtime outlives the pane and may start hidden. */
export interface PaneEvents {
  onVisibilityModeChanged(
    handler: (args: { visibilityMode: string }) => void
  ): Promise<() => Promise<void>>;
}

export function paneEvents(): PaneEvents | undefined {
  return officeGlobal()?.addin;
}

/** Calls `shown` each time the pane is shown; returns the unsubscribe. */
export function onPaneShown(
  shown: () => void,
  events: PaneEvents | undefined = paneEvents()
): () => void {
  if (!events) return () => undefined;
  const removal = events.onVisibilityModeChanged((args) => {
    if (String(args.visibilityMode).toLowerCase() === "taskpane") shown();
  });
  return () => void removal.then((remove) => remove()).catch(() => undefined);
}

export function showPane(): Promise<void> {
  return officeGlobal()?.addin.showAsTaskpane() ?? Promise.resolve();
}

/** Registers a ribbon button's function once Office is ready (not at all on a plain page). */
export function onRibbon(name: string, run: (event: { completed(): void }) => Promise<void>): void {
  const office = officeGlobal();
  if (office) void office.onReady(() => office.actions.associate(name, run));
}
