import type { Framework, ScoreResult } from "../core";
import type { Provenance } from "../pipeline/locate/provenance";

/** What became of one workbook of the call. */
export type Outcome =
  | {
      file: string;
      status: "scored";
      output: string;
      result: ScoreResult;
      framework: Framework;
      /** Where each input was read: the `sources` of `--json`. */
      sources: Record<string, Provenance>;
    }
  | {
      file: string;
      status: "notScored" | "unreadable" | "unwritable";
      /** One line, for the batch table. */
      why: string;
      /** The whole message, when the workbook was the only one. */
      detail: string;
    };
