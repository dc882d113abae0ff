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
import { inputDef, text, unitText, type Locale } from "../../core";
import type { Analysis } from "../../pipeline/analyze";
import { catalog } from "../../i18n";
import { nameFor } from "../../pipeline/locate/names";
import { cellsText, cellText, valueText } from "../../pipeline/locate/where";
import { inputRows, type InputRow } from "../model";
import type { WorkbookSession } from "../session/types";
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
  draft,
  errors,
  onChange,
  onJudge,
  onChanged,
}: {
  locale: Locale;
  session: WorkbookSession;
  analysis: Analysis;
  draft: Record<string, string>;
  errors: Record<string, string>;
  onChange: (key: string, value: string) => void;
  onJudge: () => void;
  onChanged: () => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const [missingOnly, setMissingOnly] = useState(false);
  const groups = useMemo(() => inputRows(analysis, locale), [analysis, locale]);
  const all = groups.filter((g) => !g.report).flatMap((g) => g.rows);
  const found = all.filter((r) => r.status === "found").length;
  const action = useAction(locale);

  const createTemplate = () =>
    action.run(async () => t.templateCreated(await session.createTemplate()), onChanged);
  const shown = groups
    .map((g) => ({
      ...g,
      rows: missingOnly ? g.rows.filter((r) => r.status !== "found") : g.rows,
    }))
    .filter((g) => g.rows.length || (g.note && !missingOnly));

  return (
    <section className={styles.root} aria-label={t.steps.sources}>
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
        <MessageBar intent="warning">
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
        defaultOpenItems={shown
          .filter((g) => !g.report && g.rows.some((r) => r.status !== "found"))
          .map((g) => g.id)}
      >
        {shown.map((g) => (
          <AccordionItem key={g.id} value={g.id}>
            <AccordionHeader size="small">
              {g.name}
              {g.rows.some((r) => r.status !== "found") && (
                <Badge
                  size="small"
                  appearance="tint"
                  color="warning"
                  style={{ marginLeft: tokens.spacingHorizontalS }}
                >
                  {g.rows.filter((r) => r.status !== "found").length}
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
                  value={draft[row.key]}
                  error={errors[row.key]}
                  onChange={(v) => onChange(row.key, v)}
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
  error,
  onChange,
  onJudge,
  onChanged,
}: {
  row: InputRow;
  locale: Locale;
  session: WorkbookSession;
  /** The form's value; undefined where the pane cannot write it (a defined name supplies it). */
  value: string | undefined;
  error?: string;
  onChange: (value: string) => void;
  onJudge: () => void;
  onChanged: () => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const action = useAction(locale);
  const def = inputDef(row.key)!;
  const [editing, setEditing] = useState(false);
  const l = row.located;
  const badge =
    row.status === "found" ? undefined : row.status === "ambiguous" ? (
      <Badge appearance="filled" color="warning">
        {t.ambiguous}
      </Badge>
    ) : (
      <Badge appearance="filled" color="danger">
        {t.missing}
      </Badge>
    );
  const source =
    l && (row.status === "found" || row.status === "ambiguous")
      ? `${t.sourceKinds[l.source]} · ${cellsText(l)}${l.source === "label" ? ` · ${t.confidence(l.confidence)}` : ""}`
      : (l?.problem ?? "");
  const writable = value !== undefined && !def.decided;
  const open = writable && (editing || row.status !== "found" || !!error);
  const unit = unitText(def, locale);
  return (
    <div
      className={`${styles.row} ${row.status === "found" ? "" : styles.missing}`}
      data-testid={`input-${row.key}`}
    >
      <div className={styles.line}>
        <Body1 id={`label-${row.key}`}>{row.label}</Body1>
        {badge}
      </div>
      {row.value && <Text weight="semibold">{row.value}</Text>}
      {source && <Caption1 className={styles.source}>{source}</Caption1>}
      {open && (
        <Field
          validationMessage={error}
          hint={def.source ? t.expectedAt(text(def.source, locale)) : undefined}
        >
          <Input
            aria-labelledby={`label-${row.key}`}
            inputMode={def.type === "choice" ? "text" : "decimal"}
            value={value}
            placeholder={row.value || undefined}
            contentAfter={unit ? <Caption1>{unit}</Caption1> : undefined}
            onChange={(_, d) => onChange(d.value)}
          />
        </Field>
      )}
      {def.decided && row.status !== "found" && (
        <Caption1>
          {t.decidedInStep2}{" "}
          <Link as="button" onClick={onJudge}>
            {t.goToStep2}
          </Link>
        </Caption1>
      )}
      {value === undefined && l?.name && <Caption1>{t.fromName(l.name)}</Caption1>}
      {(row.status === "ambiguous" ||
        (row.status === "found" && l?.source === "label" && l.confidence < 0.7)) &&
        l && (
          <div className={styles.candidates} data-testid={`candidates-${row.key}`}>
            <Caption1>{row.status === "ambiguous" ? t.candidatesIntro : t.weakIntro}</Caption1>
            {(l.ambiguous ?? [l]).map((c) => (
              <div key={cellText(c)} className={styles.candidate}>
                <Caption1 className={styles.source}>
                  {t.candidate(
                    cellText(c),
                    valueText(c.value, locale),
                    c.labels?.join(" / ") ?? ""
                  )}
                </Caption1>
                <Button
                  size="small"
                  disabled={action.busy}
                  onClick={() =>
                    action.run(async () => {
                      await session.adopt(row.key, c);
                      return t.adopted(cellText(c), nameFor(row.key));
                    }, onChanged)
                  }
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
                async () => t.bound(row.key, await session.bindSelection!(row.key)),
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
