import { readFramework, readJson, type Framework, type FrameworkIssue } from "../../core";
import { catalog, type Locale } from "../../i18n";
import { readFrameworkForm, type FormProblem } from "../../pipeline/framework-form/read";
import { planFrameworkForm } from "../../pipeline/framework-form/write";
import { loadWorkbook } from "./file";
import { addSheetToPackage, emptyPackage } from "./patch";
import { snapshotOf } from "./read";

export type FrameworkFileRead =
  | { ok: true; framework: Framework; notes: FrameworkIssue[] }
  | { ok: false; problems: FormProblem[]; unfinished: boolean };

/**
 * A framework file as a bureau sends it: the Excel form (.xlsx) or the JSON form (.json), told apart by
 * the name. Every problem comes with where it is: a sheet!cell, or a JSON path.
 */
export async function readFrameworkFile(
  name: string,
  bytes: Uint8Array,
  locale: Locale = "zh-CN"
): Promise<FrameworkFileRead> {
  if (/\.json$/i.test(name)) {
    const json = readJson(bytes);
    const refuse = (problems: FormProblem[]) => ({
      ok: false as const,
      unfinished: false,
      problems,
    });
    if (!json.ok)
      return refuse([{ where: name, message: catalog(locale).core.jsonProblem(json.problem) }]);
    // A key given twice in a framework is a mistake of its author: only the last would count.
    if (json.duplicates.length)
      return refuse(
        json.duplicates.map((path) => ({
          where: path,
          message: catalog(locale).frameworkFile.duplicateField,
        }))
      );
    const read = readFramework(json.data, locale);
    return read.ok
      ? read
      : {
          ok: false,
          unfinished: read.unfinished,
          problems: read.problems.map((p) => ({ where: p.path, message: p.message })),
        };
  }
  const form = readFrameworkForm(snapshotOf(await loadWorkbook(bytes)), locale);
  return form.ok ? form.read : form;
}

/** The framework as the Excel form, a workbook of its own. */
export async function frameworkXlsx(
  framework: Framework,
  locale: Locale = "zh-CN"
): Promise<Uint8Array> {
  let bytes = await emptyPackage();
  for (const plan of planFrameworkForm(framework, locale))
    bytes = await addSheetToPackage(bytes, plan);
  return bytes;
}
