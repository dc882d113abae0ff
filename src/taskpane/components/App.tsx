import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Dialog,
  Link,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
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
import { inputLabel, type Locale } from "../../core";
import type { Analysis } from "../../pipeline/analyze";
import { catalog } from "../../i18n";
import { unreadableText } from "../../hosts/xlsx/unreadable";
import { errorText } from "../error-text";
import { changes, initialForm, previewScore, validate, type JudgementForm } from "../model";
import { postNotice, watchNotices, type Notice } from "../notices";
import type { WorkbookSession } from "../session/types";
import { FilePicker } from "./FilePicker";
import { FrameworkPicker } from "./FrameworkPicker";
import { GenerateStep } from "./GenerateStep";
import { JudgementStep } from "./JudgementStep";
import { SaveBar } from "./SaveBar";
import { ProjectsStep } from "./ProjectsStep";
import { SourcesStep } from "./SourcesStep";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    // No minimum: at 200 % zoom the 350 px pane is 175 CSS pixels, and the pane reflows into it.
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  workbook: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  // The step tabs wrap onto two lines rather than push the pane sideways when it is narrow.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
  message: { overflowWrap: "anywhere" },
  language: { alignSelf: "flex-start" },
});

export type Step = "sources" | "judge" | "generate" | "projects";

export interface AppProps {
  locale: Locale;
  /** Inside Excel the session exists from the start; in a browser the user opens a file first. */
  session?: WorkbookSession;
  openFile?: (file: File) => Promise<WorkbookSession>;
  /** Switches the pane's language (offered before a workbook is open: the workbook is read in one). */
  onLocale?: (locale: Locale) => void;
}

/**
 * The pane: three steps over one form. The form (every input, the KPI rows, the evaluator's own scores)
 * lives here, so switching steps keeps what the user typed; the preview scores it as it stands; saving
 * writes it into the workbook's data sheet.
 */
