import type { Catalog } from "../catalog";
import { zhCN as core } from "./core";
import { cli } from "./cli";
import { files } from "./files";
import { frameworkFile } from "./framework-file";
import { frameworkForm } from "./framework-form";
import { findings } from "./findings";
import { functions } from "./functions";
import { pane } from "./pane";
import { review } from "./review";
import { selfEval } from "./self-eval";
import { sheets } from "./sheets";

export const zhCN: Catalog = {
  core,
  findings,
  sheets,
  pane,
  cli,
  files,
  frameworkFile,
  frameworkForm,
  functions,
  review,
  selfEval,
};
