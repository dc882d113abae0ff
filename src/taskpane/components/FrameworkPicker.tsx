import { useRef, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { FRAMEWORKS, text, type Framework, type Locale } from "../../core";
import { catalog } from "../../i18n";
import type { WorkbookSession } from "../session/types";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  select: { minWidth: 0, width: "100%" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  hidden: { display: "none" },
});

/** How many problems of an imported file the pane lists; the rest are counted. */
const SHOWN = 12;

/**
 * Which framework the workbook is scored with, and changing it: a built-in, or a bureau's file (.xlsx
 * form or .json) imported and kept in the workbook, so that every later look at it uses the same one.
 */
export function FrameworkPicker({
  locale,
  session,
  framework,
  onChanged,
}: {
  locale: Locale;
  session: WorkbookSession;
  framework: Framework;
  onChanged: () => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<{ file: string; lines: string[] }>();
  const input = useRef<HTMLInputElement>(null);
  const action = useAction(locale);

  const use = (chosen: Framework) =>
    action.run(async () => {
      await session.setFramework(chosen);
      setOpen(false);
      return t.frameworkSaved(text(chosen.title, locale));
    }, onChanged);

  const importFile = async (file: File) => {
    setProblems(undefined);
    const { readFrameworkFile } = await import(
      /* webpackChunkName: "framework-file" */ "../../hosts/xlsx/framework-file"
    );
    let read;
    try {
      read = await readFrameworkFile(file.name, new Uint8Array(await file.arrayBuffer()), locale);
    } catch (e) {
      setProblems({ file: file.name, lines: [(e as Error).message] });
      return;
    }
    if (!read.ok) {
      setProblems({
        file: file.name,
        lines: read.problems.map((p) =>
          catalog(locale).frameworkFile.problemAt(p.where, p.message)
        ),
      });
      return;
    }
    await use(read.framework);
  };

  const builtIn = Object.values(FRAMEWORKS);
  return (
    <section className={styles.root} aria-label={t.frameworkTitle} data-testid="framework">
      <div className={styles.line}>
        <Caption1 className={styles.title}>{t.frameworkIs(text(framework.title, locale))}</Caption1>
        <Button size="small" appearance="subtle" onClick={() => setOpen((o) => !o)}>
          {t.changeFramework}
        </Button>
      </div>
      {open && (
        <div className={styles.panel}>
          <Field label={t.builtInFrameworks}>
            <Select
              className={styles.select}
              value={builtIn.some((f) => f.id === framework.id) ? framework.id : ""}
              onChange={(_, d) => d.value && void use(FRAMEWORKS[d.value])}
            >
              {!builtIn.some((f) => f.id === framework.id) && (
                <option value="">{text(framework.title, locale)}</option>
              )}
              {builtIn.map((f) => (
                <option key={f.id} value={f.id}>
                  {text(f.title, locale)}
                </option>
              ))}
            </Select>
          </Field>
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.json"
            aria-label={t.importFramework}
            data-testid="framework-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) void importFile(file);
            }}
          />
          <Button icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()}>
            {t.importFramework}
          </Button>
          <Caption1>{t.importFrameworkHint}</Caption1>
        </div>
      )}
      {problems && (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>
            {t.frameworkProblems(problems.file, problems.lines.length)}
            <ul className={styles.problems}>
              {problems.lines.slice(0, SHOWN).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {problems.lines.length > SHOWN && t.moreProblems(problems.lines.length - SHOWN)}
          </MessageBarBody>
        </MessageBar>
      )}
      {action.message}
    </section>
  );
}
