import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip as mm,
  type IRunOptions,
  type ISectionOptions,
  type ParagraphChild,
} from "docx";
import type { Run } from "../i18n/runs";
import type { Block, ReportDraft, TableBlock } from "./model";

/**
 * The draft as a Word document laid out as government documents are (GB/T 9704-2012): A4, margins
 * 37/35/28/26 mm, body 仿宋_GB2312 三号 (16 pt) at 22 lines a page, title 小标宋 二号, headings 黑体 / 楷体 /
 * 仿宋 by level, page numbers 宋体 四号 “— 1 —” outside. The fonts are named, not embedded (some are
 * commercial); Word and WPS substitute what a machine lacks. Figures and prompts carry character styles
 * of their own (Figure, Prompt), so a reader of the file can tell them from the words around them.
 */

const FONTS = {
  body: "仿宋_GB2312",
  title: "方正小标宋简体",
  h1: "黑体",
  h2: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
};
/** Sizes in half-points: 三号 16 pt, 二号 22 pt, 四号 14 pt, 小四 12 pt, 小五 9 pt. */
const SIZE = { body: 32, title: 44, pageNumber: 28, table: 24, wideTable: 18 };
/** 22 lines in the 225 mm text block: 28.95 pt a line, fixed so a page holds what the standard says. */
const LINE = { line: 579, lineRule: LineRuleType.EXACT };
/** Two characters of 16 pt. */
const INDENT = { firstLine: 640 };

const font = (eastAsia: string) => ({
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  cs: FONTS.latin,
  eastAsia,
});

function runs(rs: Run[], base: IRunOptions): TextRun[] {
  return rs.flatMap((r) =>
    "figure" in r
      ? [new TextRun({ ...base, text: r.figure, style: "Figure" })]
      : "prompt" in r
        ? [new TextRun({ ...base, text: r.prompt, style: "Prompt", highlight: "yellow" })]
        : // A line break inside words (the lines of a criterion) is a break in the run.
          r.text
            .split("\n")
            .map((line, i) => new TextRun({ ...base, text: line, break: i ? 1 : 0 }))
  );
}

const HEADING_FONTS = { 1: FONTS.h1, 2: FONTS.h2, 3: FONTS.body } as const;

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "title":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 580 },
          children: b.lines.flatMap((line, i) =>
            runs(i ? [{ text: "\n" }, ...line] : line, {
              font: font(FONTS.title),
              size: SIZE.title,
            })
          ),
        }),
      ];
    case "heading":
      return [
        new Paragraph({
          indent: INDENT,
          spacing: LINE,
          keepNext: true,
          keepLines: true,
          outlineLevel: b.level - 1,
          children: runs(b.runs, { font: font(HEADING_FONTS[b.level]), size: SIZE.body }),
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          indent: INDENT,
          spacing: LINE,
          alignment: AlignmentType.JUSTIFIED,
          // The last sentence stays with the 附件说明 and 落款, which never stand alone on a page.
          keepNext: !!b.keepNext,
          children: runs(b.runs, { font: font(FONTS.body), size: SIZE.body }),
        }),
      ];
    case "attachments":
      // 附件说明: a line below the text, two characters in; further items line up under the first.
      return b.lines.map(
        (line, i) =>
          new Paragraph({
            indent: INDENT,
            spacing: { ...LINE, ...(i ? {} : { before: LINE.line }) },
            keepNext: true,
            children: runs([{ text: line }], { font: font(FONTS.body), size: SIZE.body }),
          })
      );
    case "signature":
      // 落款: two lines below, the date four characters in from the right, the unit centred above it.
      return b.lines.map(
        (line, i) =>
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            indent: { right: i ? 1280 : 960 },
            spacing: { ...LINE, ...(i ? {} : { before: 2 * LINE.line }) },
            keepNext: !i,
            children: runs(line, { font: font(FONTS.body), size: SIZE.body }),
          })
      );
    case "table":
      return table(b.table);
  }
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** A cell's text: 小四 at 1.25 lines, or 小五 single-spaced in the wide table. */
function cellParagraph(
  rs: Run[],
  align: keyof typeof ALIGN,
  bold: boolean,
  wide: boolean
): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { line: wide ? 240 : 300, lineRule: LineRuleType.AUTO },
    children: runs(rs, {
      font: font(bold ? FONTS.h1 : FONTS.body),
      size: wide ? SIZE.wideTable : SIZE.table,
    }),
  });
}

