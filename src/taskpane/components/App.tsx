import { useCallback, useEffect, useState } from "react";
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Locale } from "../../core";
import type { Analysis } from "../../pipeline/analyze";
import { catalog } from "../../i18n";
import { postNotice, watchNotices, type Notice } from "../notices";
import type { WorkbookSession } from "../session/types";
import { FilePicker } from "./FilePicker";
import { GenerateStep } from "./GenerateStep";
import { JudgementStep } from "./JudgementStep";
import { SourcesStep } from "./SourcesStep";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  workbook: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export type Step = "sources" | "judge" | "generate";

export interface AppProps {
  locale: Locale;
  /** Inside Excel the session exists from the start; in a browser the user opens a file first. */
  session?: WorkbookSession;
  openFile?: (file: File) => Promise<WorkbookSession>;
}

export function App({ locale, session: initial, openFile }: AppProps) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const [session, setSession] = useState<WorkbookSession | undefined>(initial);
  const [analysis, setAnalysis] = useState<Analysis>();
  const [step, setStep] = useState<Step>("sources");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const refresh = useCallback(
    async (s: WorkbookSession) => {
      setBusy(true);
      setError(undefined);
      try {
        setAnalysis(await s.analyze());
      } catch (e) {
        setError(t.readFailed((e as Error).message));
      } finally {
        setBusy(false);
      }
    },
    [t]
  );

  useEffect(() => {
    if (session) void refresh(session);
  }, [session, refresh]);
  // Inside Excel the page outlives the pane: shown again, it reads the workbook again.
  useEffect(() => session?.watch?.(() => void refresh(session)), [session, refresh]);
  const [notice, setNotice] = useState<Notice>();
  useEffect(() => watchNotices(setNotice), []);

  const choose = async (file: File) => {
    if (!openFile) return;
    setError(undefined);
    setAnalysis(undefined);
    try {
      setSession(await openFile(file));
      setStep("sources");
    } catch (e) {
      setError(t.readFailed((e as Error).message));
    }
  };

  return (
    <main className={styles.root} lang={locale}>
      <header className={styles.header}>
        <Subtitle2 as="h1">{t.appTitle}</Subtitle2>
        {session && <Body1 className={styles.workbook}>{session.title}</Body1>}
      </header>

      {!session && openFile && <FilePicker locale={locale} onFile={choose} />}
      {session?.kind === "file" && openFile && (
        <FilePicker locale={locale} onFile={choose} compact />
      )}

      {notice && (
        <MessageBar
          intent={notice.intent}
          role={notice.intent === "error" ? "alert" : "status"}
          data-testid="notice"
        >
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t.dismiss}
                icon={<DismissRegular />}
                onClick={() => postNotice(undefined)}
              />
            }
          />
        </MessageBar>
      )}

      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}

      {session && (
        <>
          <TabList
            className={styles.tabs}
            selectedValue={step}
            onTabSelect={(_, d) => setStep(d.value as Step)}
            aria-label={t.appTitle}
          >
            <Tab value="sources">{t.stepLabel(1, t.steps.sources)}</Tab>
            <Tab value="judge">{t.stepLabel(2, t.steps.judge)}</Tab>
            <Tab value="generate">{t.stepLabel(3, t.steps.generate)}</Tab>
          </TabList>
          <div aria-live="polite">
            {busy && !analysis && <Spinner size="small" label={t.loading} labelPosition="after" />}
          </div>
          {analysis && step === "sources" && (
            <SourcesStep
              locale={locale}
              session={session}
              analysis={analysis}
              onChanged={() => refresh(session)}
            />
          )}
          {analysis && step === "judge" && (
            <JudgementStep
              locale={locale}
              session={session}
              analysis={analysis}
              onChanged={() => refresh(session)}
            />
          )}
          {analysis && step === "generate" && (
            <GenerateStep locale={locale} session={session} analysis={analysis} />
          )}
          {!analysis && !busy && error && (
            <Button onClick={() => refresh(session)}>{t.retry}</Button>
          )}
        </>
      )}
    </main>
  );
}
