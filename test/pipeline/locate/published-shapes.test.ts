import { locateByLabels } from "../../../src/pipeline/locate/tables";
import { coreValue } from "../../../src/pipeline/normalize";
import { sheet, workbook } from "../../support/snapshot-helpers";
import { plain } from "../../helpers";

/**
 * Each table laid out as a published one (test/fixtures/published-layouts.json: the id and address are
 * given per case) with figures of our own: what the scan takes from it, exactly. An input the table
 * cannot settle is asked ("?"), one it does not state is absent.
 */

type Row = (string | number | null)[];
const column = (i: number) => String.fromCharCode(65 + i);

const read = (name: string, rows: Row[]) => {
  const cells: Record<string, string | number> = {};
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null && v !== "") cells[`${column(j)}${i + 1}`] = v;
    })
  );
  const found = locateByLabels(workbook([sheet(name, cells)]));
  return Object.fromEntries(
    found.map((l) => [l.key, l.ambiguous || l.doubt ? "?" : plain(coreValue(l))])
  );
};

const _ = null;

describe("三公 tables as units publish them", () => {
  // sh-jiading-justice-2017-sangong-jiguan, http://www.021fenlei.com/n133889.htm
  it("reads 预算数 and 决算数 alternating under each item, with 机关运行经费 beside them", () => {
    expect(
      read("公开09表", [
        ["2017年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表"],
        [_, _, _, _, _, _, _, _, _, _, _, _, "单位:万元"],
        ["一般公共预算财政拨款“三公”经费", _, _, _, _, _, _, _, _, _, _, _, "机关运行经费决算数"],
        ["合计", _, "因公出国(境)费", _, "公务用车购置及运行费", _, _, _, _, _, "公务接待费", _, _],
        [_, _, _, _, "小计", _, "公务用车购置费", _, "公务用车运行费", _, _, _, _],
        [
          "预算数",
          "决算数",
          "预算数",
          "决算数",
          "预算数",
          "决算数",
          "预算数",
          "决算数",
          "预算数",
          "决算数",
          "预算数",
          "决算数",
          _,
        ],
        [30.5, 24.1, 0, 0, 22, 18, 0, 0, 22, 18, 8.5, 6.1, 325.88],
      ])
    ).toEqual({
      sanGongBudget: 30.5,
      sanGongActual: 24.1,
      sanGongAbroadBudget: 0,
      sanGongAbroadActual: 0,
      sanGongVehiclePurchaseBudget: 0,
      sanGongVehiclePurchaseActual: 0,
      sanGongVehicleRunningBudget: 22,
      sanGongVehicleRunningActual: 18,
      sanGongReceptionBudget: 8.5,
      sanGongReceptionActual: 6.1,
    });
  });

  // yn-shidian-county-2016-sangong-statistics, https://shidian.gov.cn/info/4163/808803.htm
  it("takes 本年决算数 after 上年决算数, not the 增减 columns", () => {
    expect(
      read("三公", [
        ["施甸县2016年“三公”经费决算情况统计表"],
        [_, _, _, _, "单位:万元"],
        ["项目", "上年决算数", "本年决算数", "比上年增、减情况", _],
        [_, _, _, "增、减金额", "增、减幅度"],
        ["合计", 120.5, 100.2, -20.3, "-16.8%"],
        ["1.因公出国(境)费", 10, 0, -10, "-100%"],
        ["2.公务接待费", 30.5, 25.2, -5.3, "-17.4%"],
        ["3.公务用车购置及运行费", 80, 75, -5, "-6.3%"],
        ["其中:(1)公务用车购置费", 20, 18, -2, "-10%"],
        ["(2)公务用车运行费", 60, 57, -3, "-5%"],
      ])
    ).toEqual({
      sanGongActual: 100.2,
      sanGongAbroadActual: 0,
      sanGongReceptionActual: 25.2,
      sanGongVehiclePurchaseActual: 18,
      sanGongVehicleRunningActual: 57,
    });
  });

  // hn-yueyangxian-taichuangyuan-2017-sangong-budget, http://yyx.gov.cn/37584/38146/38306/content_1180192.html
  it("takes this year's 预算数 in 元, not last year's 执行数, and no count row; 支出合计 is the 三公 total", () => {
    expect(
      read("表3", [
        ["某单位2017年度部门“三公”经费预算情况表"],
        [_, _, "单位:元"],
        ["项目", "2016-执行数", "2017-预算数"],
        ["一、支出合计", 280000, 250000],
        ["1、因公出国(境)费用", 0, 0],
        ["2、公务接待费", 80000, 70000],
        ["3、公务用车费", 200000, 180000],
        ["其中:(1)公务用车运行维护费", 200000, 180000],
        ["(2)公务用车购置", 0, 0],
        ["二、相关统计数", _, _],
        ["1.因公出国(境)团组数(个)", 0, 0],
        ["4.公务用车保有量(辆)", 2, 2],
        ["5.公务接待批次(批)", 40, 35],
      ])
    ).toEqual({
      sanGongBudget: 25,
      sanGongAbroadBudget: 0,
      sanGongReceptionBudget: 7,
      sanGongVehicleRunningBudget: 18,
      sanGongVehiclePurchaseBudget: 0,
    });
  });

  // js-nantong-sasac-2016-sangong-budget, http://gzw.nantong.gov.cn/ntsgzw/bmyjshsg/content/ae192308-2880-4f59-87b1-2c3334e66205.html
  it("reads 单位不需填列 and a blank as missing, and 会议费 as no 三公 item", () => {
    expect(
      read("三公", [
        ["2016年某委财政拨款“三公”经费预算表"],
        [_, _, "金额单位:万元"],
        ["项目", "2016年预算数", _],
        [_, "小计", "其中:一般公共预算安排数"],
        ["一、“三公”经费合计", 9.8, 9.8],
        ["(一)因公出国(境)费", "单位不需填列", "单位不需填列"],
        ["(二)公务接待费", 1.8, 1.8],
        ["(三)公务用车费", 8, 8],
        ["1.公务用车购置费", _, _],
        ["2.公务用车运行维护费", 8, 8],
        ["二、会议费", 3, 3],
        ["三、培训费", 5, 5],
      ])
    ).toEqual({ sanGongBudget: 9.8, sanGongReceptionBudget: 1.8, sanGongVehicleRunningBudget: 8 });
  });

  // gd-city-dept-2019-admin-and-sangong-budget, http://www.plpkl.com/zdlyxxgk/czyjshsgjf/sgjf/content/post_3449036.html
  it("reads the 合计 column beside the sources, and 行政经费 as no 三公 figure", () => {
    expect(
      read("三公", [
        ["某局2019年财政拨款安排的行政经费及“三公”经费预算情况（表）"],
        [_, _, _, _, "单位:万元"],
        ["项 目", "合计", "一般公共 预算", "政府性基金 预算", "国有资本 经营预算"],
        ["行政经费", 310.2, 300.2, 10, 0],
        ["“三公”经费", 18.4, 18.4, 0, 0],
        ["其中:(一)因公出国(境)支出", 0, 0, 0, 0],
        ["(二)公务用车购置及运行维护支出", 12, 12, 0, 0],
        ["1.公务用车购置", 0, 0, 0, 0],
        ["2.公务用车运行维护费", 12, 12, 0, 0],
        ["(三)公务接待费支出", 6.4, 6.4, 0, 0],
      ])
    ).toEqual({
      sanGongBudget: 18.4,
      sanGongAbroadBudget: 0,
      sanGongVehiclePurchaseBudget: 0,
      sanGongVehicleRunningBudget: 12,
      sanGongReceptionBudget: 6.4,
    });
  });
});

