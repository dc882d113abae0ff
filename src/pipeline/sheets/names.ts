/**
 * The sheets the add-in adds. The reader recognizes them by name (a copy is "绩效基础数据 (2)"): the
 * template is read for what it holds, a score sheet not at all, and neither is scanned for labels.
 */
export const TEMPLATE_SHEET = '绩效基础数据';
export const SCORE_SHEET = '绩效自评评分表';

export function isTemplateSheet(name: string): boolean {
  return name.startsWith(TEMPLATE_SHEET);
}

export function isOwnSheet(name: string): boolean {
  return isTemplateSheet(name) || name.startsWith(SCORE_SHEET);
}
