import { lazy, Suspense, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  DocumentTableRegular,
  DocumentTextRegular,
} from "@fluentui/react-icons";
import {
  gradeRank,
  renderFinding,
  text,
  type Finding,
  type Locale,
  type InputsFile,
  type ScoreResult,
} from "../../core";
import type { Analysis, Generated } from "../../pipeline/analyze";
import { FILE_MODES, FORMULA_MODES, type FormulaMode } from "../../pipeline/sheets/score-sheet";
import { catalog } from "../../i18n";
import { findingRow, indicatorLines, levelBars } from "../model";
import type { WorkbookSession } from "../session/types";
import { useAction } from "./use-action";
import { DOCX_TYPE, downloadFile, XLSM_TYPE, XLSX_TYPE } from "../download";
import { settleFirst } from "../../report/checks";

const ScoreChart = lazy(() => import("./ScoreChart"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  total: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  number: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  findings: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  chart: { minHeight: "220px" },
  settle: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  indicator: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  cells: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export function GenerateStep({
  locale,
  session,
  analysis,
  preview,
  previewInputs,
  unsaved,
  blocked,
  save,
  onGenerated,
  onDownloaded,
}: {
  locale: Locale;
  session: WorkbookSession;
  analysis: Analysis;
  /** The score as the form stands (with unsaved changes, if any). */
  preview: ScoreResult;
  /** The inputs `preview` was scored from: the report's figures. */
  previewInputs: InputsFile;
  unsaved: boolean;
  /** The form has values that cannot be saved. */
  blocked: boolean;
  save: () => Promise<boolean>;
  onGenerated: () => void;
  onDownloaded: () => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const [mode, setMode] = useState<FormulaMode>(session.kind === "excel" ? "live" : "portable");
  const [generated, setGenerated] = useState<Generated>();
  const action = useAction(locale);
  const lines = indicatorLines(analysis, preview, locale);
  const nothing = !!analysis.noInputs && !unsaved;

  const generate = async () => {
    if (unsaved && !(await save())) return;
    await action.run(async () => {
      setGenerated(undefined);
      const g = await session.generate(mode);
      if (g.noInputs) return { intent: "warning", text: t.noInputsGenerate };
      setGenerated(g);
      onGenerated();
      return t.generated(g.plan.name);
    });
  };
  const download = () => {
    const file = session.scoredFile?.();
    if (!file) return;
    downloadFile(file.name, file.bytes, /\.xlsm$/i.test(file.name) ? XLSM_TYPE : XLSX_TYPE);
    onDownloaded();
  };
  const report = useAction(locale);
  // The draft is made from the score as the pane shows it; the Word writer loads only when asked for.
  const writeReport = () =>
    report.run(async () => {
      const [{ draftReport }, { reportDocx }, { reportWords }] = await Promise.all([
        import("../../report/draft"),
        import("../../report/docx"),
        import("../../i18n/report-words"),
      ]);
      const draft = draftReport(preview, previewInputs, analysis.framework, locale);
      const stem = session.title.replace(/\.[^.]+$/, "") || String(preview.unit ?? "");
      const name = reportWords(locale).fileName(stem);
      downloadFile(name, await reportDocx(draft), DOCX_TYPE);
      return reportWords(locale).written(name, draft.prompts);
    });
  // Conflicts and gaps the clerk settles before drafting: listed here, never written into the report.
  const settle = settleFirst(preview, analysis.framework, locale);
  const result = generated?.result;
  const unscored = result
    ? result.indicators.filter((i) => i.score === null && !i.omitted).length
    : 0;
  const framework = analysis.framework;
  const gradeLabel = (grade: string | null) => {
    const g = framework.grades.find((x) => Object.values(x.grade).includes(grade ?? ""));
    return g ? text(g.grade, locale) : t.noGrade;
  };
  const unitFindings = result?.findings.filter((f) => f.kind !== "framework") ?? [];
  const frameworkNotes = result?.findings.filter((f) => f.kind === "framework") ?? [];
  const findingItem = (f: Finding, i: number) => {
    const row = findingRow(f, generated!.plan.anchors);
    return (
      <li key={i}>
        <Body1>{renderFinding(f, framework, locale)}</Body1>{" "}
        {row !== undefined && session.select && (
          <Link as="button" onClick={() => session.select!(generated!.plan.name, row)}>
            {t.goToRow(row)}
          </Link>
        )}
        {row !== undefined && !session.select && <Caption1>{t.rowNote(row)}</Caption1>}
      </li>
    );
  };

  return (
    <section className={styles.root} aria-label={t.steps.generate}>
      <Caption1 data-testid="preview">
        {t.preview(String(preview.total), gradeLabel(preview.grade))}
        {unsaved ? ` ${t.previewUnsaved}` : ""}
      </Caption1>
      {nothing && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t.noInputsGenerate}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t.mode}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as FormulaMode)}>
          {(session.kind === "excel" ? FORMULA_MODES : FILE_MODES).map((m) => (
            <Radio key={m} value={m} label={t.modes[m]} />
          ))}
        </RadioGroup>
      </Field>
      <Button
        appearance="primary"
        size="large"
        icon={<DocumentTableRegular />}
        disabled={action.busy || nothing || blocked}
        onClick={() => void generate()}
      >
        {unsaved ? t.saveAndGenerate : t.generate}
      </Button>
      {action.busy && <ProgressBar aria-label={t.generating} />}
      {action.busy && <Caption1 aria-live="polite">{t.generating}</Caption1>}
      {action.message}
      <Button
        icon={<DocumentTextRegular />}
        disabled={report.busy || nothing || blocked}
        onClick={() => void writeReport()}
        data-testid="report"
      >
        {t.report}
      </Button>
      <Caption1>{t.reportNote}</Caption1>
      {settle.conflicts.length + settle.gaps.length > 0 && (
        <div data-testid="settle-first">
          <Body1>{t.settleFirst(settle.conflicts.length + settle.gaps.length)}</Body1>
          <ol className={styles.settle}>
            {settle.conflicts.map((s, i) => (
              <li key={i}>
                <Caption1>{s}</Caption1>
              </li>
            ))}
            {settle.gaps.length > 0 && (
              <li>
                <Caption1>{t.settleGaps(settle.gaps.length)}</Caption1>
              </li>
            )}
          </ol>
        </div>
      )}
      {session.kind === "excel" && <Caption1>{t.reportInExcel}</Caption1>}
      {report.busy && <ProgressBar aria-label={t.reportWriting} />}
      {report.message}
      {result && generated && (
        <div className={styles.result} data-testid="result">
          <div className={styles.total}>
            <Text className={styles.number} data-testid="total">
              {result.total}
            </Text>
            <Body1>/ {result.max}</Body1>
            <Badge
              size="large"
              appearance="filled"
              color={
                gradeRank(result.grade, framework) === 0
                  ? "success"
                  : result.grade
                    ? "brand"
                    : "informative"
              }
              data-testid="grade"
            >
              {t.gradeIs(gradeLabel(result.grade))}
            </Badge>
          </div>
          {!result.complete && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{t.incomplete(unscored)}</MessageBarBody>
            </MessageBar>
          )}
          {session.kind === "file" && (
            <Button
              appearance="primary"
              icon={<ArrowDownloadRegular />}
              onClick={download}
              data-testid="download"
            >
              {t.download}
            </Button>
          )}
          <Subtitle2 as="h2">{t.chartTitle}</Subtitle2>
          <div className={styles.chart}>
            <Suspense fallback={<ProgressBar />}>
              <ScoreChart
                bars={levelBars(result, framework, locale)}
                label={(parts) => t.chartLabel(parts)}
              />
            </Suspense>
          </div>
          <Subtitle2 as="h2">{t.findings(unitFindings.length)}</Subtitle2>
          {unitFindings.length === 0 && <Body1>{t.noFindings}</Body1>}
          <ol className={styles.findings}>{unitFindings.map(findingItem)}</ol>
          {frameworkNotes.length > 0 && (
            <>
              <Subtitle2 as="h2">{t.frameworkNotes(frameworkNotes.length)}</Subtitle2>
              <Caption1>{t.frameworkNotesIntro}</Caption1>
              <ol className={styles.findings}>{frameworkNotes.map(findingItem)}</ol>
            </>
          )}
        </div>
      )}
      <Subtitle2 as="h2">{t.indicatorsTitle}</Subtitle2>
      <Accordion multiple collapsible data-testid="indicators">
        {lines.map((line) => (
          <AccordionItem key={line.id} value={line.id}>
            <AccordionHeader size="small">
              <span className={styles.indicator}>
                <span>{line.name}</span>
                <Badge
                  size="small"
                  appearance={line.score === line.points ? "tint" : "filled"}
                  color={
                    line.score === null
                      ? "informative"
                      : line.score === line.points
                        ? "success"
                        : "warning"
                  }
                  data-testid={`score-${line.id}`}
                >
                  {line.omitted
                    ? catalog(locale).sheets.score.notApplicable
                    : t.scoreOf(line.score === null ? "—" : String(line.score), line.points)}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <Body1>{line.explanation}</Body1>
              <Caption1>
                {line.computed === null
                  ? t.dataScoreMissing
                  : t.dataScore(String(line.computed), line.points)}
                {line.override ? ` · ${t.ownScoreMark}` : ""}
              </Caption1>
              <Caption1 className={styles.cells}>
                {line.cells.length ? t.dataFrom(line.cells) : t.noDataFound}
              </Caption1>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
