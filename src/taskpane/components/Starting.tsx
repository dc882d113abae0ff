import { makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core";
import { catalog } from "../../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

/** The pane while it learns whether it runs in Excel or in a browser. */
export function Starting({ locale, slow }: { locale: Locale; slow: boolean }) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  return (
    <main className={styles.root} lang={locale} aria-busy="true">
      <Subtitle2 as="h1">{t.appTitle}</Subtitle2>
      <Spinner size="small" labelPosition="after" label={slow ? t.startingSlow : t.starting} />
    </main>
  );
}
