import { localeOf, type Locale } from "../i18n";

/**
 * Deciding where the pane runs. Inside Excel, office.js may take many seconds to answer (a cold start,
 * a slow machine): the pane waits and shows progress, and never switches to the file picker because
 * Excel was slow. Only a page that Office did not open — no host information in its address or
 * session — falls back to the browser mode when office.js is absent or does not answer.
 */
export type BootState =
  | { phase: "starting"; locale: Locale }
  /** Inside Office and still waiting for it: a longer wait than usual. */
  | { phase: "waiting"; locale: Locale }
  | { phase: "excel"; locale: Locale; title: string }
  | { phase: "browser"; locale: Locale };

export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  context: { displayLanguage?: string; document?: { url?: string | null } };
}

export interface BootEnv {
  office?: OfficeLike;
  /** The page's query string and Office's own record of the host, if any. */
  search: string;
  storedHostInfo?: string | null;
  /** The language the user chose in the pane before, which wins over the browser's and Office's. */
  storedLocale?: string | null;
  navigatorLanguage: string;
  setTimeout(fn: () => void, ms: number): unknown;
  workbookTitle(url: string | undefined | null): string;
}

/** How long a page outside Office waits for office.js before offering the file picker. */
export const BROWSER_FALLBACK_MS = 4000;
/** After this long inside Office the progress says that Excel is taking a while. */
export const SLOW_HOST_MS = 8000;

/** Office opens an add-in page with `_host_Info=Excel$Win32$16.01$zh-CN$…` and keeps it for later navigations. */
export function openedByOffice(env: Pick<BootEnv, "search" | "storedHostInfo">): boolean {
  return /[?&]_host_info=/i.test(env.search) || !!env.storedHostInfo;
}

/** Reports each phase to `report`: starting, then waiting (inside Office, slowly), then excel or browser. */
export function boot(env: BootEnv, report: (state: BootState) => void): void {
  const browserLocale = localeOf(env.storedLocale || env.navigatorLanguage);
  let settled = false;
  const settle = (state: BootState) => {
    if (settled && state.phase !== "excel") return;
    settled = true;
    report(state);
  };
  report({ phase: "starting", locale: browserLocale });
  const office = env.office;
  if (!office?.onReady) {
    settle({ phase: "browser", locale: browserLocale });
    return;
  }
  const inOffice = openedByOffice(env);
  env.setTimeout(
    () => {
      if (settled) return;
      if (inOffice) report({ phase: "waiting", locale: browserLocale });
      else settle({ phase: "browser", locale: browserLocale });
    },
    inOffice ? SLOW_HOST_MS : BROWSER_FALLBACK_MS
  );
  office.onReady().then(
    (info) => {
      const host = info.host ? String(info.host) : null;
      if (host === "Excel") {
        settle({
          phase: "excel",
          locale: localeOf(env.storedLocale || office.context.displayLanguage),
          title: env.workbookTitle(office.context.document?.url),
        });
      } else settle({ phase: "browser", locale: browserLocale });
    },
    () => settle({ phase: "browser", locale: browserLocale })
  );
}
