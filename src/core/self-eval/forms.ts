import nationalDepartment from "../data/forms/national-2020-department.json";
import hubei from "../data/forms/hubei-2020-project.json";
import nationalProject from "../data/forms/national-2020-project.json";
import sichuan from "../data/forms/sichuan-2023-project.json";
import yitihua from "../data/forms/yitihua-project.json";
import type { SelfEvalForm } from "./form";

/** The built-in 自评表 rules, national first; a region's variants follow. */
export const SELF_EVAL_FORMS: readonly SelfEvalForm[] = [
  nationalProject as SelfEvalForm,
  nationalDepartment as SelfEvalForm,
  sichuan as SelfEvalForm,
  hubei as SelfEvalForm,
  yitihua as SelfEvalForm,
];

export function getSelfEvalForm(id: string): SelfEvalForm | undefined {
  return SELF_EVAL_FORMS.find((f) => f.id === id);
}

/** The national form of a table's kind: what a 自评表 is scored with unless the user picks another. */
export function defaultSelfEvalForm(kind: "project" | "department"): SelfEvalForm {
  return SELF_EVAL_FORMS.find((f) => f.form === kind)!;
}