/** A table with its caption and unit line; WPS lays a table out from its column widths, so all are set. */
function table(t: TableBlock): (Paragraph | Table)[] {
  const widths = t.widths.map((w) => Math.round(mm(w)));
  const cell = (
    rs: Run[],
    col: number,
    opts: { header?: boolean; bold?: boolean; rowSpan?: number }
  ) =>
    new TableCell({
      width: { size: widths[col], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      ...(opts.rowSpan && opts.rowSpan > 1 ? { rowSpan: opts.rowSpan } : {}),
      children: [
        cellParagraph(
          rs,
          opts.header ? "center" : t.align[col],
          !!(opts.header || opts.bold),
          !!t.landscape
        ),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.headers.map((text, col) => cell([{ text }], col, { header: true })),
  });
  // Rows stay whole on a page: a reader never turns the page in the middle of an indicator.
  const body = t.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.flatMap((rs, col) => {
          const span = row.spans?.[col] ?? 1;
          return span === 0 ? [] : [cell(rs, col, { bold: row.total, rowSpan: span })];
        }),
      })
  );
  return [
    ...(t.label
      ? [
          new Paragraph({
            keepNext: true,
            children: runs([{ text: t.label }], { font: font(FONTS.h1), size: SIZE.body }),
          }),
        ]
      : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, line: 400, lineRule: LineRuleType.EXACT },
      keepNext: true,
      children: runs(t.caption, { font: font(FONTS.h1), size: SIZE.body }),
    }),
    ...(t.unitLine
      ? [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            keepNext: true,
            children: runs([{ text: t.unitLine }], { font: font(FONTS.body), size: SIZE.table }),
          }),
        ]
      : []),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [header, ...body],
    }),
    ...(t.note
      ? [
          new Paragraph({
            spacing: { before: 80, line: 300, lineRule: LineRuleType.AUTO },
            children: runs(t.note, { font: font(FONTS.body), size: SIZE.table }),
          }),
        ]
      : []),
  ];
}

/** “— 1 —”, 宋体 四号, one character in from the outer edge: right on odd pages, left on even ones. */
function pageNumber(alignment: (typeof AlignmentType)["RIGHT" | "LEFT"]): Footer {
  const children: ParagraphChild[] = [
    new TextRun({
      font: font(FONTS.pageNumber),
      size: SIZE.pageNumber,
      children: ["— ", PageNumber.CURRENT, " —"],
    }),
  ];
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children,
      }),
    ],
  });
}

/** A4 upright with the margins of GB/T 9704; turned, the wide table's pages keep 37/35 mm at the sides. */
const PAGES = {
  portrait: {
    size: { width: mm(210), height: mm(297) },
    margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(21) },
  },
  landscape: {
    size: { width: mm(210), height: mm(297), orientation: PageOrientation.LANDSCAPE },
    margin: { top: mm(26), bottom: mm(26), left: mm(37), right: mm(35), footer: mm(14) },
  },
};

/** The blocks in sections by orientation: the wide table on landscape pages, the rest upright. */
function sections(blocks: Block[]): ISectionOptions[] {
  const groups: { landscape: boolean; blocks: Block[] }[] = [];
  for (const b of blocks) {
    const landscape = b.kind === "table" && !!b.table.landscape;
    const last = groups[groups.length - 1];
    if (last && last.landscape === landscape) last.blocks.push(b);
    else groups.push({ landscape, blocks: [b] });
  }
  return groups.map((g) => ({
    properties: { page: g.landscape ? PAGES.landscape : PAGES.portrait },
    footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
    children: g.blocks.flatMap(block),
  }));
}

export function reportDocument(draft: ReportDraft): Document {
  return new Document({
    title: draft.title,
    creator: "PerfScore",
    evenAndOddHeaderAndFooters: true,
    styles: {
      characterStyles: [
        { id: "Figure", name: "Figure", basedOn: "DefaultParagraphFont", run: {} },
        {
          id: "Prompt",
          name: "Prompt",
          basedOn: "DefaultParagraphFont",
          run: { highlight: "yellow" },
        },
      ],
      default: {
        document: { run: { font: font(FONTS.body), size: SIZE.body } },
      },
    },
    sections: sections(draft.blocks),
  });
}

/** The .docx file's bytes, in Node and in the browser alike. */
export async function reportDocx(draft: ReportDraft): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(reportDocument(draft));
  return new Uint8Array(buffer);
}
