import type { FileKind } from "../../i18n";

/**
 * What a file is, from its first bytes: enough to tell a clerk what to do with a file that is not an
 * .xlsx workbook. Office Open XML, OpenDocument and .docx are zip packages told apart by the part
 * names stored uncompressed in their local headers; .xls, .et and password-protected workbooks are
 * OLE compound files (a password-protected .xlsx keeps its package in an "EncryptedPackage" stream).
 */

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function fileKind(bytes: Uint8Array): Exclude<FileKind, "damaged"> {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE)) {
    const utf16 = new TextDecoder("utf-16le").decode(bytes.subarray(0, 1 << 20));
    return utf16.includes("EncryptedPackage") ? "encrypted" : "ole";
  }
  if (startsWith(bytes, ZIP)) {
    const names = new TextDecoder("latin1").decode(bytes);
    if (names.includes("xl/workbook.bin")) return "xlsb";
    // Any SpreadsheetML part: a package cut short may have lost its workbook part, and is then damaged.
    if (names.includes("xl/")) return "xlsx";
    if (names.includes("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
    if (/word\/document\.xml|ppt\/presentation\.xml|application\/vnd\.oasis/.test(names))
      return "document";
    return "zip";
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  const head = bytes.subarray(0, 8192);
  if (!head.includes(0) && isUtf8OrGb(head)) return "text";
  return "unknown";
}

/** Text in UTF-8 or a legacy Chinese encoding: no control bytes besides tab and line ends. */
function isUtf8OrGb(head: Uint8Array): boolean {
  return head.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}

/** A file that cannot be scored, with what it is; the message comes from the catalog's `files` section. */
export class UnreadableFile extends Error {
  constructor(
    readonly kind: FileKind,
    readonly detail?: string
  ) {
    super(`unreadable workbook (${kind})${detail ? `: ${detail}` : ""}`);
    this.name = "UnreadableFile";
  }
}
