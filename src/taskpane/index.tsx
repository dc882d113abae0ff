import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Locale } from '../core';
import { App } from './components/App';
import { strings } from './i18n';

/**
 * The task pane. Inside Excel it works on the open workbook; opened as a plain web page (no Office
 * host) it works on an .xlsx the user chooses, with ExcelJS loaded only then.
 */

interface ReadyInfo {
  host: string | null;
}

/** Office.onReady, or no host at all when office.js is absent or never answers (a plain browser, an intranet without the CDN). */
function officeReady(): Promise<ReadyInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return Promise.resolve({ host: null });
  return Promise.race([
    office.onReady().then((info) => ({ host: info.host ? String(info.host) : null })),
    new Promise<ReadyInfo>((resolve) => setTimeout(() => resolve({ host: null }), 4000)),
  ]);
}

function localeOf(host: string | null): Locale {
  const language = host ? Office.context.displayLanguage : navigator.language;
  return language?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

async function main(): Promise<void> {
  const { host } = await officeReady();
  const locale = localeOf(host);
  const root = createRoot(document.getElementById('app')!);
  const inExcel = host === 'Excel';
  const workbookName = inExcel ? decodeURIComponent(Office.context.document.url?.split(/[\\/]/).pop() ?? '') : '';
  const session = inExcel
    ? new (await import(/* webpackChunkName: "office" */ './session/excel-session')).ExcelSession(workbookName || strings(locale).currentWorkbook, locale)
    : undefined;
  root.render(
    <FluentProvider theme={webLightTheme}>
      {session ? (
        <App locale={locale} session={session} />
      ) : (
        <App
          locale={locale}
          openFile={async (file) => {
            const { FileSession } = await import(/* webpackChunkName: "file-session" */ './session/file-session');
            return new FileSession(file.name, new Uint8Array(await file.arrayBuffer()), locale);
          }}
        />
      )}
    </FluentProvider>,
  );
}

void main();