describe("staff, assets, procurement and adjustments", () => {
  it("takes the evaluated year's row of a table with a row per year-end, 在职 as on payroll", () => {
    const table: Row[] = [
      ["某局2024年人员情况表"],
      ["年度", "编制数", "实有人数", "其中：在职", "离退休"],
      ["2023年末", 40, 52, 36, 16],
      ["2024年末", 40, 50, 35, 15],
    ];
    expect(read("人员", table)).toEqual({ staffAuthorized: 40, staffOnPayroll: 35 });
    // With no year anywhere the rows disagree, and the input is asked.
    expect(read("人员", [["某局人员情况表"], ...table.slice(1)])).toEqual({
      staffAuthorized: 40,
      staffOnPayroll: "?",
    });
  });

  // xj-urumqi-service-centre-2023-js-staff, http://upcchem.com/wlmqs/c119485/202501/b6ed714d8d334d43bcd1e201fd61491c.shtml
  it("takes 实有 less 离退休 where a sentence states them as its parts, and 实有 that includes them as nothing", () => {
    expect(
      read("说明", [
        ["2023年度部门决算公开说明"],
        ["本单位2023年度实有人数11人，其中：在职人员10人，离休人员0人，退休人员1人。"],
      ])
    ).toEqual({ staffOnPayroll: 10 });
    expect(
      read("说明", [
        ["人员情况"],
        ["截至2023年末，本单位实有人数52人（含离退休人员），编外聘用3人。"],
      ])
    ).toEqual({ contractStaff: 3 });
    expect(
      read("说明", [
        ["人员情况"],
        ["单位编制25人，实有人数23人，另有编外聘用人员3人；离退休人员11人。"],
      ])
    ).toEqual({ staffAuthorized: 25, staffOnPayroll: 23, contractStaff: 3 });
  });

  // gd-luohu-petition-bureau-2019-budget-staff, http://www.szlh.gov.cn/lhqxfj/gkmlpt/content/6/6059/post_6059702.html
  it("adds staff stated per category (行政, 事业), spaces around the figures", () => {
    expect(
      read("概况", [
        ["2024年某局部门预算"],
        [
          "某局行政编制数 15 人，实有在编人数 13 人；事业编制数 8 人，实有在编人数 7 人；离休 0 人，退休 9 人。",
        ],
      ])
    ).toEqual({ staffAuthorized: 23, staffOnPayroll: 20 });
  });

  it("takes 原值 (and its 在用) over 净值, and 净值 as the net value", () => {
    expect(
      read("资产", [
        ["2024年固定资产情况表"],
        [_, _, _, _, "单位：万元"],
        ["资产类别", "原值", _, "净值", _],
        [_, "合计", "其中：在用", "合计", "其中：在用"],
        ["房屋及构筑物", 1000, 900, 700, 650],
        ["通用设备", 300, 250, 120, 100],
        ["合计", 1300, 1150, 820, 750],
      ])
    ).toEqual({ fixedAssetsTotal: 1300, fixedAssetsInUse: 1150, fixedAssetsNet: 820 });
  });

  it("takes 总计, not the 其中：一般公共预算 beside it", () => {
    expect(
      read("采购", [
        ["2024年政府采购计划及执行情况表"],
        [_, _, _, _, "单位：万元"],
        ["序号", "采购计划金额", _, "实际采购金额", _],
        [_, "总计", "其中：一般公共预算", "总计", "其中：一般公共预算"],
        ["总计", 500, 420, 470, 400],
      ])
    ).toEqual({ procurementPlanned: 500, procurementActual: 470 });
  });

  it("adds the table's 调增 and 调减 into the adjusted funds, and asks when a stated figure disagrees", () => {
    const table: Row[] = [
      ["2024年预算调整情况表"],
      [_, _, _, _, "单位：万元"],
      ["项目", "年初预算", "调增", "调减", "调整后预算"],
      ["基本支出", 1200, 50, 0, 1250],
      ["项目支出", 800, 0, 120, 680],
      ["合计", 2000, 50, 120, 1930],
    ];
    expect(read("预算调整", table)).toEqual({
      budgetScale: 2000,
      executionBudget: 1930,
      projectInitial: 800,
      projectAdjusted: 680,
      fundsAdjusted: 170,
    });
    expect(
      read("预算调整", [...table, [_], ["说明：全年预算调整、调剂资金累计70.00万元。"]])
        .fundsAdjusted
    ).toBe("?");
  });

  it("never nets 年初 against a 全年预算 that holds 上年结转", () => {
    expect(
      read("执行", [
        ["2024年部门预算执行情况表"],
        ["项目", "年初预算数", "全年预算数", "全年执行数"],
        ["本年支出合计", 2000, 2300, 2250],
      ]).fundsAdjusted
    ).toBeUndefined();
  });
});

