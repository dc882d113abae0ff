import { locateByLabels } from "../../../src/pipeline/locate/tables";
import { sheet, workbook } from "../../support/snapshot-helpers";
import { plain } from "../../helpers";
import { coreValue } from "../../../src/pipeline/normalize";

/**
 * Figures in a self-evaluation's paragraphs (../shared/reference, test/fixtures/published-layouts.json
 * `sentences`): a number is a reading only when its sentence says it of the measure — never an amount
 * added in a month, a change on last year, a part, or a score given for the indicator.
 */
const read = (...paragraphs: string[]) => {
  const cells = Object.fromEntries(paragraphs.map((p, i) => [`A${i + 2}`, p]));
  const found = locateByLabels(
    workbook([sheet("自评报告", { A1: "部门整体支出绩效自评报告", ...cells })])
  );
  return Object.fromEntries(found.map((l) => [l.key, plain(coreValue(l))]));
};

describe("figures in sentences", () => {
  it("an amount added in a month, raised or cut, or compared with last year is not the measure", () => {
    expect(
      read(
        "9月追加调资及公用经费50.00万元，主要用于人员工资调整和日常运转。",
        "年中调增日常公用经费预算12.00万元，调减项目支出预算30.00万元。",
        "日常公用经费比上年增加8.00万元，主要是办公场所搬迁。",
        "本年支出决算1200.00万元，其中公用经费决算数180.00万元。"
      )
    ).toEqual({});
  });

  it("an amount whose item another amount shares needs its measure; one that says it is read", () => {
    expect(read("本年度日常公用经费120.00万元，严格控制一般性支出。")).toEqual({});
    expect(read("本年度日常公用经费决算数为120.00万元，严格控制一般性支出。")).toEqual({
      dailyPublicActual: 120,
    });
    expect(read("本年政府采购计划金额326.40万元，实际采购金额318.75万元，执行率97.66%。")).toEqual({
      procurementPlanned: 326.4,
      procurementActual: 318.75,
    });
  });

  it("projects planned and finished on time, and petitions received, settled and settled on time", () => {
    expect(
      read(
        "全年计划实施项目12个，按期完成10个，另有2个项目因政策调整顺延。",
        "全年共受理信访36件，已办结35件，按期办结34件，办结率97.22%。"
      )
    ).toEqual({
      projectsPlanned: 12,
      projectsOnTime: 10,
      petitionsReceived: 36,
      petitionsReplied: 35,
      petitionsRepliedOnTime: 34,
    });
    // 按期完成 counts projects only after the sentence names them.
    expect(read("全年重点工作任务按期完成8个，完成率100%，得到区委区政府肯定。")).toEqual({});
  });

  it("a satisfaction written as a score out of 100 is read; the points an indicator scored are not", () => {
    expect(read("经第三方问卷调查，服务对象满意度为93.50分，群众认可度较高。")).toEqual({
      satisfaction: 93.5,
    });
    expect(read("公众或服务对象满意度得4分，扣2分，主要是宣传不够。")).toEqual({});
    expect(read("评分表中公众或服务对象满意度6分，按问卷结果确定。")).toEqual({});
  });
});
