import type { Framework, Locale, SelfEvalJson, UnitReview } from "../../../core";

/** One file of a review, as the summary lists it. */
export interface ReviewedFile {
  /** The path as the bureau named it, for reading. */
  file: string;
  /** The path from the summary's folder, with "/", for a link that opens the unit's workbook. */
  link: string;
  /** As the workbook names its unit, else the file's name. */
  unit: string;
  status: "scored" | "notScored" | "unreadable";
  /** Why it was not scored or could not be read, in the summary's language. */
  why?: string;
  framework?: Framework;
  review?: UnitReview;
  /** The workbook's 绩效自评表, rescored. */
  selfEval?: SelfEvalJson[];
}

export interface ReviewSummary {
  files: ReviewedFile[];
  /** Files that were not workbooks, passed by. */
  skipped: number;
  locale: Locale;
  made: Date;
}
