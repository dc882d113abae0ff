import { INDEPENDENT_FIXTURES } from "../../fixtures/independent-workbooks";
import { PUBLISHED_FIXTURES } from "../../fixtures/published-workbooks";
import { judgeFixtures, summary, type Judged } from "../../support/layouts/fixtures";
import { recall } from "../../support/layouts/tally";

/**
 * Workbooks written by someone who had not read the scan (separate sessions): the first set from
 * ../shared/reference, the second from the published layouts of test/fixtures/published-layouts.json, each
 * workbook citing the layouts it follows. They are the check on the generator, which was written alongside
 * the reader: a wrong value here is a reader bug, a figure a person could not settle must be asked, and a
 * figure the workbook does not state must not be read.
 */
jest.setTimeout(120_000);

describe.each([
  ["independent", INDEPENDENT_FIXTURES],
  ["published", PUBLISHED_FIXTURES],
])("the scan over the %s workbooks", (title, fixtures) => {
  let j: Judged;

  beforeAll(async () => {
    j = await judgeFixtures(fixtures);
    console.log(summary(title, j));
  });

  it("never reads an input with a wrong value", () => {
    expect(j.wrong).toEqual([]);
  });

  it("asks rather than picks where the workbook holds two different figures for one input", () => {
    expect(j.guessed).toEqual([]);
  });

  it("reads nothing for an input the workbook does not state", () => {
    expect(j.invented).toEqual([]);
  });

  it("finds at least 90% of the inputs present", () => {
    expect(recall(j.all)).toBeGreaterThanOrEqual(0.9);
  });
});
