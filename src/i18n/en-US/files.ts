import type { FileWords } from "../zh-CN/files";

const saveAs =
  "Open it in Excel or WPS, use Save As → “Excel Workbook (*.xlsx)”, and choose the saved copy.";

const ext = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

export const files: FileWords = {
  unreadable: (kind, name, detail = "") => {
    switch (kind) {
      case "empty":
        return "The file is empty (0 bytes); it may not have been saved or copied completely. Save or copy the workbook again.";
      case "ole":
        return ext(name) === "et"
          ? `This is a WPS Spreadsheets file (.et), not an .xlsx workbook. ${saveAs}`
          : ext(name) === "xls"
            ? `This is an Excel 97-2003 workbook (.xls), not an .xlsx workbook. ${saveAs}`
            : `This is an older Office or WPS file (such as .xls or .et), not an .xlsx workbook. ${saveAs}`;
      case "encrypted":
        return "The workbook is password-protected and cannot be read. Open it in Excel, clear the password under File → Info → Protect Workbook → Encrypt with Password, save, and choose it again.";
      case "xlsb":
        return `This is an Excel binary workbook (.xlsb), not an .xlsx workbook. ${saveAs}`;
      case "ods":
        return `This is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. ${saveAs}`;
      case "document":
        return "This is a Word, PowerPoint or similar document, not an Excel workbook. Choose the .xlsx workbook that holds the unit's budget and final-account data.";
      case "zip":
        return "This is a zip archive, not an Excel workbook. Extract it first and choose the .xlsx workbook inside.";
      case "zippedWorkbook":
        return `This is a zip archive holding workbooks (${detail}), not a workbook itself. Extract it first and choose the workbook inside.`;
      case "pdf":
        return "This is a PDF file; its tables cannot be read. Choose the .xlsx workbook that holds the unit's budget and final-account data.";
      case "text":
        return ext(name) === "csv"
          ? `This is a CSV text file (.csv), not an .xlsx workbook. ${saveAs}`
          : `This is a text file, not an .xlsx workbook. If it is a table exported from a system: ${saveAs}`;
      case "damaged":
        return `The file looks like an .xlsx workbook but is damaged or incomplete. ${saveAs}`;
      case "unknown":
      case "xlsx":
        return `This file is not recognized as an .xlsx workbook. ${saveAs}`;
    }
  },
  tooLarge: (limit, max, where, found) => {
    const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
    const n = (x: number) => x.toLocaleString("en-US");
    const stop = "Reading stopped; nothing was scored.";
    switch (limit) {
      case "packageBytes":
        return `The workbook inflates to more than ${mb(max)} (passed at ${where}), far beyond any budget or accounts workbook; it may be damaged or a "zip bomb". ${stop}`;
      case "partBytes":
        return `${where} in the workbook inflates to more than ${mb(max)}, far beyond any sheet; it may be damaged or a "zip bomb". ${stop}`;
      case "sharedStringsBytes":
        return `The workbook's text (shared strings, ${where}) is over ${mb(max)}, far beyond any normal workbook. ${stop}`;
      case "cells":
        return `The workbook has more than ${n(max)} cells (${n(found ?? 0)} by ${where}). Delete the sheets that have nothing to do with the budget and accounts, or save a copy with just those, and score that. ${stop}`;
      case "sheetArea":
        return `Sheet ${where.replace(/!.*$/, "")} runs to ${where.replace(/^.*!/, "")}, a range of over ${n(max)} cells (about ${n(found ?? 0)}). Usually a stray entry far away: press Ctrl+End in that sheet, delete its rows and columns, save, and score again.`;
      case "formulaSteps":
      case "formulaDepth":
        return `The workbook's formulas refer to each other too much or too deeply (over the limit of ${n(max)}); open and save it in Excel, then score it.`;
    }
  },
  notFound: "The file does not exist; check the path and the name.",
  folder: "This is a folder; name the .xlsx workbooks inside it.",
  noAccess:
    "The file cannot be read: no permission, or another program holds it open. Close that program or check the permissions and try again.",
  write: {
    noFolder: (folder) => `The folder ${folder} does not exist; create it or write somewhere else.`,
    isFolder: "This is a folder; name a file inside it (such as folder/scores.xlsx).",
    noAccess:
      "No permission to write there, or a file of that name is open in another program (Excel, WPS). Close it or write somewhere else.",
    full: "The disk is full; free some space or write somewhere else.",
    appeared:
      "A file of that name exists (perhaps just written by another run or program); it was not written over. Choose another output name, or add --overwrite.",
    readOnly: "That place is read-only; write somewhere else.",
  },
  unusual:
    "The workbook's internal structure is unusual, so the score sheet cannot be added to a copy. Open it in Excel, save it as a standard .xlsx workbook and try again.",
};
