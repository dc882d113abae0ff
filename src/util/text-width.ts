/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Lines a text takes in a column `width` characters wide, counting its own line breaks. */
export function wrappedLines(text: string, width: number): number {
  return text
    .split("\n")
    .reduce(
      (n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, width - 1))),
      0
    );
}

/** A text cut into lines of at most `width` terminal columns (CJK characters count two). */
export function wrapTo(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (line && displayWidth(line + ch) > width) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  return [...lines, line];
}

/** Terminal columns a listing may take: it reads whole in an 100-column window. */
export const LISTING_WIDTH = 100;

/**
 * Rows as aligned columns two spaces apart, within LISTING_WIDTH: the `wrap` column takes what the
 * others leave and runs on to further lines, the other cells blank there; the last column is not padded.
 */
export function columns(rows: string[][], wrap: number): string {
  const count = rows[0].length;
  const widths = Array.from({ length: count }, (_, c) =>
    Math.max(...rows.map((r) => displayWidth(r[c])))
  );
  const others = widths.reduce((s, w, c) => (c === wrap ? s : s + w), 0) + 2 * (count - 1);
  widths[wrap] = Math.max(10, Math.min(widths[wrap], LISTING_WIDTH - others));
  return rows
    .flatMap((r) => {
      const parts = wrapTo(r[wrap], widths[wrap]);
      return parts.map((part, i) =>
        r
          .map((cell, c) => (c === wrap ? part : i ? "" : cell))
          .map((cell, c) => (c < count - 1 ? padEnd(cell, widths[c]) : cell))
          .join("  ")
          .trimEnd()
      );
    })
    .join("\n");
}