describe("the 部门整体支出绩效自评表", () => {
  // ah-guichi-tangxi-town-2022-project-selfeval (the same form for a project), http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2
  const form = (title: string): Row[] => [
    [title],
    ["部门名称", "某区图书馆"],
    [
      "年度预算执行情况（万元）",
      _,
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分",
    ],
    ["年度资金总额", _, 3000, 3400, 3300, 10, "97.06%", 9.7],
    ["其中：财政拨款", _, 2800, 3100, 3020, _, "97.42%", _],
    ["上年结转资金", _, 0, 200, 190, _, "95%", _],
    ["其他资金", _, 200, 100, 90, _, "90%", _],
    [
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ],
    ["产出指标", "数量指标", "举办阅读推广活动场次", "≥200场", "236场", 10, 10, _],
    ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "95.6%", 10, 10, _],
  ];

  it("reads the funds block and the indicator rows by name, never a row's 得分 or target", () => {
    expect(read("自评表", form("部门整体支出绩效自评表（2024年度）"))).toEqual({
      budgetScale: 3000,
      executionBudget: 3400,
      spentQ4: 3300,
      incomeCarryOverInitial: 0,
      satisfaction: 95.6,
    });
  });

  it("reads nothing from a project's form: its funds and satisfaction are the project's", () => {
    expect(read("自评表", form("项目支出绩效自评表（2024年度）"))).toEqual({});
  });

  it("takes no 0 that the system left in the 年度资金总额 row above its filled parts", () => {
    const zero = form("部门整体支出绩效自评表（2024年度）");
    zero[3] = ["年度资金总额", _, 0, 0, 0, 10, 0, 0];
    expect(read("自评表", zero)).toEqual({
      incomeCarryOverInitial: 0,
      satisfaction: 95.6,
    });
  });
});
