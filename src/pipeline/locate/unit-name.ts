import type { WorkbookSnapshot } from "../snapshot";

/**
 * The unit a workbook belongs to, as its own sheets name it: the “编制单位：X” / “部门：X” line
 * published tables carry under their title, else a title that starts with the unit
 * (“X2021年度部门决算”, “X部门整体支出绩效自评表”). The name given most often wins — a workbook
 * that gathers several units' tables is named by the one it is mostly about.
 */
export function unitName(wb: WorkbookSnapshot): string | undefined {
  const votes = new Map<string, number>();
  const vote = (name: string | undefined, weight: number) => {
    const clean = name && tidy(name);
    if (clean && plausible(clean)) votes.set(clean, (votes.get(clean) ?? 0) + weight);
  };
  for (const sheet of wb.sheets) {
    sheet.values.slice(0, HEAD_ROWS).forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "string") return;
        const line = cell.trim();
        const labelled = LABEL.exec(line) ?? BARE_LABEL.exec(line);
        if (labelled) {
          const after = (labelled[2] ?? "").trim();
          const next = row.slice(c + 1).find((v) => typeof v === "string" && v.trim());
          vote(after || (typeof next === "string" ? next : undefined), 2);
        } else if (r < TITLE_ROWS) vote(titleUnit(line), 1);
      })
    );
  }
  let best: string | undefined;
  for (const [name, n] of votes) if (best === undefined || n > votes.get(best)!) best = name;
  return best;
}

/** A published table's title, its unit line and the header sit in the first rows. */
const HEAD_ROWS = 4;
const TITLE_ROWS = 2;

const LABEL = /^(编制单位|编制部门|填报单位|预算单位|单位名称|部门名称|部门|单位)\s*[:：]\s*(.*)$/;
/** A label alone in its cell, the name in the next: only words that cannot be a column header. */
const BARE_LABEL = /^(编制单位|填报单位|单位名称|部门名称)$/;

/** The unit before the year or the document's name in a title; nothing when the title starts with either. */
function titleUnit(title: string): string | undefined {
  const m =
    /^(.{2,40}?)(?:(?:19|20)\d{2}\s*年|部门整体支出|部门决算|部门预算|单位决算|单位预算)/.exec(
      title.replace(/\s+/g, "")
    );
  return m?.[1];
}

/** A unit line often goes on with the year or the money unit in the same cell. */
function tidy(name: string): string {
  return name
    .split(/\s{2,}|\t|(?:金额)?单位[:：]|(?:19|20)\d{2}\s*年/)[0]
    .replace(/\s+/g, "")
    .replace(/[（(][^）)]*公章[^）)]*[）)]$/, "")
    .trim();
}

const MONEY_OR_COUNT = /^(元|万元|千元|亿元|人|个|%|项|件|分)$/;
const NOT_A_UNIT = /表$|^(合计|总计|项目|科目|说明|注|表\s*\d|公开\d|附表|附件)/;

function plausible(name: string): boolean {
  return name.length >= 2 && !MONEY_OR_COUNT.test(name) && !NOT_A_UNIT.test(name);
}
