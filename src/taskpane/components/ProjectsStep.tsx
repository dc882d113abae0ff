import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Locale, SelfEvalJson } from "../../core";
import { catalog } from "../../i18n";
import { downloadFile, XLSM_TYPE, XLSX_TYPE } from "../download";
import type { WorkbookSession } from "../session/types";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  name: { overflowWrap: "anywhere" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The workbook's 绩效自评表, one per project: each rescored by its rules (score, grade, execution rate, the
 * rows the rules do not bear out), and a button that writes the rescored forms and their summary.
 */
export function ProjectsStep({
  locale,
  session,
  forms,
  onGenerated,
  onDownloaded,
}: {
  locale: Locale;
  session: WorkbookSession;
  forms: SelfEvalJson[];
  onGenerated: () => void;
  onDownloaded: () => void;
}) {
  const t = catalog(locale).pane.projects;
  const styles = useStyles();
  const action = useAction(locale);
  const [written, setWritten] = useState(false);

  const generate = () =>
    action.run(async () => {
      const done = await session.generateSelfEval();
      if (!done.sheets.length) return { intent: "warning", text: t.none };
      setWritten(true);
      onGenerated();
      return session.kind === "file" ? t.writtenFile(done.sheets) : t.written(done.sheets);
    });
  const download = () => {
    const file = session.scoredFile?.();
    if (!file) return;
    downloadFile(file.name, file.bytes, /\.xlsm$/i.test(file.name) ? XLSM_TYPE : XLSX_TYPE);
    onDownloaded();
  };

  return (
    <section className={styles.root} data-testid="projects">
      <Body1>{t.intro(forms.length)}</Body1>
      <Accordion multiple collapsible>
        {forms.map((form, i) => {
          const problems = [
            ...form.execution.errors,
            ...(form.execution.missing.length
              ? [t.missing(form.execution.missing.join("、"))]
              : []),
            ...form.rows.flatMap((r) => [
              ...r.errors.map((e) => `${r.name}：${e}`),
              ...(r.missing.length ? [`${r.name}：${t.missing(r.missing.join("、"))}`] : []),
            ]),
            ...form.findings.map((f) => f.message),
          ];
          return (
            <AccordionItem key={i} value={i}>
              <AccordionHeader size="small">
                <span className={styles.header}>
                  <span className={styles.name}>{form.name}</span>
                  <Caption1>
                    {form.total === null
                      ? t.noScore
                      : t.score(String(form.total), form.grade ?? "")}
                  </Caption1>
                  {problems.length > 0 && (
                    <Badge appearance="tint" color="warning">
                      {t.findings(problems.length)}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <Caption1 className={styles.muted}>{t.rules(form.formTitle)}</Caption1>
                {form.execution.ratePercent !== null && (
                  <Caption1>{t.rate(`${form.execution.ratePercent.toFixed(2)}%`)}</Caption1>
                )}
                {form.printedTotal !== null && form.total !== null && (
                  <Caption1>{t.printed(String(form.printedTotal), String(form.total))}</Caption1>
                )}
                {problems.length ? (
                  <ul className={styles.list}>
                    {problems.map((p, n) => (
                      <li key={n}>
                        <Caption1>{p}</Caption1>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Caption1>{t.noFindings}</Caption1>
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<DocumentTableRegular />}
          disabled={action.busy}
          onClick={() => void generate()}
          data-testid="generate-forms"
        >
          {t.generate}
        </Button>
        {written && session.kind === "file" && session.scoredFile?.() && (
          <Button icon={<ArrowDownloadRegular />} onClick={download} data-testid="download-forms">
            {catalog(locale).pane.download}
          </Button>
        )}
      </div>
      {action.message}
    </section>
  );
}
