import type { FileKind, LimitName } from "../files";

const saveAs =
  "请在 Excel 或 WPS 中打开它，用“另存为”保存为“Excel 工作簿（*.xlsx）”，再选择另存的文件。";

const ext = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

/** Why a file cannot be scored and what to do, in words a clerk can follow. */
export const files = {
  unreadable: (kind: FileKind, name: string, detail = ""): string => {
    switch (kind) {
      case "empty":
        return "文件是空的（0 字节），可能没有保存完整或复制时出错。请重新保存或复制该工作簿。";
      case "ole":
        return ext(name) === "et"
          ? `这是 WPS 表格文件（.et），不是 .xlsx 工作簿。${saveAs}`
          : ext(name) === "xls"
            ? `这是旧版 Excel 97-2003 工作簿（.xls），不是 .xlsx 工作簿。${saveAs}`
            : `这是旧版 Office 或 WPS 格式的文件（如 .xls、.et），不是 .xlsx 工作簿。${saveAs}`;
      case "encrypted":
        return "工作簿设有打开密码，无法读取。请在 Excel 中打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码后保存，再选择该文件。";
      case "xlsb":
        return `这是 Excel 二进制工作簿（.xlsb），不是 .xlsx 工作簿。${saveAs}`;
      case "ods":
        return `这是 OpenDocument 表格（.ods），不是 .xlsx 工作簿。${saveAs}`;
      case "document":
        return "这是 Word、PowerPoint 等文档，不是 Excel 工作簿。请选择本单位预算、决算数据所在的 .xlsx 工作簿。";
      case "zip":
        return "这是一个压缩包（.zip），不是 Excel 工作簿。请先解压，再选择其中的 .xlsx 工作簿。";
      case "zippedWorkbook":
        return `这是一个压缩包，里面装的是工作簿（${detail}），而不是工作簿本身。请先解压，再选择其中的工作簿。`;
      case "pdf":
        return "这是 PDF 文件，其中的表格无法读取。请选择本单位预算、决算数据所在的 .xlsx 工作簿。";
      case "text":
        return ext(name) === "csv"
          ? `这是 CSV 文本文件（.csv），不是 .xlsx 工作簿。${saveAs}`
          : `这是文本文件，不是 .xlsx 工作簿。如果它是从系统导出的表格，${saveAs}`;
      case "damaged":
        return `文件像是 .xlsx 工作簿，但已损坏或不完整，无法读取。${saveAs}`;
      case "unknown":
      case "xlsx":
        return `无法识别这个文件，它不是 .xlsx 工作簿。${saveAs}`;
    }
  },
  /** A workbook past one of the reading limits (pipeline/limits.ts): which, where, and what to do. */
  tooLarge: (limit: LimitName, max: number, where: string, found?: number): string => {
    const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
    const n = (x: number) => x.toLocaleString("en-US");
    const stop = "已停止读取，没有计分。";
    switch (limit) {
      case "packageBytes":
        return `工作簿解压后超过 ${mb(max)}（读到 ${where} 时已超过），远大于正常的预算、决算工作簿，可能已损坏或被做成了“压缩炸弹”。${stop}`;
      case "partBytes":
        return `工作簿中的 ${where} 解压后超过 ${mb(max)}，远大于正常的工作表，可能已损坏或被做成了“压缩炸弹”。${stop}`;
      case "sharedStringsBytes":
        return `工作簿中的文字（共享字符串 ${where}）超过 ${mb(max)}，远大于正常的工作簿。${stop}`;
      case "cells":
        return `工作簿的单元格超过 ${n(max)} 个（读到 ${where} 时已有 ${n(found ?? 0)} 个）。请删去与预算、决算无关的工作表，或另存一份只含这些表的工作簿后再计分。${stop}`;
      case "sheetArea":
        return `工作表 ${where.replace(/!.*$/, "")} 的数据一直延伸到 ${where.replace(/^.*!/, "")}，范围超过 ${n(max)} 个单元格（约 ${n(found ?? 0)} 个）。通常是远处有误输入的单元格：请在该工作表中按 Ctrl+End 找到它并删除整行整列，保存后再计分。`;
      case "formulaSteps":
      case "formulaDepth":
        return `工作簿中的公式互相引用太多或太深（超过上限 ${n(max)}），请在 Excel 中打开并保存后再计分。`;
    }
  },
  notFound: "文件不存在，请检查路径和文件名。",
  folder: "这是一个文件夹，请给出其中的 .xlsx 工作簿。",
  noAccess:
    "没有读取该文件的权限，或文件正被其他程序独占打开。请关闭占用它的程序或检查权限后重试。",
  /** Why a file could not be written, and what to do. */
  write: {
    noFolder: (folder: string) => `文件夹 ${folder} 不存在，请先建立它或换一个输出位置。`,
    isFolder: "这是一个文件夹，请在其后写出文件名（如 文件夹/评分表.xlsx）。",
    noAccess:
      "没有写入该位置的权限，或同名文件正被其他程序（如 Excel、WPS）打开。请关闭它或换一个输出位置。",
    full: "磁盘空间不足，请清理磁盘或换一个输出位置。",
    appeared:
      "同名文件已经存在（可能是刚由另一次运行或其他程序写出），没有覆盖它。请换一个输出文件名，或加 --overwrite 重新写出。",
    readOnly: "该位置只读，请换一个输出位置。",
  },
  unusual:
    "工作簿的内部结构较特殊，无法在副本中加入评分表。请在 Excel 中打开它并另存为标准的 .xlsx 工作簿后重试。",
};

export type FileWords = typeof files;
