import type { Locale } from "../core";
import { onRibbon, officeLocale, showPane } from "../hosts/office/runtime";
import { catalog } from "../i18n";
import { errorText } from "../taskpane/error-text";
import { postNotice } from "../taskpane/notices";
import type { Generated } from "../pipeline/analyze";

/**
 * Ribbon commands, in the shared runtime beside the task pane and the functions. 生成评分表 scores the
 * open workbook and adds the score sheet without opening the pane. Whatever stops it (no data, a
 * protected workbook, a failed write) is left as a notice and the pane opens to show it: a ribbon button
 * has no other place to speak.
 */
export interface RibbonDeps {
  locale: Locale;
  generate: (locale: Locale) => Promise<Generated>;
  showPane: () => Promise<void>;
}

export async function generateFromRibbon(
  event: { completed(): void },
  deps: RibbonDeps
): Promise<void> {
  const t = catalog(deps.locale).pane;
  try {
    const generated = await deps.generate(deps.locale);
    if (generated.noInputs) {
      postNotice({
        intent: "warning",
        text: `${generated.noInputs.summary}${generated.noInputs.hint}`,
      });
      await deps.showPane();
    } else postNotice({ intent: "success", text: t.generated(generated.plan.name) });
  } catch (e) {
    const sheetError = (e as { name?: string }).name === "SheetWriteError";
    postNotice({
      intent: "error",
      text: sheetError
        ? errorText(e, deps.locale)
        : t.ribbonFailed(e instanceof Error ? e.message : String(e)),
    });
    await deps.showPane().catch(() => undefined);
  } finally {
    event.completed();
  }
}

onRibbon("generateScoreSheet", (event) =>
  generateFromRibbon(event, {
    locale: officeLocale(),
    generate: async (locale) =>
      (await import(/* webpackChunkName: "office" */ "../hosts/office/excel")).generateScoreSheet({
        mode: "live",
        locale,
      }),
    showPane,
  })
);
