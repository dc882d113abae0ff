import type { ReactNode } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import type { Locale } from "../../core";
import { catalog } from "../../i18n";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * What is not saved yet, and the button that saves it, at the bottom of steps 1 and 2. The outcome of
 * the last save shows here too, where the user's eyes are. The page keeps room below a focused field
 * for this bar (scroll-padding in taskpane.html), so it never covers what is being typed.
 */
export function SaveBar({
  locale,
  changes,
  problems,
  busy,
  message,
  onSave,
}: {
  locale: Locale;
  changes: number;
  problems: number;
  busy: boolean;
  message: ReactNode;
  onSave: () => void;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  return (
    <div className={styles.bar} data-testid="save-bar">
      {changes > 0 && (
        <div className={styles.line}>
          <Button
            appearance="primary"
            icon={<SaveRegular />}
            disabled={busy || problems > 0}
            onClick={onSave}
          >
            {busy ? t.saving : t.save}
          </Button>
          <Caption1 aria-live="polite">
            {t.unsavedCount(changes)}
            {problems > 0 ? ` · ${t.toFix(problems)}` : ""}
          </Caption1>
        </div>
      )}
      {message}
    </div>
  );
}
