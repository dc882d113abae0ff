import { useRef, useState, type DragEvent } from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import type { Locale } from "../../core";
import { catalog } from "../../i18n";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  compact: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  hidden: { display: "none" },
  nowrap: { whiteSpace: "nowrap", minWidth: "auto" },
});

/** Choosing an .xlsx by the file dialog or by dropping it; the file stays in the browser. */
export function FilePicker({
  locale,
  onFile,
  compact,
}: {
  locale: Locale;
  onFile: (file: File) => void;
  compact?: boolean;
}) {
  const t = catalog(locale).pane;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  // Any file is read: what it is (an .xls, a .csv…) is told from its bytes, with what to do about it.
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const picker = (
    <input
      ref={input}
      className={styles.hidden}
      type="file"
      accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
      aria-label={t.chooseFile}
      data-testid="file-input"
      onChange={(e) => {
        take(e.target.files);
        e.target.value = "";
      }}
    />
  );
  if (compact) {
    return (
      <div className={styles.compact}>
        {picker}
        <Button
          size="small"
          appearance="subtle"
          className={styles.nowrap}
          icon={<DocumentArrowUpRegular />}
          onClick={() => input.current?.click()}
        >
          {t.otherFile}
        </Button>
      </div>
    );
  }
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };
  return (
    <section
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="drop-zone"
    >
      <Body1>{t.browserIntro}</Body1>
      {picker}
      <Button
        appearance="primary"
        icon={<DocumentArrowUpRegular />}
        onClick={() => input.current?.click()}
      >
        {t.chooseFile}
      </Button>
      <Caption1>{t.dropHere}</Caption1>
    </section>
  );
}
