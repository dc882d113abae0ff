/** What a finance bureau reads in a review: the summary workbook and the `review` command's output. */
export const review = {
  sheets: { overview: "汇总", scores: "指标得分", findings: "审计发现", charts: "图表" },
  title: "部门整体支出绩效自评复核汇总",
  subtitle: (framework: string, when: string) =>
    `指标体系：《${framework}》\u3000生成时间：${when}`,
  counts: (scored: number, notScored: number, unreadable: number, skipped: number) =>
    `共 ${scored + notScored + unreadable} 个工作簿：已计分 ${scored} 个，未计分 ${notScored} 个，无法读取 ${unreadable} 个` +
    (skipped ? `；另有 ${skipped} 个文件不是单位的工作簿，未处理` : "") +
    "。",
  highlight: "自评得分高于数据得分的单位以红色标出。",
  overview: {
    headers: [
      "序号",
      "单位",
      "文件",
      "数据得分",
      "自评得分",
      "差额（自评−数据）",
      "数据等级",
      "自评等级",
      "未计分指标",
      "审计发现",
      "状态",
    ],
    scored: "已计分",
    notScored: (why: string) => `未计分：${why}`,
    unreadable: (why: string) => `无法读取：${why}`,
    noInputs:
      "没有找到计分数据（没有 PERF_ 名称，“绩效基础数据”表未填写，报表中也没有可识别的数据）",
    nothingScored: (found: number) =>
      `找到 ${found} 项数据，但不足以计算任何一项指标（请补充“绩效基础数据”表）`,
    ungraded: "—",
  },
  scores: {
    title: (framework: string) => `各单位指标得分（${framework}）`,
    seq: "序号",
    unit: "单位",
    indicator: (name: string, points: number) => `${name}（${points}分）`,
    total: (points: number) => `总分（${points}分）`,
    data: "数据",
    claimed: "自评",
    missing: "—",
    mean: "平均分",
    min: "最低分",
    full: "满分单位数",
  },
  findings: {
    title: "审计发现",
    headers: ["序号", "单位", "文件", "指标", "类别", "说明", "来源单元格"],
    kinds: {
      claim: "自评得分无数据支持",
      missing: "缺少数据",
      input: "数据无法使用",
      inconsistent: "表间不一致",
      ambiguous: "来源不明确",
      note: "提示",
    },
    noIndicator: "—",
  },
  charts: {
    grades: "等级分布（单位数）",
    gradeHeaders: ["等级", "按数据", "按自评"],
    ungraded: "未评级（有指标未计分）",
    totals: "自评得分与数据得分",
    lineHeaders: ["参考线", "起点", "终点"],
    units: "各单位",
    diagonal: "自评＝数据",
    dataAxis: "数据得分",
    claimedAxis: "自评得分",
    countAxis: "单位数",
    note: "点在斜线上方的单位，自评得分高于其数据支持的得分。",
  },
  footer: "第 &P 页，共 &N 页",
  cli: {
    skippedTitle: (n: number) => `跳过 ${n} 个文件：`,
    skip: {
      notWorkbook: "不是电子表格",
      lockFile: "Excel 打开工作簿时留下的临时文件",
      hidden: "隐藏文件",
      output: "本次要写出的汇总表",
      scoredCopy: (original: string) =>
        `perf-score 写出的评分表副本，原工作簿 ${original} 已在本次复核中`,
      summary: "之前生成的复核汇总表",
      notRegular: "不是普通文件（管道、设备等），未打开",
      loop: (target: string) => `指向已经查找过的文件夹 ${target}，未重复查找`,
      unlisted: (why: string) => `无法列出其中的文件（${why}）`,
      tooBig: (mb: number) => `文件超过 ${mb} MB，不像是单位的工作簿，未打开`,
    },
    noWorkbooks: "没有找到要复核的工作簿（.xlsx）。请给出单位工作簿所在的文件夹或文件。",
    needsOutput: "review 需要 -o 指定汇总表，如 perf-score review 各单位/ -o 汇总.xlsx",
    outputFormat: (path: string) => `${path}：汇总表应以 .xlsx 结尾`,
    outputFolder: (folder: string) => `汇总表所在的文件夹 ${folder} 不存在`,
    needsFiles: "review 后面应给出单位工作簿所在的文件夹或文件",
    progress: (done: number, total: number) => `${done}/${total}`,
    left: (time: string) => `剩余约 ${time}`,
    reading: (file: string) => `正在读取 ${file}`,
    seconds: (s: number) => `${s} 秒`,
    minutes: (m: number, s: number) => `${m} 分 ${s} 秒`,
    line: (done: number, total: number, status: string, file: string) =>
      `[${done}/${total}] ${file}  ${status}`,
    timings: (total: string, find: string, score: string, write: string) =>
      `用时 ${total} 秒（查找文件 ${find} 秒，读取计分 ${score} 秒，写出汇总 ${write} 秒）`,
    written: (path: string) => `已写入汇总表：${path}`,
    skipped: (why: string) => `已跳过：${why}`,
    scored: (data: number, claimed: number) => `已计分：数据得分 ${data}，自评得分 ${claimed}`,
    workerFailed: (message: string) => `读取时出错（${message}）`,
    tooLarge: "工作簿太大，读取时超出了内存限制",
    timedOut: (seconds: number) => `${seconds} 秒内未能读完，可能文件过大或已损坏`,
  },
};

export type ReviewWords = typeof review;
