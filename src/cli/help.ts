import type { Locale } from '../core';

const ZH = `perf-score —— 部门整体支出绩效自评计分
按《部门整体支出绩效评价共性指标体系框架（2021年修订）》的21项三级指标自动计分、评级，并列出审计发现。

用法：
  perf-score score [工作簿.xlsx …] [-o 输出.xlsx] [--mode portable|values] [--json] [--overwrite]
  perf-score score --inputs 文件.json [--json]
  perf-score template -o 文件.xlsx [--overwrite]
  perf-score keys
  perf-score --help | --version
  （各命令均可加 --lang zh-CN|en-US）

命令：
  score     为工作簿计分，并写出一份加上“绩效自评评分表”的副本（默认为原文件旁的“文件名-评分表.xlsx”，
            原文件不会被修改）。计分数据依次取自：以 PERF_ 开头的名称（如 PERF_sanGongBudget），
            “绩效基础数据”表。打印中文评分表（分值、计算得分、得分、总得分、评分等级、扣分情况说明、
            审计发现）；加 --json 则打印结果 JSON。可一次给出多个工作簿（批量计分，每个一行汇总）。
            不给文件时，对内置示例工作簿（深圳市龙岗区图书馆2021年度，examples/longgang-2021.xlsx）计分，
            副本写在当前目录。
            --inputs 文件.json：按 JSON 输入文件计分（不写工作簿），--inputs - 表示从标准输入读取。
  template  写出一个只含空白“绩效基础数据”表的工作簿，供填写后计分。
  keys      列出全部输入项：键名、类型、单位、中文名称。

选项：
  -o, --output 文件   评分表副本（score）或模板（template）的写入位置
      --mode 方式     评分表中得分单元格的写法：portable（默认，Excel 原生公式，无需加载项即可重算）或
                      values（只写数值）。PERF 实时公式只能在 Excel 中由加载项生成
      --overwrite     允许覆盖已存在的文件（包括原工作簿）
  -i, --inputs 文件   JSON 输入文件
      --json          输出结果 JSON（framework、total、grade、complete、indicators、findings）
      --lang 语言     zh-CN（默认）或 en-US
  -h, --help          显示本说明
  -v, --version       显示版本号

JSON 输入文件：
  {
    "framework": "longgang-2021",
    "unit": "深圳市龙岗区图书馆",
    "year": 2021,
    "inputs": { "sanGongBudget": 11.00, "sanGongActual": 3.98, "satisfaction": "93.95%" },
    "kpis": [ { "aspect": "社会效益", "name": "接待读者人次（万）", "target": 200, "actual": 244.62,
                "direction": ">=", "weight": 1 } ],
    "overrides": { "预算执行率": { "score": 6, "reason": "第四季度单位机构改革" } }
  }
  数值可写成数字或文字："1,869.71"、"93.95%"、全角数字；是/否题可写 true/false、"是"/"否" 或部分得分；
  公开情况写 "完全"/"部分"/"未公开"。空白或 "—" 视为缺少：缺少数据的指标不计分（不会按0分计），
  并在审计发现中列出。overrides 为评价人自评得分，必须写明理由；与数据计算结果不一致时列为审计发现。

退出码：
  0  已计分（即使部分指标因缺少数据未计分）
  1  文件无法读取、不是有效的输入文件或工作簿，或工作簿中没有任何计分数据
  2  命令或参数有误（包括拒绝覆盖已存在的文件）
`;

const EN = `perf-score — department-wide expenditure performance self-evaluation scoring
Scores the 21 indicators of the common framework (2021 revision), grades the total and lists audit findings.

Usage:
  perf-score score [WORKBOOK.xlsx …] [-o OUT.xlsx] [--mode portable|values] [--json] [--overwrite]
  perf-score score --inputs FILE.json [--json]
  perf-score template -o FILE.xlsx [--overwrite]
  perf-score keys
  perf-score --help | --version
  (every command takes --lang zh-CN|en-US)

Commands:
  score     Scores workbooks and writes a copy of each with the score sheet added (by default NAME-评分表.xlsx
            beside it; the original is never changed). Inputs come from PERF_<key> defined names, then the
            绩效基础数据 sheet. Prints the score table, or the result JSON with --json; several workbooks give
            one summary line each. Without a file it scores the embedded sample workbook (Longgang District
            Library 2021, examples/longgang-2021.xlsx) and writes the copy to the current folder.
            --inputs FILE.json scores a JSON inputs file instead (no workbook written); - reads standard input.
  template  Writes a workbook holding only the empty 绩效基础数据 sheet.
  keys      Lists every input key with its type, unit and label.

Options:
  -o, --output FILE   where to write the scored copy (score) or the template (template)
      --mode MODE     score cells as portable native formulas (default) or values; live PERF formulas are
                      written by the add-in inside Excel only
      --overwrite     allow replacing an existing file, the original workbook included
  -i, --inputs FILE   JSON inputs file
      --json          print the result JSON (framework, total, grade, complete, indicators, findings)
      --lang LOCALE   zh-CN (default) or en-US
  -h, --help          this help
  -v, --version       version number

Inputs file: see the Chinese help (perf-score --help) or README.md for the format. Numbers may be text
("1,869.71", "93.95%", full-width digits); yes/no items take true/false, 是/否 or partial points; blanks and
"—" are missing, and an indicator with missing data is left unscored (never counted as 0) and reported.

Exit status: 0 scored (even if incomplete); 1 unreadable or invalid file, or a workbook without inputs;
2 bad command line (including a refusal to overwrite).
`;

export function helpText(locale: Locale): string {
  return locale === 'en-US' ? EN : ZH;
}
