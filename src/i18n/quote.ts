/**
 * Text in quotation marks, quoted once: marks already inside become the inner pair (GB/T 15834), so
 * 缺少““三公”经费预算安排数”” reads 缺少“‘三公’经费预算安排数”.
 */
export function quote(text: string | number): string {
  return `“${String(text).replace(/“/g, "‘").replace(/”/g, "’")}”`;
}
