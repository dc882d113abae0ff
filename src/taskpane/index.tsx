import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { Starting } from "./components/Starting";
import { boot, type BootEnv, type BootState } from "./boot";
import { officeGlobal } from "../hosts/office/runtime";
import { catalog } from "../i18n";
import type { WorkbookSession } from "./session/types";
import { workbookTitle } from "./workbook-title";

/**
 * The task pane. Inside Excel it works on the open workbook; opened as a plain web page (no Office
 * host) it works on an .xlsx the user chooses, with ExcelJS loaded only then. Until it knows which,
 * it shows progress.
 */
/** Where the pane keeps the language the user chose. */
const LOCALE_KEY = "perfscore.locale";

function pageEnv(): BootEnv {
  let storedHostInfo: string | null = null;
  let storedLocale: string | null = null;
  try {
    storedHostInfo = window.sessionStorage.getItem("hostInfoValue");
    storedLocale = window.localStorage.getItem(LOCALE_KEY);
  } catch {
    // Storage may be blocked; the address and the browser still tell.
  }
  return {
    office: officeGlobal(),
    search: window.location.search,
    storedHostInfo,
    storedLocale,
    navigatorLanguage: navigator.language,
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    workbookTitle,
  };
}

async function openFile(file: File, locale: BootState["locale"]): Promise<WorkbookSession> {
  const { openWorkerSession } = await import(
    /* webpackChunkName: "worker-session" */ "./session/worker-session"
  );
  return openWorkerSession(file.name, new Uint8Array(await file.arrayBuffer()), locale);
}

async function openExcel(title: string, locale: BootState["locale"]): Promise<WorkbookSession> {
  const { ExcelSession } = await import(/* webpackChunkName: "office" */ "./session/excel-session");
  return new ExcelSession(title, locale);
}

export function Root({ env, excel = openExcel }: { env: BootEnv; excel?: typeof openExcel }) {
  const [state, setState] = useState<BootState>();
  const [session, setSession] = useState<WorkbookSession>();
  useEffect(() => boot(env, setState), [env]);
  useEffect(() => {
    if (state?.phase === "excel")
      void excel(state.title || catalog(state.locale).pane.currentWorkbook, state.locale).then(
        setSession
      );
  }, [state, excel]);
  if (!state || state.phase === "starting" || state.phase === "waiting")
    return <Starting locale={state?.locale ?? "zh-CN"} slow={state?.phase === "waiting"} />;
  if (state.phase === "excel")
    return session ? (
      <App locale={state.locale} session={session} />
    ) : (
      <Starting locale={state.locale} slow={false} />
    );
  // Before a workbook is chosen the language can be switched, and is remembered for next time.
  const switchLocale = (locale: BootState["locale"]) => {
    try {
      window.localStorage.setItem(LOCALE_KEY, locale);
    } catch {
      // Not remembered, but switched.
    }
    setState({ ...state, locale });
  };
  return (
    <App
      locale={state.locale}
      openFile={(file) => openFile(file, state.locale)}
      onLocale={switchLocale}
    />
  );
}

const container = typeof document !== "undefined" ? document.getElementById("app") : null;
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Root env={pageEnv()} />
    </FluentProvider>
  );
}
