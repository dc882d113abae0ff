import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { repoFile } from "../helpers";
import { openBrowser, type Session } from "../support/browser";

/**
 * The production build, opened as a plain web page in headless Chromium (no Office host): upload the
 * sample workbook, walk the three steps, generate, download, and check the download with the CLI.
 * Screenshots of each step go to artifacts/screenshots.
 */
const SHOTS = repoFile("artifacts", "screenshots");
const SAMPLE = repoFile("examples", "longgang-2021.xlsx");

let session: Session;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await openBrowser();
  console.log(`screenshots: ${SHOTS}`);
}, 60_000);
afterAll(() => session?.close());

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, name), fullPage: true });

describe("the task pane in a plain browser", () => {
  it("scores an uploaded workbook through the three steps and hands back the scored workbook", async () => {
    const page = await session.page();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(session.url);
    await page.getByRole("button", { name: "选择工作簿" }).waitFor();
    await shot(page, "0-open.png");

    await page.getByTestId("file-input").setInputFiles(SAMPLE);
    await page.getByText("已找到 50 / 59 项数据").waitFor({ timeout: 30_000 });
    await page.getByRole("switch", { name: "只看缺少的" }).click();
    await page.getByTestId("input-staffOnPayroll").getByText("缺少").waitFor();
    await shot(page, "1-sources.png");

    await page.getByRole("tab", { name: "2 评价判断" }).click();
    await page.getByRole("button", { name: "绩效指标明确性" }).click();
    const clarity = page.getByRole("radiogroup", {
      name: "绩效指标具有清晰、可衡量的指标值",
    });
    await clarity.getByRole("radio", { name: "是" }).check();
    await page.getByRole("button", { name: "保存到基础数据表" }).click();
    await page.getByText("已保存").waitFor();
    await shot(page, "2-judgements.png");

    await page.getByRole("tab", { name: "3 生成评分表" }).click();
    await page.getByText("按当前数据：97 分，优").waitFor();
    await page.getByRole("radio", { name: "Excel 原生公式（无需加载项即可重算）" }).check();
    await page.getByRole("button", { name: "生成评分表" }).click();
    await page.getByTestId("total").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("total").textContent()).toBe("97");
    expect(await page.getByTestId("grade").textContent()).toBe("评分等级：优");
    await page.getByRole("img", { name: /各级指标得分/ }).waitFor();
    expect(await page.getByText("审计发现（6）").count()).toBe(1);
    expect(await page.getByText("指标体系原表说明（3）").count()).toBe(1);
    await shot(page, "3-generated.png");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("longgang-2021-评分表.xlsx");
    const saved = join(SHOTS, "..", "longgang-2021-评分表.xlsx");
    await download.saveAs(saved);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("绩效自评评分表")!;
    expect((sheet.getCell("I26").value as { result: number }).result).toBe(97);
    const template = wb.getWorksheet("绩效基础数据")!;
    const clarityRow =
      [...Array(80).keys()].find(
        (r) => template.getCell(r + 1, 7).value === "indicatorsHaveValues"
      )! + 1;
    expect(template.getCell(clarityRow, 5).value).toBe("是");

    const cli = JSON.parse(
      execFileSync(
        process.execPath,
        [
          repoFile("build", "cli", "perf-score.js"),
          "score",
          saved,
          "--json",
          "-o",
          join(SHOTS, "..", "rescored.xlsx"),
          "--overwrite",
        ],
        { encoding: "utf8" }
      )
    );
    expect([cli.total, cli.grade]).toEqual([97, "优"]);
    expect(errors).toEqual([]);
    expect(
      session.external.every((u) => u.startsWith("https://appsforoffice.microsoft.com/"))
    ).toBe(true);
  }, 120_000);

  it("takes a dropped file, refuses one that is not .xlsx, and speaks English in an English browser", async () => {
    const page = await session.page({ locale: "en-US" });
    await page.goto(session.url);
    await page.getByRole("button", { name: "Choose a workbook" }).waitFor();
    const drop = async (name: string, bytes: Buffer) => {
      const transfer = await page.evaluateHandle(
        ({ name, data }) => {
          const dt = new DataTransfer();
          dt.items.add(new File([new Uint8Array(data)], name));
          return dt;
        },
        { name, data: [...bytes] }
      );
      await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
    };
    await drop("notes.txt", Buffer.from("hello"));
    await page.getByRole("alert").getByText("“notes.txt” is not an .xlsx workbook.").waitFor();
    await drop("sample.xlsx", readFileSync(SAMPLE));
    await page.getByText("50 of 59 inputs found").waitFor({ timeout: 30_000 });
    await shot(page, "4-english.png");
  }, 120_000);
});
