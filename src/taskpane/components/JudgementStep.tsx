import { useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular, SaveRegular, TableAddRegular } from "@fluentui/react-icons";
import {
  inputLabel,
  placedIndicators,
  text,
  type Framework,
  type KpiTableRule,
  type Localized,
  type Locale,
} from "../../core";
import type { Analysis } from "../../pipeline/analyze";
import { catalog } from "../../i18n";
import {
  initialDraft,
  initialKpis,
  initialOverrides,
  judgementGroups,
  KPI_CAPACITY,
  validate,
  type JudgementItem,
  type KpiDraft,
} from "../model";
import type { WorkbookSession } from "../session/types";
import { useAction } from "./use-action";

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
  pair: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    gap: tokens.spacingHorizontalS,
  },
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
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
  onChanged,
}: {
  locale: Locale;
  session: WorkbookSession;
  analysis: Analysis;
  onChanged: () => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const groups = useMemo(
    () => judgementGroups(analysis.framework, locale),
    [analysis.framework, locale]
  );
  const aspects = useMemo(() => kpiAspects(analysis.framework), [analysis.framework]);
  const names = useMemo(
    () =>
      new Map(
        placedIndicators(analysis.framework).map(({ indicator }) => [indicator.id, indicator])
      ),
    [analysis.framework]
  );
  const [draft, setDraft] = useState(() => initialDraft(analysis));
  const [kpis, setKpis] = useState(() => initialKpis(analysis));
  const [overrides, setOverrides] = useState(() => initialOverrides(analysis));
  const [dirty, setDirty] = useState(false);
  const action = useAction(locale);
  const errors = validate({ draft, overrides, kpis }, analysis.framework, locale);
  const invalid = Object.keys(errors).length > 0;

  if (!analysis.located.templateSheet) {
    return (
      <section className={styles.root} aria-label={t.steps.judge}>
        <MessageBar intent="info">
          <MessageBarBody>{t.templateNeeded}</MessageBarBody>
        </MessageBar>
        <Button
          appearance="primary"
          icon={<TableAddRegular />}
          disabled={action.busy}
          onClick={() =>
            action.run(async () => t.templateCreated(await session.createTemplate()), onChanged)
          }
        >
          {t.createTemplate}
        </Button>
        {action.message}
      </section>
    );
  }

  const set = (key: string, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty(true);
  };
  const setKpi = (i: number, field: keyof KpiDraft, value: string) => {
    setKpis((ks) => ks.map((k, j) => (j === i ? { ...k, [field]: value } : k)));
    setDirty(true);
  };
  const save = () =>
    action.run(async () => {
      const saved = await session.save({ draft, overrides, kpis });
      if (saved.missingTemplate) throw new Error(t.templateGone);
      setDirty(false);
      if (saved.unplaced.length)
        return {
          intent: "warning",
          text: t.notPlaced(saved.unplaced.map((k) => inputLabel(k, locale))),
        };
      return t.saved;
    }, onChanged);

  return (
    <section className={styles.root} aria-label={t.steps.judge}>
      <Body1>{t.judgementsIntro}</Body1>
      <Accordion multiple collapsible defaultOpenItems={[groups[0]?.name]}>
        {groups.map((g) => (
          <AccordionItem key={g.name} value={g.name}>
            <AccordionHeader size="small">{g.name}</AccordionHeader>
            <AccordionPanel>
              {g.items.map((item) => (
                <ItemField
                  key={item.key}
                  item={item}
                  value={draft[item.key] ?? ""}
                  error={errors[item.key]}
                  locale={locale}
                  onChange={(v) => set(item.key, v)}
                />
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
        <AccordionItem value="kpis">
          <AccordionHeader size="small">{t.kpiTitle}</AccordionHeader>
          <AccordionPanel>
            <Caption1>{t.kpiIntro}</Caption1>
            {kpis.map((k, i) => (
              <Card key={i} className={styles.card} size="small" data-testid={`kpi-${i}`}>
                <div className={styles.pair}>
                  <Field label={t.kpiFields.aspect}>
                    <Select value={k.aspect} onChange={(_, d) => setKpi(i, "aspect", d.value)}>
                      {aspects.map((a) => (
                        <option key={a["zh-CN"]} value={a["zh-CN"]}>
                          {text(a, locale)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={t.kpiFields.direction}>
                    <Select
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
                  <Input value={k.name} onChange={(_, d) => setKpi(i, "name", d.value)} />
                </Field>
                <div className={styles.pair}>
                  {(["target", "actual"] as const).map((f) => (
                    <Field
                      key={f}
                      label={t.kpiFields[f]}
                      validationMessage={errors[`kpi:${i}:${f}`]}
                    >
                      <Input
                        inputMode="decimal"
                        value={k[f]}
                        onChange={(_, d) => setKpi(i, f, d.value)}
                      />
                    </Field>
                  ))}
                </div>
                <div className={styles.pair}>
                  <Field label={t.kpiFields.weight} validationMessage={errors[`kpi:${i}:weight`]}>
                    <Input
                      inputMode="decimal"
                      value={k.weight}
                      placeholder="1"
                      onChange={(_, d) => setKpi(i, "weight", d.value)}
                    />
                  </Field>
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    onClick={() => (setKpis((ks) => ks.filter((_, j) => j !== i)), setDirty(true))}
                  >
                    {t.removeKpi}
                  </Button>
                </div>
              </Card>
            ))}
            <Button
              icon={<AddRegular />}
              disabled={kpis.length >= KPI_CAPACITY}
              title={kpis.length >= KPI_CAPACITY ? t.kpiFull(KPI_CAPACITY) : undefined}
              onClick={() => (
                setKpis((ks) => [
                  ...ks,
                  {
                    aspect: aspects[0]?.["zh-CN"] ?? "",
                    name: "",
                    target: "",
                    actual: "",
                    direction: ">=",
                    weight: "",
                  },
                ]),
                setDirty(true)
              )}
            >
              {t.addKpi}
            </Button>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="overrides">
          <AccordionHeader size="small">{t.overridesTitle}</AccordionHeader>
          <AccordionPanel>
            <Caption1>{t.overridesIntro}</Caption1>
            {Object.entries(overrides).map(([id, o]) => {
              const indicator = names.get(id);
              if (!indicator) return null;
              return (
                <div key={id} className={styles.item}>
                  <Field
                    label={t.overrideScore(text(indicator.name, locale), indicator.points)}
                    validationMessage={errors[`override:${id}`]}
                  >
                    <Input
                      inputMode="decimal"
                      value={o.score}
                      onChange={(_, d) => (
                        setOverrides((os) => ({
                          ...os,
                          [id]: { ...o, score: d.value },
                        })),
                        setDirty(true)
                      )}
                    />
                  </Field>
                  {o.score.trim() !== "" && (
                    <Field label={t.reason} required validationMessage={errors[`reason:${id}`]}>
                      <Textarea
                        value={o.reason}
                        onChange={(_, d) => (
                          setOverrides((os) => ({
                            ...os,
                            [id]: { ...o, reason: d.value },
                          })),
                          setDirty(true)
                        )}
                      />
                    </Field>
                  )}
                </div>
              );
            })}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={styles.footer}>
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          disabled={!dirty || invalid || action.busy}
          onClick={save}
        >
          {action.busy ? t.saving : t.save}
        </Button>
        <Caption1 aria-live="polite">{dirty ? t.unsaved : ""}</Caption1>
      </div>
      {action.message}
    </section>
  );
}

function ItemField({
  item,
  value,
  error,
  locale,
  onChange,
}: {
  item: JudgementItem;
  value: string;
  error?: string;
  locale: Locale;
  onChange: (v: string) => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const { def } = item;
  const [partial, setPartial] = useState(value !== "" && value !== YES && value !== NO);
  if (def.type === "judgement" || def.type === "flag") {
    const choice = partial ? "partial" : value;
    return (
      <div className={styles.item}>
        <Field label={item.label} validationMessage={error}>
          <RadioGroup
            layout="horizontal"
            value={choice}
            onChange={(_, d) => {
              setPartial(d.value === "partial");
              onChange(d.value === "partial" ? "" : d.value);
            }}
          >
            <Radio value={YES} label={t.yes} />
            <Radio value={NO} label={t.no} />
            {def.type === "judgement" && <Radio value="partial" label={t.partial} />}
          </RadioGroup>
        </Field>
        {def.type === "judgement" && choice === "partial" && (
          <Field label={t.partialPoints(String(item.points ?? 1))}>
            <Input inputMode="decimal" value={value} onChange={(_, d) => onChange(d.value)} />
          </Field>
        )}
      </div>
    );
  }
  if (def.type === "choice") {
    return (
      <Field className={styles.item} label={item.label} validationMessage={error}>
        <RadioGroup layout="horizontal" value={value} onChange={(_, d) => onChange(d.value)}>
          {(def.options ?? []).map((o) => (
            <Radio key={o["zh-CN"]} value={o["zh-CN"]} label={text(o, locale)} />
          ))}
        </RadioGroup>
      </Field>
    );
  }
  return (
    <Field
      className={styles.item}
      label={item.label}
      validationMessage={error}
      hint={def.type === "score" && item.points ? `0–${item.points}` : undefined}
    >
      <Input inputMode="decimal" value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
