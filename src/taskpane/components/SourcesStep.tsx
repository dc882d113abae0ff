import { useMemo, useState } from "react";
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
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { LinkRegular, TableAddRegular } from "@fluentui/react-icons";
import {
  inputDef,
  readEntry,
  text,
  unitText,
  type InputsFile,
  type Locale,
  type ScoreResult,
} from "../../core";
import type { Analysis } from "../../pipeline/analyze";
import { catalog } from "../../i18n";
import type { Located } from "../../pipeline/locate/located";
import { cellsText, cellText, valueText } from "../../pipeline/locate/where";
import { readingFigure } from "../../pipeline/normalize";
import {
  adopt,
  askChoices,
  backToScan,
  changed,
  figureDisplay,
  inputRows,
  pointsByKey,
  typed,
  undo,
  type InputRow,
  type JudgementForm,
} from "../model";
import type { WorkbookSession } from "../session/types";
import { UnitAndYear } from "./UnitAndYear";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  missing: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  candidates: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  candidate: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

export function SourcesStep({
  locale,
  session,
  analysis,
  form,
  saved,
  preview,
  errors,
  onForm,
  onJudge,
  onChanged,
}: {
  locale: Locale;
  session: WorkbookSession;
  analysis: Analysis;
  form: JudgementForm;
  saved: JudgementForm;
  /** The score as the form stands, and its inputs: an input its indicator no longer needs is not shown as missing. */
  preview: { result: ScoreResult; file: InputsFile };
  errors: Record<string, string>;
  onForm: (change: (form: JudgementForm) => JudgementForm) => void;
  /** Opens step 2 at this item. */
  onJudge: (key: string) => void;
  onChanged: () => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const [missingOnly, setMissingOnly] = useState(false);
  const groups = useMemo(
    () => inputRows(analysis, form, saved, preview, locale),
    [analysis, form, saved, preview, locale]
  );
  const points = useMemo(() => pointsByKey(analysis.framework), [analysis.framework]);
  const all = groups
    .filter((g) => !g.report)
    .flatMap((g) => g.rows)
    .filter((r) => r.status !== "notNeeded");
  const found = all.filter((r) => r.status === "found" || r.status === "entered").length;
  const action = useAction(locale);

  const createTemplate = () =>
    action.run(async () => t.templateCreated(await session.createTemplate()), onChanged);
  const open = (r: InputRow) => r.status !== "found" && r.status !== "notNeeded";
  const shown = groups
    .map((g) => ({ ...g, rows: missingOnly ? g.rows.filter(open) : g.rows }))
    .filter((g) => g.rows.length || (g.note && !missingOnly));

  return (
    <section className={styles.root} aria-label={t.steps.sources}>
      <UnitAndYear
        locale={locale}
        analysis={analysis}
        form={form}
        errors={errors}
        onForm={onForm}
      />
      <div className={styles.summary}>
        <Text weight="semibold">{t.found(found, all.length)}</Text>
        {found < all.length && (
          <Badge appearance="tint" color="warning">
            {t.missingCount(all.length - found)}
          </Badge>
        )}
        <Switch
          label={t.showMissingOnly}
          checked={missingOnly}
          onChange={(_, d) => setMissingOnly(d.checked)}
        />
      </div>
      {analysis.noInputs && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t.noInputs}</MessageBarBody>
        </MessageBar>
      )}
      {session.kind === "file" && !analysis.noInputs && found < all.length && (
        <Caption1>{t.sourcesIntroFile}</Caption1>
      )}
      {session.kind === "excel" && !analysis.located.templateSheet && (
        <Button icon={<TableAddRegular />} onClick={createTemplate} disabled={action.busy}>
          {t.createTemplate}
        </Button>
      )}
      {action.message}
      <Accordion
        multiple
        collapsible
        defaultOpenItems={shown.filter((g) => !g.report && g.rows.some(open)).map((g) => g.id)}
      >
        {shown.map((g) => (
          <AccordionItem key={g.id} value={g.id}>
            <AccordionHeader size="small">
              {g.name}
              {!g.report && g.rows.some(open) && (
                <Badge
                  size="small"
                  appearance="tint"
                  color="warning"
                  style={{ marginLeft: tokens.spacingHorizontalS }}
                >
                  {g.rows.filter(open).length}
                </Badge>
              )}
            </AccordionHeader>
            <AccordionPanel>
              {g.note && <Caption1>{g.note}</Caption1>}
              {g.rows.map((row) => (
                <InputLine
                  key={row.key}
                  row={row}
                  locale={locale}
                  session={session}
                  value={form.draft[row.key]}
                  edited={changed(form, saved, row.key)}
                  max={points.get(row.key)}
                  error={errors[row.key]}
                  onType={(v) => onForm((f) => typed(f, row.key, v))}
                  onAdopt={(c) => onForm((f) => adopt(f, row.key, c))}
                  onUndo={() => onForm((f) => undo(f, saved, row.key))}
                  onBackToScan={() => onForm((f) => backToScan(f, analysis, row.key))}
                  onJudge={onJudge}
                  onChanged={onChanged}
                />
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

function InputLine({
  row,
  locale,
  session,
  value,
  edited,
  max,
  error,
  onType,
  onAdopt,
  onUndo,
  onBackToScan,
  onJudge,
  onChanged,
}: {
  row: InputRow;
  locale: Locale;
  session: WorkbookSession;
  /** The form's value; undefined where the pane cannot write it (a defined name supplies it). */
  value: string | undefined;
  /** The field or its adoption differs from what was saved. */
  edited: boolean;
  max?: number;
  error?: string;
  onType: (value: string) => void;
  onAdopt: (candidate: Located) => void;
  onUndo: () => void;
  onBackToScan: () => void;
  /** Opens step 2 at this item. */
  onJudge: (key: string) => void;
  onChanged: () => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const action = useAction(locale);
  const def = inputDef(row.key)!;
  const [editing, setEditing] = useState(false);
  const l = row.located;
  const badge = {
    found: undefined,
    notNeeded: undefined,
    entered: (
      <Badge appearance="tint" color="brand">
        {t.entered}
      </Badge>
    ),
    ambiguous: (
      <Badge appearance="filled" color="warning">
        {t.ambiguous}
      </Badge>
    ),
    doubt: (
      <Badge appearance="filled" color="warning">
        {t.doubt}
      </Badge>
    ),
    missing: (
      <Badge appearance="filled" color="danger">
        {t.missing}
      </Badge>
    ),
    problem: (
      <Badge appearance="filled" color="danger">
        {t.missing}
      </Badge>
    ),
  }[row.status];
  const source =
    row.adoption ??
    (l && row.status === "found"
      ? `${t.sourceKinds[l.source]} · ${cellsText(l)}${l.source === "label" ? ` · ${t.confidence(l.confidence)}` : ""}`
      : "");
  const writable = value !== undefined && !def.decided;
  const gap = row.status !== "found" && row.status !== "notNeeded";
  const open = writable && (editing || gap || !!error);
  const unit = unitText(def, locale);
  const ask = value !== undefined ? readEntry(def, value, max) : undefined;
  return (
    <div
      className={`${styles.row} ${gap && row.status !== "entered" ? styles.missing : ""}`}
      data-testid={`input-${row.key}`}
    >
      <div className={styles.line}>
        <Body1 id={`label-${row.key}`}>{row.label}</Body1>
        {badge}
      </div>
      {row.value && (
        <Text weight="semibold" data-testid={`value-${row.key}`}>
          {row.status === "entered" ? t.willSave(row.value) : row.value}
        </Text>
      )}
      {source && <Caption1 className={styles.source}>{source}</Caption1>}
      {row.why && <Caption1 className={styles.source}>{row.why}</Caption1>}
      {row.status === "notNeeded" && (
        <Caption1 className={styles.source}>{t.notNeededNote}</Caption1>
      )}
      {open && (
        <Field
          validationMessage={error}
          hint={def.source ? t.expectedAt(text(def.source, locale)) : undefined}
        >
          <Input
            aria-labelledby={`label-${row.key}`}
            inputMode={def.type === "choice" ? "text" : "decimal"}
            value={value}
            placeholder={row.status === "found" ? row.value : undefined}
            contentAfter={unit ? <Caption1>{unit}</Caption1> : undefined}
            onChange={(_, d) => onType(d.value)}
          />
        </Field>
      )}
      {ask?.kind === "ask" && (
        <div className={styles.actions} data-testid={`ask-${row.key}`}>
          {askChoices(row.key, ask.choices).map((choice) => (
            <Button key={choice} size="small" onClick={() => onType(choice)}>
              {choice}
            </Button>
          ))}
        </div>
      )}
      {def.decided && gap && (
        <Caption1>
          {t.decidedInStep2}{" "}
          <Link as="button" onClick={() => onJudge(row.key)}>
            {t.goToStep2}
          </Link>
        </Caption1>
      )}
      {value === undefined && l?.name && <Caption1>{t.fromName(l.name)}</Caption1>}
      {row.candidates.length > 0 && writable && (
        <div className={styles.candidates} data-testid={`candidates-${row.key}`}>
          <Caption1>
            {row.status === "ambiguous"
              ? t.candidatesIntro
              : row.status === "doubt"
                ? t.doubtIntro
                : t.weakIntro}
          </Caption1>
          {row.candidates.map((c) => (
            <div key={cellText(c)} className={styles.candidate}>
              <Caption1 className={styles.source}>
                {t.candidate(
                  cellText(c),
                  candidateValue(row.key, c, locale),
                  c.labels?.join(" / ") ?? ""
                )}
              </Caption1>
              <Button
                size="small"
                onClick={() => {
                  onAdopt(c);
                  action.say(t.adopted(cellText(c), candidateValue(row.key, c, locale)));
                }}
              >
                {t.adopt}
              </Button>
            </div>
          ))}
        </div>
      )}
      <div className={styles.actions}>
        {writable && !open && (
          <Link as="button" onClick={() => setEditing(true)}>
            {t.change}
          </Link>
        )}
        {edited && (
          <Link as="button" onClick={onUndo}>
            {t.undo}
          </Link>
        )}
        {!edited && row.restorable && (
          <Link as="button" onClick={onBackToScan} title={t.backToScanHint}>
            {t.backToScan}
          </Link>
        )}
        {session.kind === "excel" && l && session.select && (
          <Link
            as="button"
            onClick={() =>
              action.run(async () => void (await session.select!(l.sheet, l.row, l.col)))
            }
          >
            {t.select}
          </Link>
        )}
        {session.kind === "excel" && session.bindSelection && (
          <Button
            size="small"
            appearance="subtle"
            icon={<LinkRegular />}
            disabled={action.busy}
            onClick={() =>
              action.run(
                async () => t.bound(row.label, await session.bindSelection!(row.key)),
                onChanged
              )
            }
          >
            {t.bind}
          </Button>
        )}
      </div>
      {action.message}
    </div>
  );
}

/** A candidate's figure as it would count: 4,633.20 万元 from a table kept in 元, 35 人 read in a sentence. */
function candidateValue(key: string, c: Located, locale: Locale): string {
  return figureDisplay(key, readingFigure(c), locale) || valueText(c.value, locale);
}
