/**
 * English output may carry Chinese only where it quotes the unit's own data (its name, sheet names, cell
 * text, reasons it gave) or the framework's verbatim text. This finds any other Chinese in a text.
 */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g;

/**
 * The Chinese left in `text` once every string of the unit's data is taken out and any piece quoted from
 * the verbatim texts is set aside, each with some context.
 */
export function chineseBesides(
  text: string,
  unitData: Iterable<string>,
  verbatim: string[] = []
): string[] {
  let rest = text;
  for (const a of [...unitData].filter(Boolean).sort((x, y) => y.length - x.length))
    rest = rest.split(a).join(" ");
  return [...rest.matchAll(CJK)]
    .filter((m) => !verbatim.some((v) => v.includes(m[0])))
    .map((m) =>
      rest.slice(Math.max(0, m.index! - 20), m.index! + m[0].length + 20).replace(/\s+/g, " ")
    );
}
