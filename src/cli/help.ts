import type { Locale } from '../core';

const ZH = `perf-score —— 部门整体支出绩效自评计分
按《部门整体支出绩效评价共性指标体系框架（2021年修订）》的21项三级指标自动计分、评级，并列出审计发现。

用法：
  perf-score score [--inputs 文件.json] [--json] [--lang zh-CN|en-US]
  perf-score keys [--lang zh-CN|en-US]
  perf-score --help | --version

命令：
  score    按 JSON 输入文件计分。默认打印中文评分表（各指标分值、计算得分、得分，总得分、评分等级、
           扣分情况说明和审计发现）；加 --json 则在标准输出打印结果 JSON。
           不给 --inputs 时，对内置示例（深圳市龙岗区图书馆2021年度，examples/longgang-2021.inputs.json）计分。
           --inputs - 表示从标准输入读取。
  keys     列出全部输入项：键名、类型、单位、中文名称。

选项：
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
  1  输入文件无法读取，或不是有效的输入文件
  2  命令或参数有误
`;

const EN = `perf-score — department-wide expenditure performance self-evaluation scoring
Scores the 21 indicators of the common framework (2021 revision), grades the total and lists audit findings.

Usage:
  perf-score score [--inputs FILE.json] [--json] [--lang zh-CN|en-US]
  perf-score keys [--lang zh-CN|en-US]
  perf-score --help | --version

Commands:
  score    Scores a JSON inputs file and prints the score table (points, computed, score, total, grade,
           deductions, audit findings), or with --json the result JSON on standard output.
           Without --inputs it scores the embedded sample (Longgang District Library 2021,
           examples/longgang-2021.inputs.json). --inputs - reads standard input.
  keys     Lists every input key with its type, unit and label.

Options:
  -i, --inputs FILE   JSON inputs file
      --json          print the result JSON (framework, total, grade, complete, indicators, findings)
      --lang LOCALE   zh-CN (default) or en-US
  -h, --help          this help
  -v, --version       version number

Inputs file: see the Chinese help (perf-score --help) or README.md for the format. Numbers may be text
("1,869.71", "93.95%", full-width digits); yes/no items take true/false, 是/否 or partial points; blanks and
"—" are missing, and an indicator with missing data is left unscored (never counted as 0) and reported.

Exit status: 0 scored (even if incomplete); 1 unreadable or invalid inputs file; 2 bad command line.
`;

export function helpText(locale: Locale): string {
  return locale === 'en-US' ? EN : ZH;
}
