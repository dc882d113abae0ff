import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core";
import { catalog } from "../../i18n";
import type { Analysis } from "../../pipeline/analyze";
import type { UnitSource } from "../../pipeline/locate/located";
import type { JudgementForm } from "../model";

const useStyles = makeStyles({
  /** Side by side where they fit, one under the other in a narrow pane. */
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  unit: { flex: "3 1 200px", minWidth: 0 },
  year: { flex: "1 1 100px", minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

/**
 * The unit's name and the year evaluated, as read from its own tables or the data sheet, and editable:
 * the score sheet's title and the report are written with them; saving keeps them in the data sheet.
 */
export function UnitAndYear({
  locale,
  analysis,
  form,
  errors,
  onForm,
}: {
  locale: Locale;
  analysis: Analysis;
  form: JudgementForm;
  errors: Record<string, string>;
  onForm: (change: (form: JudgementForm) => JudgementForm) => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const hint = (from: UnitSource | undefined, value: string, missing: string) =>
    !value.trim()
      ? missing
      : from?.kind === "tables"
        ? t.readFrom(from.cell)
        : from?.kind === "template"
          ? t.readFromTemplate
          : undefined;
  const { unitFrom, yearFrom } = analysis.located;
  return (
    <section className={styles.root} aria-label={t.unitAndYear} data-testid="unit-and-year">
      <Field
        label={t.unitName}
        hint={<Caption1>{hint(unitFrom, form.unit, t.unitMissing)}</Caption1>}
      >
        <Input value={form.unit} onChange={(_, d) => onForm((f) => ({ ...f, unit: d.value }))} />
      </Field>
      <Field
        className={styles.year}
        label={t.year}
        validationMessage={errors.year}
        hint={
          errors.year ? undefined : <Caption1>{hint(yearFrom, form.year, t.yearMissing)}</Caption1>
        }
      >
        <Input
          className={styles.input}
          value={form.year}
          inputMode="numeric"
          onChange={(_, d) => onForm((f) => ({ ...f, year: d.value }))}
        />
      </Field>
    </section>
  );
}
