import type { Messages } from "./core-messages";
import type { FindingWords } from "./findings";
import type { FunctionStrings } from "./zh-CN/functions";
import type { PaneStrings } from "./zh-CN/pane";
import type { SheetWords } from "./zh-CN/sheets";
import type { CliWords } from "./zh-CN/cli";
import type { FileWords } from "./zh-CN/files";
import type { FrameworkFileWords } from "./zh-CN/framework-file";
import type { FrameworkFormWords } from "./zh-CN/framework-form";
import type { ReviewWords } from "./zh-CN/review";
import type { SelfEvalWords } from "./zh-CN/self-eval";

/**
 * Every sentence a user reads, by the part of the add-in that says it. One catalog per language; the
 * English one is typed by the Chinese one, so a sentence missing from either fails the build.
 */
export interface Catalog {
  core: Messages;
  findings: FindingWords;
  sheets: SheetWords;
  pane: PaneStrings;
  cli: CliWords;
  files: FileWords;
  frameworkFile: FrameworkFileWords;
  frameworkForm: FrameworkFormWords;
  functions: FunctionStrings;
  review: ReviewWords;
  selfEval: SelfEvalWords;
}
