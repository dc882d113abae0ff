import { lazy, Suspense, useState } from 'react';
import {
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
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular } from '@fluentui/react-icons';
import type { Locale } from '../../core';
import type { Analysis, Generated } from '../../pipeline/analyze';
import { FILE_MODES, FORMULA_MODES, type FormulaMode } from '../../pipeline/sheets/score-sheet';
import { catalog } from '../../i18n';
import { findingRow, levelBars } from '../model';
import type { WorkbookSession } from '../session/types';
import { useAction } from './use-action';

const ScoreChart = lazy(() => import('./ScoreChart'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  total: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  number: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  findings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  chart: { minHeight: '220px' },
});

export function GenerateStep({ locale, session, analysis }: { locale: Locale; session: WorkbookSession; analysis: Analysis }) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const [mode, setMode] = useState<FormulaMode>(session.kind === 'excel' ? 'live' : 'portable');
  const [generated, setGenerated] = useState<Generated>();
  const action = useAction(locale);
  const preview = analysis.result;

  const generate = () =>
    action.run(async () => {
      setGenerated(undefined);
      const g = await session.generate(mode);
      if (g.noInputs) throw new Error(g.noInputs.split('\n')[0]);
      setGenerated(g);
      return t.generated(g.plan.name);
    });
  const download = () => {
    const file = session.scoredFile?.();
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const result = generated?.result;
  const unscored = result ? result.indicators.filter((i) => i.score === null).length : 0;

  return (
    <section className={styles.root} aria-label={t.steps.generate}>
      <Caption1>{t.preview(String(preview.total), preview.grade ?? t.noGrade)}</Caption1>
      <Field label={t.mode}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as FormulaMode)}>
          {(session.kind === 'excel' ? FORMULA_MODES : FILE_MODES).map((m) => (
            <Radio key={m} value={m} label={t.modes[m]} />
          ))}
        </RadioGroup>
      </Field>
      <Button appearance="primary" size="large" icon={<DocumentTableRegular />} disabled={action.busy} onClick={generate}>
        {t.generate}
      </Button>
      {action.busy && <ProgressBar aria-label={t.generating} />}
      {action.busy && <Caption1 aria-live="polite">{t.generating}</Caption1>}
      {action.message}
      {result && generated && (
        <div className={styles.result} data-testid="result">
          <div className={styles.total}>
            <Text className={styles.number} data-testid="total">{result.total}</Text>
            <Body1>/ {result.max}</Body1>
            <Badge size="large" appearance="filled" color={result.grade === '优' ? 'success' : result.grade ? 'brand' : 'informative'} data-testid="grade">
              {t.grade}：{result.grade ?? t.noGrade}
            </Badge>
          </div>
          {!result.complete && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.incomplete(unscored)}</MessageBarBody>
            </MessageBar>
          )}
          {session.kind === 'file' && (
            <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={download} data-testid="download">
              {t.download}
            </Button>
          )}
          <Subtitle2 as="h2">{t.chartTitle}</Subtitle2>
          <div className={styles.chart}>
            <Suspense fallback={<ProgressBar />}>
              <ScoreChart bars={levelBars(result)} label={t.chartTitle} />
            </Suspense>
          </div>
          <Subtitle2 as="h2">{t.findings(result.findings.length)}</Subtitle2>
          {result.findings.length === 0 && <Body1>{t.noFindings}</Body1>}
          <ol className={styles.findings}>
            {result.findings.map((f, i) => {
              const row = findingRow(f, generated.plan.anchors);
              return (
                <li key={i}>
                  <Body1>{f}</Body1>{' '}
                  {row !== undefined && session.select && (
                    <Link as="button" onClick={() => session.select!(generated.plan.name, row)}>
                      {t.goToRow(row)}
                    </Link>
                  )}
                  {row !== undefined && !session.select && <Caption1>（{t.goToRow(row)}）</Caption1>}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
