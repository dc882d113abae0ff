import ExcelJS from "exceljs";
import type { SelfEvalTable } from "../../src/core";

/**
 * A 自评表 as a unit's 一体化 export lays it out (the Chizhou/Jinzhai layout, not the add-in's): title,
 * 项目名称, the funds block in columns B–G, 一级/二级 merged down, then 总分. Values go in as the published
 * forms print them (text such as “≥95%”), or as numbers with a percentage format where `typed` says so.
 */
export function addSelfEvalSheet(
  wb: ExcelJS.Workbook,
  name: string,
  tables: SelfEvalTable[],
  options: { natureColumn?: boolean; percentCells?: boolean } = {}
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  let r = 1;
  for (const table of tables) {
    const title = table.form === "project" ? "项目支出绩效自评表" : "部门整体支出绩效自评表";
    ws.getCell(r, 1).value = `${title}（${table.year ?? "2023"}年度）`;
    ws.mergeCells(r, 1, r, 10);
    r++;
    ws.getCell(r, 1).value = table.form === "project" ? "项目名称" : "部门（单位）名称";
    ws.getCell(r, 3).value = table.name;
    r++;
    ws.getCell(r, 1).value = "主管部门";
    ws.getCell(r, 3).value = table.department ?? "";
    ws.getCell(r, 6).value = "实施单位";
    ws.getCell(r, 7).value = table.unit ?? "";
    r++;
    [
      "项目资金（万元）",
      "",
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分",
    ].forEach((h, i) => h && (ws.getCell(r, 1 + i).value = h));
    r++;
    ws.getCell(r, 1).value = "年度资金总额";
    const f = table.funds;
    [f.initial, f.budget, f.spent, f.points, f.rate, f.score].forEach((v, i) =>
      put(ws.getCell(r, 3 + i), v, options)
    );
    r++;
    ws.getCell(r, 1).value = "年度总体目标";
    ws.getCell(r, 3).value = "预期目标";
    ws.getCell(r, 6).value = "实际完成情况";
    r++;
    ws.getCell(r, 3).value = table.goals?.expected ?? "完成年度任务";
    ws.getCell(r, 6).value = table.goals?.actual ?? "已完成";
    r++;
    const headers = [
      "一级指标",
      "二级指标",
      "三级指标",
      ...(options.natureColumn ? ["指标性质"] : []),
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ];
    headers.forEach((h, i) => (ws.getCell(r, 1 + i).value = h));
    const first = r + 1;
    let runStart = first;
    table.rows.forEach((row, i) => {
      r++;
      const prev = table.rows[i - 1];
      if (!prev || prev.level1 !== row.level1) ws.getCell(r, 1).value = row.level1;
      if (!prev || prev.level1 !== row.level1 || prev.level2 !== row.level2)
        ws.getCell(r, 2).value = row.level2;
      const values = [
        row.name,
        ...(options.natureColumn ? [row.nature] : []),
        row.target,
        row.actual,
        row.points,
        row.score,
        row.reason,
      ];
      values.forEach((v, k) => put(ws.getCell(r, 3 + k), v, options));
      const next = table.rows[i + 1];
      if (!next || next.level1 !== row.level1) {
        if (r > runStart) ws.mergeCells(runStart, 1, r, 1);
        runStart = r + 1;
      }
    });
    void first;
    r++;
    ws.getCell(r, 1).value = "总分";
    const pointsCol = options.natureColumn ? 7 : 6;
    put(ws.getCell(r, pointsCol), table.total?.points ?? 100, options);
    put(ws.getCell(r, pointsCol + 1), table.total?.score, options);
    r += 3;
  }
  return ws;
}

/** “95%” as 0.95 formatted 0%, when asked; numbers as numbers; other text as typed. */
function put(cell: ExcelJS.Cell, v: unknown, options: { percentCells?: boolean }) {
  if (v === undefined || v === null || v === "") return;
  if (typeof v === "number") {
    cell.value = v;
    return;
  }
  const s = String(v);
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(s);
  if (options.percentCells && pct) {
    cell.value = Number(pct[1]) / 100;
    cell.numFmt = Number.isInteger(Number(pct[1])) ? "0%" : "0.00%";
  } else if (/^-?\d+(\.\d+)?$/.test(s)) cell.value = Number(s);
  else cell.value = s;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
