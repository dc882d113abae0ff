import { useEffect, useMemo, useRef } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  Link,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import {
  placedIndicators,
  text,
  unitText,
  type Framework,
  type KpiTableRule,
  type Localized,
  type Locale,
  type ScoreResult,
} from "../../core";
import type { Analysis } from "../../pipeline/analyze";
import { catalog } from "../../i18n";
import {
  groupProgress,
  judgementGroups,
  KPI_CAPACITY,
  type JudgementForm,
  type JudgementItem,
  type KpiDraft,
  type OverrideDraft,
} from "../model";
import type { WorkbookSession } from "../session/types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  /** Fields side by side where they fit, one under another in a narrow pane. */
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(112px, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
  /** A control that takes its cell's width, however long its longest option. */
  fill: { minWidth: 0, width: "100%", maxWidth: "100%" },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  clear: { alignSelf: "flex-start" },
});

/** The answers as the template keeps them; the pane shows them in the user's language. */
const { yes: YES, no: NO } = catalog("zh-CN").sheets.answers;

function kpiAspects(framework: Framework): Localized[] {
  const rule = placedIndicators(framework).find((p) => p.indicator.rule.kind === "kpiTable")
    ?.indicator.rule as KpiTableRule | undefined;
  return rule?.aspects ?? [];
}

