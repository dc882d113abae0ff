import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { repoFile } from "../helpers";

/**
 * Small files a bureau may be sent that ask for far more work than they look: a cell in the sheet's last
 * corner, parts that inflate to hundreds of megabytes, formulas that refer to themselves or to a whole
 * sheet, a zip of workbooks, values no number can hold. Each is made here, in memory, in seconds.
 */

interface Part {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
}

const partOf = (name: string, data: Buffer): Part => ({
  name,
  deflated: deflateRawSync(data),
  size: data.length,
  crc: crc32(data),
});

/** A zip package from parts already deflated: what a crafted file looks like byte for byte. */
function zipOf(parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(p.crc >>> 0, 16);
    dir.writeUInt32LE(p.deflated.length, 20);
    dir.writeUInt32LE(p.size >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, p.deflated);
    central.push(dir, name);
    offset += local.length + name.length + p.deflated.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dirBytes, end]);
}

/** The parts of a one-sheet workbook ExcelJS writes, to build crafted ones on. */
async function baseParts(build?: (ws: ExcelJS.Worksheet) => void): Promise<Part[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("数据");
  ws.getCell("A1").value = "项目";
  build?.(ws);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const out: Part[] = [];
  for (const f of Object.values(zip.files).filter((x) => !x.dir))
    out.push(partOf(f.name, Buffer.from(await f.async("uint8array"))));
  return out;
}

/** A part made of a head, a body repeated until `bytes`, and a tail, deflated as it is made. */
async function repeatedPart(
  name: string,
  head: string,
  body: string,
  tail: string,
  bytes: number
): Promise<Part> {
  const chunk = Buffer.from(body.repeat(Math.max(1, Math.floor((1 << 20) / body.length))));
  const deflater = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflater.on("data", (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve) => deflater.on("end", resolve));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!deflater.write(b)) await new Promise((r) => deflater.once("drain", r));
  };
  await write(Buffer.from(head));
  while (size < bytes) await write(chunk);
  await write(Buffer.from(tail));
  deflater.end();
  await done;
  return { name, deflated: Buffer.concat(out), size, crc };
}

const SHEET = "xl/worksheets/sheet1.xml";
const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/** One cell in A1 and one in the sheet's last corner, XFD1048576: 26 KB that span 17 billion cells. */
export async function cornerCell(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("数据");
  ws.getCell("A1").value = "“三公”经费合计";
  ws.getCell("B1").value = 11;
  ws.getCell("XFD1048576").value = 1;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A sheet that inflates to `megabytes`: a zip bomb about a megabyte on disk, of millions of cells or of
 * nothing but blanks between its tags.
 */
export async function sheetBomb(
  megabytes = 420,
  of: "cells" | "blanks" = "cells"
): Promise<Buffer> {
  const parts = (await baseParts()).filter((p) => p.name !== SHEET);
  const sheet = await repeatedPart(
    SHEET,
    SHEET_HEAD,
    of === "cells" ? '<row><c t="n"><v>1</v></c></row>' : " ".repeat(64),
    "</sheetData></worksheet>",
    megabytes * 2 ** 20
  );
  return zipOf([...parts, sheet]);
}

/** Shared strings that inflate to `megabytes` of one text. */
export async function stringsBomb(megabytes = 150): Promise<Buffer> {
  const parts = await baseParts();
  const strings = await repeatedPart(
    "xl/sharedStrings.xml",
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>',
    "预算".repeat(64),
    "</t></si></sst>",
    megabytes * 2 ** 20
  );
  return zipOf([...parts.filter((p) => p.name !== strings.name), strings]);
}

/** A sheet of `rows` cells, each a SUM of the one above twice: 2^rows steps to a naive evaluator. */
export async function sumChain(rows = 60): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("数据");
  ws.getCell("A1").value = 1;
  for (let r = 2; r <= rows; r++)
    ws.getCell(`A${r}`).value = { formula: `SUM(A${r - 1},A${r - 1})` };
  ws.getCell("B1").value = "“三公”经费合计";
  ws.getCell("C1").value = { formula: `A${rows}` };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A SUM over the whole sheet, and two cells that refer to each other. */
export async function wholeSheetSum(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("数据");
  ws.getCell("A1").value = 3;
  ws.getCell("A2").value = 4;
  ws.getCell("B1").value = { formula: "SUM(A1:XFD1048576)" };
  ws.getCell("B2").value = { formula: "SUM(A:A)" };
  ws.getCell("C1").value = { formula: "C2" };
  ws.getCell("C2").value = { formula: "C1" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A zip archive that holds a workbook, as a unit may send it. */
export async function zippedWorkbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("某区图书馆.xlsx", readFileSync(repoFile("examples", "longgang-2021.xlsx")));
  return Buffer.from(await zip.generateAsync({ type: "uint8array" }));
}

/** A sheet whose cells hold values no number is: NaN, Infinity, and a date where a count goes. */
export async function oddValues(): Promise<Buffer> {
  const parts = (await baseParts()).filter((p) => p.name !== SHEET);
  const xml =
    SHEET_HEAD +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>人员情况</t></is></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>项目</t></is></c><c r="B2" t="inlineStr"><is><t>人数</t></is></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>实有在编人数</t></is></c><c r="B3"><v>NaN</v></c></row>' +
    '<row r="4"><c r="A4" t="inlineStr"><is><t>核定编制数</t></is></c><c r="B4"><v>INF</v></c></row>' +
    '<row r="5"><c r="A5" t="inlineStr"><is><t>编外人员数</t></is></c><c r="B5" s="0"><v>44219</v></c></row>' +
    "</sheetData></worksheet>";
  return zipOf([...parts, partOf(SHEET, Buffer.from(xml))]);
}
