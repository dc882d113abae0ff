import { quote } from "../quote";
/** What `framework check` and the framework loaders say about a bureau's framework file. */
export const frameworkFile = {
  notObject: "应为一个对象（{ … }）",
  needsText: "应填写文字",
  needsList: "不能为空",
  needsNumber: "应为数字",
  needsPositive: "应为大于0的数字",
  needsPoints: "分值应为不小于0的数字",
  noPoints: "还没有填写分值",
  noRule: "还没有填写计分方式（这是指标体系模板，须由财政部门补充分值和计分规则）",
  partNeedsPoints: "组合中的每一部分都要写明分值",
  needsKey: "应填写输入项键名",
  needsKeys: "应至少填写一个输入项键名",
  needsBound: "应填写界限或数值，如 90%",
  needsMeasure: "应写明计算方式：比率（分子/分母）、变动率（本年/上年）或百分数输入项",
  badComparison: "比较符应为 >=、>、<= 或 <",
  badDirection: "方向应为 above（超出扣分）或 below（不足扣分）",
  badSteps: "应为 exact（按比例）、started（不足一档按一档）或 full（满一档才扣）",
  capAboveTotal: "总分上限不能超过总分",
  badCurve: "应为 linear（超出一倍得0分）或 ratio（目标值÷实际值）",
  badThen: "应为 full（得满分）或 omit（不参与评分，总分按百分制折算）",
  weightsCount: "权重（金额输入项）的个数应与组成部分的个数相同",
  onePart: "应恰好有一个组成部分（被修正的规则）",
  twoParts: "至少要有两个可选的组成部分",
  badLabels:
    '报表中的写法应为文字列表，如 ["上年结转", "上年结转结余"]，或 { rows: [...], columns: [...] }',
  badId: "编号只能由字母、数字、-、_、. 组成，如 hunan-2022",
  badKey: (key: string) => `键名${quote(key)}无效：应以字母开头，只含字母、数字和 _`,
  catalogKey: (key: string) =>
    `${quote(key)}是通用输入项的键名，不能重新定义；请直接使用它或换一个键名`,
  duplicateKey: (key: string) => `键名${quote(key)}重复`,
  duplicateId: (id: string) => `三级指标编号${quote(id)}重复`,
  badType: (type: string, types: string[]) =>
    `类型${quote(type)}无效，应为 ${types.join("、")} 之一`,
  inputNeedsLabel: (key: string) => `输入项${quote(key)}没有中文名称`,
  undeclared: (key: string) =>
    `用到了输入项${quote(key)}，但它既不是通用输入项，也没有在本指标体系的输入项中声明`,
  unknownKind: (kind: string, kinds: readonly (readonly [string, string])[]) =>
    `未知的计分方式${quote(kind)}，可用的有：${kinds.map(([k, name]) => `${name}（${k}）`).join("、")}`,
  needsGrades: "至少要有一个评分等级",
  duplicateField: "出现了不止一次，只有最后一个有效：请删去多余的",
  notData:
    '应为普通文字：不能含英文双引号（"），也不能以 =、+、-、@ 开头（Excel 会把这样的文字当作公式）',
  tooLong: (max: number) => `不能超过 ${max} 个字（Excel 公式中的文字最长 ${max} 个字）`,
  negativeScore: "得分不能为负数",
  gradesFromZero: "评分等级应覆盖到0分（最低一档的下限写0）",
  notJson: (line?: number, column?: number) =>
    line ? `不是有效的 JSON（第 ${line} 行第 ${column} 列附近）` : "不是有效的 JSON",
  problemAt: (where: string, message: string) => `${where}：${message}`,
  unfinished: (id: string) =>
    `${quote(id)}是指标体系模板，还没有分值和计分规则，不能用于计分。请先导出（perf-score framework export ${id} -o 指标体系.xlsx），由财政部门补全后再用 --framework 指定该文件。`,
  unknownFramework: (id: string, known: string[]) =>
    `找不到指标体系${quote(id)}：内置的有 ${known.join("、")}，也可以给出 .xlsx 或 .json 指标体系文件的路径`,
};

export type FrameworkFileWords = typeof frameworkFile;