export function JudgementStep({
  locale,
  session,
  analysis,
  form,
  errors,
  preview,
  onForm,
  focus,
}: {
  locale: Locale;
  session: WorkbookSession;
  analysis: Analysis;
  form: JudgementForm;
  /** An item to open and focus (去填写 in step 1). */
  focus?: string;
  errors: Record<string, string>;
  /** The score as the form stands, for the data's score beside each own-score field. */
  preview: ScoreResult;
  onForm: (form: JudgementForm) => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const groups = useMemo(
    () => judgementGroups(analysis.framework, locale),
    [analysis.framework, locale]
  );
  const aspects = useMemo(() => kpiAspects(analysis.framework), [analysis.framework]);
  const placed = useMemo(() => placedIndicators(analysis.framework), [analysis.framework]);
  const { draft, kpis, overrides } = form;
  const partial = form.partial ?? [];

  const set = (key: string, value: string, isPartial: boolean) =>
    onForm({
      ...form,
      draft: { ...draft, [key]: value },
      partial: isPartial ? [...new Set([...partial, key])] : partial.filter((k) => k !== key),
    });
  const setKpis = (next: KpiDraft[]) => onForm({ ...form, kpis: next });
  const setKpi = (i: number, field: keyof KpiDraft, value: string) =>
    setKpis(kpis.map((k, j) => (j === i ? { ...k, [field]: value } : k)));
  const setOverride = (id: string, o: OverrideDraft) =>
    onForm({ ...form, overrides: { ...overrides, [id]: o } });
  const focusGroup = focus && groups.find((g) => g.items.some((i) => i.key === focus))?.id;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focus) return;
    // Focusing scrolls the item into view.
    section.current?.querySelector<HTMLElement>(`[data-item="${focus}"] input`)?.focus();
  }, [focus]);

  return (
    <section className={styles.root} aria-label={t.steps.judge} ref={section}>
      <Body1>{session.kind === "file" ? t.judgementsIntroFile : t.judgementsIntro}</Body1>
      <Accordion multiple collapsible defaultOpenItems={[focusGroup || groups[0]?.id]}>
        {groups.map((g) => {
          const open = groupProgress(g, draft);
          return (
            <AccordionItem key={g.id} value={g.id}>
              <AccordionHeader size="small">
                <span className={styles.header}>
                  <span>{g.name}</span>
                  <Caption1 className={styles.meta}>{t.pointsOf(g.points)}</Caption1>
                  <Badge
                    size="small"
                    appearance="tint"
                    color={open ? "warning" : "success"}
                    data-testid={`progress-${g.id}`}
                  >
                    {open ? t.unanswered(open) : t.allAnswered}
                  </Badge>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                {g.items.map((item) => (
                  <ItemField
                    key={item.key}
                    item={item}
                    value={draft[item.key] ?? ""}
                    partial={partial.includes(item.key)}
                    error={errors[item.key]}
                    locale={locale}
                    onChange={(v, isPartial) => set(item.key, v, isPartial)}
                  />
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
        <AccordionItem value="kpis">
          <AccordionHeader size="small">{t.kpiTitle}</AccordionHeader>
          <AccordionPanel>
            <Caption1>{t.kpiIntro}</Caption1>
            {kpis.map((k, i) => (
              <Card key={i} className={styles.card} size="small" data-testid={`kpi-${i}`}>
                <div className={styles.pair}>
                  <Field label={t.kpiFields.aspect}>
                    <Select
                      className={styles.fill}
                      value={k.aspect}
                      onChange={(_, d) => setKpi(i, "aspect", d.value)}
                    >
                      {aspects.map((a) => (
                        <option key={a["zh-CN"]} value={a["zh-CN"]}>
                          {text(a, locale)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={t.kpiFields.direction}>
                    <Select
                      className={styles.fill}
                      value={k.direction}
                      onChange={(_, d) => setKpi(i, "direction", d.value)}
                    >
                      {[">=", "<="].map((dir) => (
                        <option key={dir} value={dir}>
                          {t.directions[dir]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <Field label={t.kpiFields.name}>
                  <Input
                    className={styles.fill}
                    value={k.name}
                    onChange={(_, d) => setKpi(i, "name", d.value)}
                  />
                </Field>
                <div className={styles.pair}>
                  {(["target", "actual", "weight"] as const).map((f) => (
                    <Field
                      key={f}
                      label={t.kpiFields[f]}
                      validationMessage={errors[`kpi:${i}:${f}`]}
                    >
                      <Input
                        className={styles.fill}
                        inputMode="decimal"
                        value={k[f]}
                        placeholder={f === "weight" ? "1" : undefined}
                        onChange={(_, d) => setKpi(i, f, d.value)}
                      />
                    </Field>
                  ))}
                </div>
                <Caption1 className={styles.meta}>{t.kpiNumbersHint}</Caption1>
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  onClick={() => setKpis(kpis.filter((_, j) => j !== i))}
                >
                  {t.removeKpi}
                </Button>
              </Card>
            ))}
            <Button
              icon={<AddRegular />}
              disabled={kpis.length >= KPI_CAPACITY}
              title={kpis.length >= KPI_CAPACITY ? t.kpiFull(KPI_CAPACITY) : undefined}
              onClick={() =>
                setKpis([
                  ...kpis,
                  {
                    aspect: aspects[0]?.["zh-CN"] ?? "",
                    name: "",
                    target: "",
                    actual: "",
                    direction: ">=",
                    weight: "",
                  },
                ])
              }
            >
              {t.addKpi}
            </Button>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="overrides">
          <AccordionHeader size="small">{t.overridesTitle}</AccordionHeader>
          <AccordionPanel>
            <Caption1>{t.overridesIntro}</Caption1>
            {placed.map(({ indicator }, n) => {
              const o = overrides[indicator.id];
              if (!o) return null;
              const computed = preview.indicators[n]?.computed ?? null;
              return (
                <div key={indicator.id} className={styles.item}>
                  <Field
                    label={t.overrideScore(text(indicator.name, locale), indicator.points)}
                    hint={
                      computed === null
                        ? t.dataScoreMissing
                        : t.dataScore(String(computed), indicator.points)
                    }
                    validationMessage={errors[`override:${indicator.id}`]}
                  >
                    <Input
                      inputMode="decimal"
                      value={o.score}
                      onChange={(_, d) => setOverride(indicator.id, { ...o, score: d.value })}
                    />
                  </Field>
                  {o.score.trim() !== "" && (
                    <Field
                      label={t.reason}
                      required
                      validationMessage={errors[`reason:${indicator.id}`]}
                    >
                      <Textarea
                        value={o.reason}
                        onChange={(_, d) => setOverride(indicator.id, { ...o, reason: d.value })}
                      />
                    </Field>
                  )}
                </div>
              );
            })}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}

function ItemField({
  item,
  value,
  partial,
  error,
  locale,
  onChange,
}: {
  item: JudgementItem;
  value: string;
  partial: boolean;
  error?: string;
  locale: Locale;
  onChange: (value: string, partial: boolean) => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const { def } = item;
  const clear =
    value !== "" || partial ? (
      <Link as="button" className={styles.clear} onClick={() => onChange("", false)}>
        {t.clearAnswer}
      </Link>
    ) : null;
  if (def.type === "judgement" || def.type === "flag") {
    const isPartial = partial || (value !== "" && value !== YES && value !== NO);
    const choice = isPartial ? "partial" : value;
    return (
      <div className={styles.item} data-item={item.key}>
        <Field label={item.label} validationMessage={isPartial ? undefined : error}>
          <RadioGroup
            layout="horizontal"
            value={choice}
            onChange={(_, d) =>
              d.value === "partial" ? onChange("", true) : onChange(d.value, false)
            }
          >
            <Radio value={YES} label={t.yes} />
            <Radio value={NO} label={t.no} />
            {def.type === "judgement" && <Radio value="partial" label={t.partial} />}
          </RadioGroup>
        </Field>
        {def.type === "judgement" && isPartial && (
          <Field label={t.partialPoints(String(item.points ?? 1))} validationMessage={error}>
            <Input inputMode="decimal" value={value} onChange={(_, d) => onChange(d.value, true)} />
          </Field>
        )}
        {clear}
      </div>
    );
  }
  if (def.type === "choice") {
    return (
      <div className={styles.item} data-item={item.key}>
        <Field label={item.label} validationMessage={error}>
          <RadioGroup
            layout="horizontal"
            value={value}
            onChange={(_, d) => onChange(d.value, false)}
          >
            {(def.options ?? []).map((o) => (
              <Radio key={o["zh-CN"]} value={o["zh-CN"]} label={text(o, locale)} />
            ))}
          </RadioGroup>
        </Field>
        {clear}
      </div>
    );
  }
  const unit = unitText(def, locale);
  return (
    <Field
      className={styles.item}
      data-item={item.key}
      label={item.label}
      validationMessage={error}
      hint={def.type === "score" && item.points ? `0–${item.points}` : undefined}
    >
      <Input
        inputMode="decimal"
        value={value}
        contentAfter={unit ? <Caption1>{unit}</Caption1> : undefined}
        onChange={(_, d) => onChange(d.value, false)}
      />
    </Field>
  );
}
