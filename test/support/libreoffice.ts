import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/**
 * LibreOffice Calc as an independent spreadsheet engine: converts .xlsx files to CSV (every sheet),
 * recalculating every formula on load rather than trusting cached results.
 */
export function soffice(): string {
  const found = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], {
    encoding: "utf8",
  }).stdout.trim();
  if (!found) {
    throw new Error(
      "LibreOffice is needed to check the portable formulas: sudo apt-get install -y --no-install-recommends libreoffice-calc " +
        "（需要安装 LibreOffice：sudo apt-get install -y --no-install-recommends libreoffice-calc）"
    );
  }
  return found;
}

function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`
  );
  return dir;
}

/** Saves `file` in another format (e.g. "xls", "ods", "csv") with LibreOffice; returns the new file's path. */
export function convert(file: string, format: string, outdir: string): string {
  execFileSync(
    soffice(),
    [
      `-env:UserInstallation=file://${profile()}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      outdir,
      file,
    ],
    { stdio: "pipe", timeout: 300_000 }
  );
  return join(outdir, `${basename(file).replace(/\.[^.]+$/, "")}.${format}`);
}

/** Recalculates each file and returns, per file, each sheet's cells as text (raw values, not as shown). */
export function recalculate(files: string[]): Map<string, Map<string, string[][]>> {
  const out = mkdtempSync(join(tmpdir(), "lo-csv-"));
  execFileSync(
    soffice(),
    [
      `-env:UserInstallation=file://${profile()}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      ...files,
    ],
    { stdio: "pipe", timeout: 300_000 }
  );
  const result = new Map<string, Map<string, string[][]>>();
  for (const file of files) {
    const stem = basename(file, ".xlsx");
    const sheets = new Map<string, string[][]>();
    for (const csv of readdirSync(out).filter(
      (f) => f.startsWith(`${stem}-`) && f.endsWith(".csv")
    )) {
      sheets.set(csv.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, csv), "utf8")));
    }
    result.set(file, sheets);
  }
  return result;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (row.push(cell), (cell = ""));
    else if (ch === "\n") (row.push(cell), rows.push(row), (row = []), (cell = ""));
    else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  return rows;
}
