import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { SelfEvalTable } from "../src/core";
import { loadWorkbook, selfEvalXlsx } from "../src/hosts/xlsx/file";
import { snapshotOf } from "../src/hosts/xlsx/read";
import { scoreSelfEvalWorkbook, readSelfEvalTables } from "../src/pipeline/self-eval";
import { repoFile } from "../test/helpers";
import { addSelfEvalSheet, workbookBytes } from "../test/support/self-eval-workbook";

/** A county's year of project 自评表: 200 projects, 20 to a sheet, each a published form renamed. */
async function projectsWorkbook(projects: number): Promise<Uint8Array> {
  const t = JSON.parse(
    readFileSync(
      repoFile(
        "test",
        "fixtures",
        "self-eval",
        "published",
        "yn-yongde-minglang-2022-nutrition.json"
      ),
      "utf8"
    )
  );
  const wb = new ExcelJS.Workbook();
  for (let s = 0; s < projects / 20; s++) {
    const tables: SelfEvalTable[] = Array.from({ length: 20 }, (_, i) => ({
      ...t,
      name: `项目${s * 20 + i + 1}`,
    }));
    addSelfEvalSheet(wb, `第${s + 1}批`, tables, { natureColumn: true });
  }
  return workbookBytes(wb);
}

const time = async (f: () => unknown) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

it("prints the time to read, score and write a year's project forms", async () => {
  const bytes = await projectsWorkbook(200);
  const snapshot = snapshotOf(await loadWorkbook(bytes));
  const read = await time(() => readSelfEvalTables(snapshot));
  const scored = await time(() => scoreSelfEvalWorkbook(snapshot));
  const file = await time(() => selfEvalXlsx(bytes));
  console.log(
    [
      "自评表 benchmark: 200 projects (2,000 target rows) in 10 sheets",
      `  find and read the forms: ${read.toFixed(0)} ms`,
      `  read, score and plan 201 sheets: ${scored.toFixed(0)} ms`,
      `  .xlsx in, copy with 201 sheets out: ${(file / 1000).toFixed(1)} s`,
    ].join("\n")
  );
});
