import {
  boot,
  BROWSER_FALLBACK_MS,
  SLOW_HOST_MS,
  type BootEnv,
  type BootState,
} from "../../src/taskpane/boot";
import { workbookTitle } from "../../src/taskpane/workbook-title";

/** Where the pane runs is decided only by Office itself: a slow Excel is waited for, never mistaken for a browser. */
function env(office: BootEnv["office"], search = ""): BootEnv & { states: BootState[] } {
  return {
    office,
    search,
    storedHostInfo: null,
    navigatorLanguage: "zh-CN",
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    workbookTitle,
    states: [],
  };
}

function officeAnswering(
  after: number,
  host: string | null,
  url = "C:\\Users\\张三\\预算 50%.xlsx"
) {
  return {
    onReady: () =>
      new Promise<{ host: unknown }>((resolve) => setTimeout(() => resolve({ host }), after)),
    context: { displayLanguage: "zh-CN", document: { url } },
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("starting the pane", () => {
  it("inside Excel, waits however long office.js takes, saying so, and never offers the file picker", async () => {
    const e = env(officeAnswering(30_000, "Excel"), "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0");
    boot(e, (s) => e.states.push(s));
    await jest.advanceTimersByTimeAsync(SLOW_HOST_MS + 1);
    expect(e.states.map((s) => s.phase)).toEqual(["starting", "waiting"]);
    await jest.advanceTimersByTimeAsync(30_000);
    expect(e.states.map((s) => s.phase)).toEqual(["starting", "waiting", "excel"]);
    expect(e.states.at(-1)).toEqual({
      phase: "excel",
      locale: "zh-CN",
      title: "预算 50%.xlsx",
    });
  });

  it("Office’s stored host record counts as being inside Office too", async () => {
    const e = {
      ...env(officeAnswering(10_000, "Excel")),
      storedHostInfo: "Excel|Win32|16.01|zh-CN|||",
    };
    boot(e, (s) => e.states.push(s));
    await jest.advanceTimersByTimeAsync(10_001);
    expect(e.states.map((s) => s.phase)).toEqual(["starting", "waiting", "excel"]);
  });

  it("a plain page: office.js answers “no host” at once and the browser mode follows", async () => {
    const e = env(officeAnswering(60, null));
    boot(e, (s) => e.states.push(s));
    await jest.advanceTimersByTimeAsync(61);
    expect(e.states.map((s) => s.phase)).toEqual(["starting", "browser"]);
  });

  it("a plain page whose office.js never answers (opened from disk) falls back after a while, and Excel still wins if it answers late", async () => {
    const e = env(officeAnswering(20_000, "Excel"));
    boot(e, (s) => e.states.push(s));
    await jest.advanceTimersByTimeAsync(BROWSER_FALLBACK_MS + 1);
    expect(e.states.map((s) => s.phase)).toEqual(["starting", "browser"]);
    await jest.advanceTimersByTimeAsync(20_000);
    expect(e.states.map((s) => s.phase)).toEqual(["starting", "browser", "excel"]);
  });

  it("without office.js at all (an intranet without the CDN) the browser mode starts at once, in the browser’s language", () => {
    const e = { ...env(undefined), navigatorLanguage: "en-GB" };
    boot(e, (s) => e.states.push(s));
    expect(e.states).toEqual([
      { phase: "starting", locale: "en-US" },
      { phase: "browser", locale: "en-US" },
    ]);
  });
});

describe("the workbook’s name", () => {
  it.each([
    ["C:\\Users\\张三\\Documents\\预算 50%.xlsx", "预算 50%.xlsx"],
    ["C:\\账目\\100%完成%E9.xlsx", "100%完成%E9.xlsx"],
    ["/Users/zhang/Documents/执行率 100%.xlsx", "执行率 100%.xlsx"],
    [
      "https://contoso.sharepoint.com/sites/cw/Shared%20Documents/%E9%A2%84%E7%AE%97%2050%25.xlsx?web=1&e=abc",
      "预算 50%.xlsx",
    ],
    ["https://d.docs.live.net/1a2b/%E6%96%87%E6%A1%A3/%25broken%E9.xlsx", "%25broken%E9.xlsx"],
    ["", ""],
    [undefined, ""],
  ])("%s → %s", (url, title) => {
    expect(workbookTitle(url)).toBe(title);
  });
});

describe("the pane's language", () => {
  it("is the one the user chose before, over the browser's and Office's", async () => {
    const browser = { ...env(undefined), navigatorLanguage: "zh-CN", storedLocale: "en-US" };
    boot(browser, (s) => browser.states.push(s));
    expect(browser.states.at(-1)).toEqual({ phase: "browser", locale: "en-US" });
    const excel = {
      ...env(officeAnswering(10, "Excel"), "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0"),
      storedLocale: "en-US",
    };
    boot(excel, (s) => excel.states.push(s));
    await jest.advanceTimersByTimeAsync(20);
    expect(excel.states.at(-1)).toMatchObject({ phase: "excel", locale: "en-US" });
  });
});