export function App({ locale, session: initial, openFile, onLocale }: AppProps) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const [session, setSession] = useState<WorkbookSession | undefined>(initial);
  const [analysis, setAnalysis] = useState<Analysis>();
  const [saved, setSaved] = useState<JudgementForm>();
  const [form, setForm] = useState<JudgementForm>();
  const [step, setStep] = useState<Step>("sources");
  /** The item 去填写 asked for: step 2 opens its group and puts the cursor on it. */
  const [focusItem, setFocusItem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // In a browser nothing reaches the user's disk until the scored workbook is downloaded.
  const [notDownloaded, setNotDownloaded] = useState(false);
  const saving = useAction(locale);

  /** Reads the workbook; the form follows it unless the user has changes the workbook does not hold yet. */
  const refresh = useCallback(
    async (s: WorkbookSession, reset = false) => {
      setBusy(true);
      setError(undefined);
      try {
        const a = await s.analyze();
        const base = initialForm(a);
        setAnalysis(a);
        // A workbook of 自评表 only opens on them: the framework's steps have nothing to show.
        if (reset && a.noInputs && a.selfEval) setStep("projects");
        setSaved((before) => {
          setForm((f) => (!reset && f && before && changes(f, before) > 0 ? f : base));
          return base;
        });
      } catch (e) {
        const why =
          unreadableText(e, s.title, locale) ??
          ((e as { name?: string }).name === "TimedOut"
            ? errorText(e, locale)
            : ((e as Error).message ?? String(e)));
        setError(t.readFailed(why));
      } finally {
        setBusy(false);
      }
    },
    [t, locale]
  );

  useEffect(() => {
    if (session) void refresh(session, true);
  }, [session, refresh]);
  // Inside Excel the page outlives the pane: shown again, it reads the workbook again.
  useEffect(() => session?.watch?.(() => void refresh(session)), [session, refresh]);
  const [notice, setNotice] = useState<Notice>();
  useEffect(() => watchNotices(setNotice), []);

  const dirty = form && saved ? changes(form, saved) : 0;
  const errors = useMemo(
    () => (form && analysis ? validate(form, analysis.framework, locale) : {}),
    [form, analysis, locale]
  );
  const preview = useMemo(
    () => analysis && previewScore(analysis, dirty ? form : undefined, locale),
    [analysis, form, dirty, locale]
  );

  useEffect(() => {
    if (session?.kind !== "file" || (!dirty && !notDownloaded)) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = t.leaveWarning;
      return t.leaveWarning;
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [session, dirty, notDownloaded, t]);

  /** Saves the form; resolves to whether it was saved. */
  const save = async (): Promise<boolean> => {
    if (!session || !form) return false;
    let ok = false;
    await saving.run(async () => {
      const done = await session.save(form);
      ok = true;
      if (session.kind === "file") setNotDownloaded(true);
      await refresh(session, true);
      const created = done.createdTemplate
        ? session.kind === "file"
          ? t.savedNewSheetFile(done.createdTemplate)
          : t.savedNewSheet(done.createdTemplate)
        : undefined;
      if (done.unplaced.length)
        return {
          intent: "warning",
          text: t.notPlaced(done.unplaced.map((k) => inputLabel(k, locale))),
        };
      return created ?? t.saved;
    });
    return ok;
  };

  /** A workbook chosen while this one has edits that would be lost: held until the user says so. */
  const [pending, setPending] = useState<File>();
  const choose = (file: File) => {
    if (session && (dirty > 0 || notDownloaded)) setPending(file);
    else void open(file);
  };

  const open = async (file: File) => {
    setPending(undefined);
    if (!openFile) return;
    setError(undefined);
    try {
      const opened = await openFile(file);
      setAnalysis(undefined);
      setSaved(undefined);
      setForm(undefined);
      setNotDownloaded(false);
      setSession(opened);
      setStep("sources");
    } catch (e) {
      const reason = unreadableText(e, file.name, locale) ?? errorText(e, locale);
      setError(
        [t.openFailed(file.name, reason), session ? t.keptPrevious(session.title) : ""]
          .filter(Boolean)
          .join(" ")
      );
    }
  };

  const onForm = (change: (f: JudgementForm) => JudgementForm) => setForm((f) => f && change(f));

  return (
    <main className={styles.root} lang={locale}>
      <header className={styles.header}>
        <Subtitle2 as="h1">{t.appTitle}</Subtitle2>
        {!session && onLocale && (
          <Link
            as="button"
            className={styles.language}
            lang={t.otherLocale}
            onClick={() => onLocale(t.otherLocale)}
          >
            {t.switchLanguage}
          </Link>
        )}
        {session && <Body1 className={styles.workbook}>{session.title}</Body1>}
        {session && analysis && (
          <FrameworkPicker
            locale={locale}
            session={session}
            framework={analysis.framework}
            onChanged={() => refresh(session, true)}
          />
        )}
      </header>

      {!session && openFile && <FilePicker locale={locale} onFile={choose} />}
      <Dialog
        open={!!pending}
        modalType="alert"
        onOpenChange={(_, d) => !d.open && setPending(undefined)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.switchTitle}</DialogTitle>
            <DialogContent>
              {[dirty > 0 ? t.switchUnsaved(dirty) : "", notDownloaded ? t.switchNotDownloaded : ""]
                .filter(Boolean)
                .join(" ")}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setPending(undefined)}>
                {t.switchCancel}
              </Button>
              <Button onClick={() => pending && void open(pending)}>{t.switchConfirm}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {session?.kind === "file" && openFile && (
        <FilePicker locale={locale} onFile={choose} compact />
      )}

      {notice && (
        <MessageBar
          layout="multiline"
          intent={notice.intent}
          role={notice.intent === "error" ? "alert" : "status"}
          data-testid="notice"
        >
          <MessageBarBody className={styles.message}>{notice.text}</MessageBarBody>
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
        <MessageBar layout="multiline" intent="error" role="alert" data-testid="error">
          <MessageBarBody className={styles.message}>{error}</MessageBarBody>
        </MessageBar>
      )}

      {session && (
        <>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={step}
            onTabSelect={(_, d) => {
              setFocusItem(undefined);
              setStep(d.value as Step);
            }}
            aria-label={t.appTitle}
          >
            <Tab value="sources">{t.stepLabel(1, t.steps.sources)}</Tab>
            <Tab value="judge">{t.stepLabel(2, t.steps.judge)}</Tab>
            <Tab value="generate">{t.stepLabel(3, t.steps.generate)}</Tab>
            {analysis?.selfEval && (
              <Tab value="projects">{t.projects.tab(analysis.selfEval.length)}</Tab>
            )}
          </TabList>
          <div aria-live="polite">
            {busy && !analysis && <Spinner size="small" label={t.loading} labelPosition="after" />}
          </div>
          {analysis && form && saved && preview && step === "sources" && (
            <SourcesStep
              locale={locale}
              session={session}
              analysis={analysis}
              form={form}
              saved={saved}
              preview={preview}
              errors={errors}
              onForm={onForm}
              onJudge={(key) => {
                setFocusItem(key);
                setStep("judge");
              }}
              onChanged={() => refresh(session)}
            />
          )}
          {analysis && form && preview && step === "judge" && (
            <JudgementStep
              locale={locale}
              focus={focusItem}
              session={session}
              analysis={analysis}
              form={form}
              errors={errors}
              preview={preview.result}
              onForm={(f) => setForm(f)}
            />
          )}
          {analysis && form && preview && step === "generate" && (
            <GenerateStep
              locale={locale}
              session={session}
              analysis={analysis}
              preview={preview.result}
              previewInputs={preview.file}
              unsaved={dirty > 0}
              blocked={Object.keys(errors).length > 0}
              save={save}
              onGenerated={() => session.kind === "file" && setNotDownloaded(true)}
              onDownloaded={() => setNotDownloaded(false)}
            />
          )}
          {analysis?.selfEval && step === "projects" && (
            <ProjectsStep
              locale={locale}
              session={session}
              forms={analysis.selfEval}
              onGenerated={() => {
                if (session.kind === "file") setNotDownloaded(true);
                void refresh(session);
              }}
              onDownloaded={() => setNotDownloaded(false)}
            />
          )}
          {analysis &&
            step !== "generate" &&
            step !== "projects" &&
            (dirty > 0 || saving.message) && (
              <SaveBar
                locale={locale}
                changes={dirty}
                problems={Object.keys(errors).length}
                busy={saving.busy}
                // “已保存” is stale once something changes again; a failure stays until the next save.
                message={dirty > 0 && saving.succeeded ? null : saving.message}
                onSave={() => void save()}
              />
            )}
          {!analysis && !busy && error && session.kind === "excel" && (
            <Button onClick={() => refresh(session, true)}>{t.retry}</Button>
          )}
        </>
      )}
    </main>
  );
}
