import { quote } from "../quote";
/** What the command line says. */
export const cli = {
  help: `perf-score —— 部门整体支出绩效自评计分
按部门整体支出绩效评价指标体系（内置《部门整体支出绩效评价共性指标体系框架（2021年修订）》21项三级
指标）自动计分、评级，并列出审计发现。

用法：
  perf-score score [工作簿.xlsx …] [-o 输出.xlsx] [--mode portable|values] [--framework 指标体系]
    [--json] [--overwrite]
  perf-score score --inputs 文件.json [--framework 指标体系] [--json]
  perf-score score --projects [工作簿.xlsx …] [-o 输出.xlsx] [--framework 自评表规则] [--json]
  perf-score report [工作簿.xlsx | --inputs 文件.json] [-o 报告.docx] [--framework 指标体系]
    [--overwrite]
  perf-score review 文件夹或工作簿… -o 汇总.xlsx [--framework 指标体系] [--overwrite]
  perf-score template -o 文件.xlsx [--framework 指标体系] [--overwrite]
  perf-score framework list
  perf-score framework export 编号或文件 -o 文件.xlsx|文件.json [--overwrite]
  perf-score framework check 编号或文件
  perf-score keys
  perf-score --help | --version
  （各命令均可加 --lang zh-CN|en-US）

命令：
  score     为工作簿计分，并写出一份加上“绩效自评评分表”的副本（默认为原文件旁的“文件名-评分表
            .xlsx”，原文件不会被修改）。计分数据依次取自：以 PERF_ 开头的名称（如
            PERF_sanGongBudget），“绩效基础数据”表，本单位原有报表中的标签（如“三公”经费合计、调整
            预算数、第一季度）。打印中文评分表（分值、计算得分、得分、总得分、评分等级、扣分情况说
            明、审计发现）；加 --json 则打印结果 JSON。可一次给出多个工作簿（批量计分）：每个工作簿
            一行，状态为已计分、未计分或无法读取（附原因）。评分表副本已存在时拒绝覆盖（加
            --overwrite）。不给文件时，对内置示例工作簿（深圳市龙岗区图书馆2021年度，
            examples/longgang-2021.xlsx）计分，副本写在当前目录。--inputs 文件.json：按 JSON 输入
            文件计分（不写工作簿），--inputs - 表示从标准输入读取。--projects：为工作簿中
            每张项目支出/部门整体支出绩效自评表（财预〔2020〕10号表式）按评分规则重新
            计分，副本中每个项目一张自评表，多个项目另加“自评汇总”。--framework 选择规则
            （默认按表式用全国规则）：national-2020-project、national-2020-department、
            sichuan-2023-project、hubei-2020-project、yitihua-project。
  report    写出部门整体支出绩效自评报告初稿（Word .docx，按 GB/T 9704 排版）：单位基本情况、预算
            编制与调整、预算执行、履职绩效（经济性、效率性、效果性、公平性）、自评结论、存在问题、
            评分表和附表1-1至1-4。每个数字都取自与 score 相同的计分数据；只有本单位能写的内容（职
            能、重点工作、原因、改进措施）和缺少的数据留作黄色底纹的【请填写：…】提示，命令会说明
            共有几处。默认写在工作簿或 JSON 文件旁（“文件名-自评报告.docx”），不给文件时为内置示例
            工作簿写在当前目录。已存在时拒绝覆盖（加 --overwrite）。
  review    财政部门复核：为文件夹（含子文件夹）中各单位的全部工作簿计分（多核并行），写出一个汇总
            工作簿：汇总（每个单位一行：数据得分、自评得分、差额、等级、未计分指标、审计发现数、状
            态）、指标得分（各单位×各指标，数据与自评并列，附平均分、最低分、满分单位数）、审计发
            现（可按类别筛选）和图表（等级分布、自评得分与数据得分）。.xls、.et 等其他格式的表格列
            为“无法读取”并说明如何处理；其他文件（文档、PDF、Excel 临时文件等）跳过并列出原因。单
            个工作簿出错不会中断复核。在终端中显示进度条（已完成/总数、剩余时间、正在读取的文件），
            输出到文件时每个工作簿一行。汇总表已存在时拒绝覆盖（加 --overwrite）。
  template  写出一个只含空白“绩效基础数据”表的工作簿，供填写后计分。
  framework 指标体系：list 列出内置的指标体系和模板；export 把内置指标体系、模板或文件导出为 Excel
            填写表（.xlsx）或 JSON；check 检查财政部门编写的指标体系文件，逐条列出问题及所在单元格
            （或 JSON 路径）。
  keys      列出全部输入项：键名、类型、单位、中文名称。

选项：
  -o, --output 文件   评分表副本（score）、自评报告（report）、汇总表（review）、模板（template）或
                    导出的指标体系（framework export）的写入位置
  -f, --framework X   指标体系：内置编号（如 longgang-2021，默认）或 .xlsx/.json 指标体系文件
      --mode 方式     评分表中得分单元格的写法：portable（默认，Excel 原生公式，无需加载项即可重算）
                    或
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
    "kpis": [ { "aspect": "社会效益", "name": "接待读者人次（万）", "target": 200, "actual":
    244.62,
                "direction": ">=", "weight": 1 } ],
    "overrides": { "预算执行率": { "score": 6, "reason": "第四季度单位机构改革" } }
  }
  数值可写成数字或文字："1,869.71"、"93.95%"、全角数字；是/否题可写 true/false、"是"/"否" 或部分得
  分；公开情况写 "完全"/"部分"/"未公开"。空白、"—" 或“缺少”视为缺少：缺少数据的指标不计分（不会按0
  分计），并在审计发现中列出。overrides 为评价人自评得分，必须写明理由；与数据计算结果不一致时列为
  审计发现。

退出码：
  0  已计分（即使部分指标因缺少数据未计分）
  1  文件无法读取、不是有效的输入文件或工作簿，或工作簿中没有任何计分数据
  2  命令或参数有误（包括拒绝覆盖已存在的文件）
  review：0 全部工作簿均已读取；1 有工作簿无法读取（汇总表照常写出）或没有找到工作簿；2 命令或参数
  有误
`,
  prefix: "perf-score：",
  badLang: (locales: string[]) => `--lang 应为 ${locales.join(" 或 ")}`,
  needsValue: (flag: string) =>
    `${flag} 后面应给出${flag === "--mode" ? " portable 或 values" : "一个值"}`,
  liveRefused:
    "live（PERF 实时公式）只能由 Excel 中的加载项写入：命令行写出的文件在 Excel 中会显示 #NAME?。请用 portable（Excel 原生公式，默认）或 values",
  badMode: (value: string, modes: string[]) =>
    `--mode 应为 ${modes.join("、")} 之一，而不是${quote(value)}`,
  unknownArg: (arg: string) => `无法识别的参数${quote(arg)}，请运行 perf-score --help 查看用法`,
  notForCommand: (flag: string, command: string) => `${flag} 不能用于 ${command} 命令`,
  jsonOnlyScore: "--json 只用于 score 命令",
  overwriteOnly: "--overwrite 只用于 score、review、template 和 framework export 命令",
  frameworkAction: (actions: string[]) =>
    `framework 命令后面应给出 ${actions.join("、")} 之一，如 perf-score framework list`,
  frameworkTarget: (action: string) =>
    `framework ${action} 后面应给出指标体系的编号或文件，如 perf-score framework ${action} 指标体系.xlsx`,
  exportNeedsOutput: "framework export 需要 -o 指定写出的文件（.xlsx 或 .json）",
  exportFormat: (path: string) => `${path}：导出的文件应以 .xlsx 或 .json 结尾`,
  outputNotWithInputs: "-o 用于工作簿：JSON 输入文件只打印评分结果",
  templateNeedsOutput:
    "template 命令需要 -o 指定要写入的文件，如 perf-score template -o 基础数据.xlsx",
  inputsNotWithFiles: "--inputs 与工作簿文件不能同时使用",
  reportOneWorkbook: "report 一次为一个工作簿写报告",
  reportFormat: (path: string) => `自评报告写为 Word 文件，-o 应以 .docx 结尾（${path}）`,
  reportNeedsOutput: "从标准输入读取时请用 -o 指定报告文件",
  outputOneWorkbook: "同时评分多个工作簿时不能用 -o，评分表副本会写在各工作簿旁边",
  cannotRead: (path: string, reason: string) => `无法读取 ${path}：${reason}`,
  cannotWrite: (path: string, reason: string) => `无法写入 ${path}：${reason}`,
  sameAsInput: (file: string) => `输出文件与输入相同（${file}），如确要覆盖原文件请加 --overwrite`,
  inFile: (file: string, message: string) => `${file}：${message}`,
  written: (path: string) => `已写入评分表：${path}`,
  timedOut: (seconds: number) =>
    `${seconds} 秒内没有完成，已停止（文件可能过大、已损坏，或被刻意做成难以读取的样子）；没有写出任何文件`,
  outOfMemory: (mb: number) =>
    `读取时用尽了允许的 ${mb} MB 内存，已停止（文件可能过大或已损坏）；没有写出任何文件`,
  failed: (why: string) => `运行中断（${why}），没有写出任何文件`,
  interrupted: "已中断，没有留下未写完的文件",
  exists: (path: string) => `${path} 已存在，如确要覆盖请加 --overwrite`,
  sameOutput: (files: string[], output: string) =>
    `${files.join("、")} 的评分副本都会写到 ${output}，后写的会替换先写的；请分别计分，或不加 -o 让每个副本写在各自的工作簿旁边`,
  macroOutput: (file: string) =>
    `${file} 是启用宏的工作簿（.xlsm），副本保留其中的宏，文件名也须以 .xlsm 结尾（Excel 不打开含宏的 .xlsx）`,
  templateWritten: (path: string) => `已写入空白的“绩效基础数据”模板：${path}`,
  framework: {
    listHeaders: ["编号", "名称", "三级指标", "总分", "类别"],
    formsTitle: "绩效自评表的评分规则（score --projects --framework 编号）：",
    formHeaders: ["编号", "名称"],
    builtIn: "内置，可直接计分",
    template: "模板：须由财政部门补充分值和计分规则",
    checked: (target: string, title: string, count: number, total: number) =>
      `${target}：没有发现问题。《${title}》，${count}项三级指标，总分${total}分。`,
    notesTitle: "指标体系原表说明（照原文保留，不影响计分）：",
    hasProblems: (file: string, n: number) => `${file} 有 ${n} 处问题，不能用于计分：`,
    unfinishedFile: (file: string) =>
      `${file} 是尚未完成的指标体系（缺少分值或计分规则），不能用于计分：`,
    exported: (target: string, output: string) => `已导出 ${target} → ${output}`,
  },
  keys: {
    headers: ["键名", "类型", "单位", "名称"],
    types: {
      amount: "金额",
      count: "数量",
      percent: "百分比",
      judgement: "判断(是/否/分)",
      flag: "是/否",
      choice: "选项",
      score: "得分",
      quantity: "数量",
    } as Record<string, string>,
  },
  report: {
    headers: ["一级指标", "二级指标", "三级指标", "分值", "计算得分", "得分"],
    total: "总得分",
    grade: "评分等级",
    noGrade: "暂不评级（尚有指标未计分）",
    incomplete: (n: number) => `（${n}项未计分）`,
    inputProblems: (n: number) => `；${n}处输入有误，见审计发现`,
    year: (y: string) => `${y}年度`,
    explanations: "扣分情况说明",
    findings: "审计发现",
    frameworkNotes: "指标体系原表说明（照原文保留，不影响得分）",
    none: "无",
    blank: "—",
    colon: "：",
    summaryHeaders: ["工作簿", "单位", "总得分", "评分等级", "审计发现", "状态"],
    status: {
      scored: "已计分",
      notScored: (why: string) => `未计分：${why}`,
      unreadable: (why: string) => `无法读取：${why}`,
      unwritable: (why: string) => `无法写入：${why}`,
    },
    batchTotals: (scored: number, notScored: number, unreadable: number, unwritable: number) =>
      `共 ${scored + notScored + unreadable + unwritable} 个工作簿：已计分 ${scored} 个，未计分 ${notScored} 个，无法读取 ${unreadable} 个` +
      (unwritable ? `，评分表无法写入 ${unwritable} 个。` : "。"),
    legend: {
      override: "* 评价人确定的得分（自评得分），与计算得分不同时列入审计发现",
      blank: "— 缺少数据，未计算或未计分",
      separator: "；",
    },
  },
  projects: {
    headers: ["序号", "项目", "执行率", "得分", "等级", "核查发现"],
    heading: (file: string, n: number) => `${file}：${n} 张绩效自评表`,
    none: (file: string) =>
      `${file} 中没有找到绩效自评表（需要含“年度指标值”“实际完成值”“得分”的表头）`,
    unknownForm: (id: string, ids: string[]) => `没有评分规则“${id}”；可用：${ids.join("、")}`,
    missing: (column: string) => `预算执行：缺少${column}`,
    rowMissing: (name: string, column: string) => `${name}：缺少${column}`,
  },
};

export type CliWords = typeof cli;
