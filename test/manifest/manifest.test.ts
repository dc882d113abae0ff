import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseStringPromise } from "xml2js";
import { repoFile } from "../helpers";

/**
 * The manifest, checked offline (Microsoft's validator needs its web service): well-formed, parsed by
 * office-addin-manifest, every resid defined, every URL https under the base URL and served by dist/,
 * icons of the declared sizes, one shared runtime, the functions' metadata the build made.
 */
const DIST = repoFile("dist");
const BASE = "https://localhost:3000/";

const manifestText = (dir = DIST) => readFileSync(join(dir, "manifest.xml"), "utf8");
const attributes = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`\\b${name}="([^"]*)"`, "g"))].map((m) => m[1]);
const idsOf = (xml: string) =>
  new Map(
    [...xml.matchAll(/<bt:(Image|Url|String) id="([^"]+)" DefaultValue="([^"]*)"/g)].map((m) => [
      m[2],
      { kind: m[1], value: m[3] },
    ])
  );
const urls = (xml: string) =>
  [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map(
    (m) => m[1] ?? m[2]
  );

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The file in dist/ a manifest URL stands for. */
const served = (url: string, base = BASE, dir = DIST) => join(dir, url.slice(base.length));

/**
 * What the code uses, and the requirement set Microsoft's reference gives for it
 * (learn.microsoft.com: custom-functions-requirement-sets, excel-api-requirement-sets, shared-runtime-requirement-sets).
 */
const REQUIRED: {
  uses: RegExp;
  where: "src" | "functions.json";
  set: string;
  version: number;
}[] = [
  {
    uses: /CustomFunctions\.Error\b/,
    where: "src",
    set: "CustomFunctionsRuntime",
    version: 1.2,
  },
  {
    uses: /CustomFunctions\.ErrorCode\./,
    where: "src",
    set: "CustomFunctionsRuntime",
    version: 1.3,
  },
  {
    uses: /"allowErrorForDataTypeAny": true/,
    where: "functions.json",
    set: "CustomFunctionsRuntime",
    version: 1.3,
  },
  { uses: /\.getRowProperties\(/, where: "src", set: "ExcelApi", version: 1.9 },
  {
    uses: /\.getRangeByIndexes\(/,
    where: "src",
    set: "ExcelApi",
    version: 1.7,
  },
  {
    uses: /\.getUsedRangeOrNullObject\(/,
    where: "src",
    set: "ExcelApi",
    version: 1.4,
  },
  { uses: /pageLayout\./, where: "src", set: "ExcelApi", version: 1.9 },
  {
    uses: /onVisibilityModeChanged|showAsTaskpane/,
    where: "src",
    set: "SharedRuntime",
    version: 1.1,
  },
];

function sourceText(dir = repoFile("src")): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) =>
      e.isDirectory()
        ? sourceText(join(dir, e.name))
        : /\.tsx?$/.test(e.name)
          ? readFileSync(join(dir, e.name), "utf8")
          : ""
    )
    .join("\n");
}

describe("manifest.xml (as built into dist/)", () => {
  it("declares at least the requirement set of every API the code uses", () => {
    const xml = manifestText();
    const declared = new Map(
      [...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [
        m[1],
        Number(m[2]),
      ])
    );
    const texts = {
      src: sourceText(),
      "functions.json": readFileSync(join(DIST, "functions.json"), "utf8"),
    };
    for (const r of REQUIRED) {
      expect([String(r.uses), r.uses.test(texts[r.where])]).toEqual([String(r.uses), true]);
      expect([r.set, (declared.get(r.set) ?? 0) >= r.version]).toEqual([r.set, true]);
    }
    expect(declared.get("CustomFunctionsRuntime")).toBe(1.3);
  });

  const xml = manifestText();

  it("is well-formed XML and office-addin-manifest reads it", async () => {
    await expect(parseStringPromise(xml, { strict: true })).resolves.toBeTruthy();
    const info = execFileSync(
      repoFile("node_modules", ".bin", "office-addin-manifest"),
      ["info", join(DIST, "manifest.xml")],
      { encoding: "utf8" }
    );
    expect(info).toContain("Name: 部门整体支出绩效自评");
    expect(info).toContain("Permissions: ReadWriteDocument");
    expect(info).toContain("Default Locale: zh-CN");
  });

  it("defines every resid it uses, and uses every one it defines", () => {
    const ids = idsOf(xml);
    const used = new Set(attributes(xml, "resid"));
    expect([...used].filter((r) => !ids.has(r))).toEqual([]);
    expect([...ids.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("points only at https URLs under the base URL, each served by the build", () => {
    const all = urls(xml);
    expect(all.length).toBeGreaterThan(10);
    for (const u of all) {
      if (u === "https://localhost:3000") continue;
      expect(u.startsWith(BASE)).toBe(true);
      expect([u, existsSync(served(u))]).toEqual([u, true]);
    }
    expect(xml.match(/<AppDomain>([^<]+)<\/AppDomain>/g)).toEqual([
      "<AppDomain>https://localhost:3000</AppDomain>",
    ]);
  });

  it("has icons of the sizes it declares, drawn for this add-in", () => {
    const ids = idsOf(xml);
    for (const [id, { kind, value }] of ids) {
      if (kind !== "Image") continue;
      const n = Number(/(\d+)x\1/.exec(id)![1]);
      expect([id, pngSize(served(value))]).toEqual([id, [n, n]]);
    }
    expect(pngSize(served(/<IconUrl DefaultValue="([^"]+)"/.exec(xml)![1]))).toEqual([32, 32]);
    expect(pngSize(served(/<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)![1]))).toEqual([
      64, 64,
    ]);
    expect(pngSize(repoFile("assets", "icon-128.png"))).toEqual([128, 128]);
  });

  it("runs task pane, functions and commands in one shared runtime page", () => {
    const runtime = /<Runtime resid="([^"]+)" lifetime="long"\/>/.exec(xml)![1];
    const places = [
      /<FunctionFile resid="([^"]+)"\/>/.exec(xml)![1],
      /<Page>\s*<SourceLocation resid="([^"]+)"\/>/.exec(xml)![1],
      /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"\/>/.exec(xml)![1],
    ];
    expect(places).toEqual([runtime, runtime, runtime]);
    expect(idsOf(xml).get(runtime)!.value).toBe(
      /<DefaultSettings>\s*<SourceLocation DefaultValue="([^"]+)"/.exec(xml)![1]
    );
    expect(xml).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
  });

  it("serves the functions metadata the build generated, in the PERF namespace, with the English version for en-US", () => {
    const ids = idsOf(xml);
    const metadata = ids.get("Functions.Metadata.Url")!.value;
    expect(readFileSync(served(metadata), "utf8")).toBe(
      readFileSync(join(DIST, "functions.json"), "utf8")
    );
    const english =
      /<bt:Url id="Functions.Metadata.Url"[^>]*>\s*<bt:Override Locale="en-US" Value="([^"]+)"/.exec(
        xml
      )![1];
    expect(JSON.parse(readFileSync(served(english), "utf8")).functions).toHaveLength(23);
    expect(ids.get("Functions.Namespace")!.value).toBe("PERF");
  });

  it("offers 打开绩效自评 and 生成评分表 on its ribbon tab, the latter wired to the commands page", () => {
    const ids = idsOf(xml);
    expect(ids.get("OpenPane.Label")!.value).toBe("打开绩效自评");
    expect(ids.get("Generate.Label")!.value).toBe("生成评分表");
    const fn = /<FunctionName>([^<]+)<\/FunctionName>/.exec(xml)![1];
    expect(readFileSync(repoFile("src", "commands", "commands.ts"), "utf8")).toContain(
      `onRibbon("${fn}"`
    );
    expect(readFileSync(repoFile("src", "hosts", "office", "runtime.ts"), "utf8")).toContain(
      "office.actions.associate(name, run)"
    );
  });

  it("speaks Chinese by default with an English override for every string", () => {
    const strings = [
      ...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]*"(\/>|>[\s\S]*?<\/bt:String>)/g),
    ];
    const withoutEnglish = strings
      .filter((m) => m[1] !== "Functions.Namespace" && !m[2].includes('Locale="en-US"'))
      .map((m) => m[1]);
    expect(withoutEnglish).toEqual([]);
    expect(xml).toMatch(
      /<DisplayName DefaultValue="部门整体支出绩效自评">\s*<Override Locale="en-US"/
    );
  });

  it("loads nothing from outside but office.js from Microsoft’s CDN", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const external = [...html.matchAll(/(?:src|href)="?(https?:[^"\s>]+)/g)].map((m) => m[1]);
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });
});

describe("a build for an intranet server without the CDN", () => {
  const out = mkdtempSync(join(tmpdir(), "perf-dist-"));
  const base = "https://intranet.example/perf/";

  beforeAll(() => {
    execFileSync(
      repoFile("node_modules", ".bin", "webpack"),
      [
        "--mode",
        "production",
        "--env",
        `url=${base}`,
        "--env",
        "officejs=local",
        "--env",
        "offline=no",
        "--output-path",
        out,
      ],
      { cwd: repoFile(), stdio: "pipe" }
    );
  }, 300_000);

  it("points the manifest at the base URL and serves office.js itself", () => {
    const xml = manifestText(out);
    expect(xml).not.toContain("localhost");
    for (const u of urls(xml))
      if (u !== "https://intranet.example")
        expect([u, existsSync(served(u, base, out))]).toEqual([u, true]);
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect([...html.matchAll(/(?:src|href)="?(https?:[^"\s>]+)/g)]).toEqual([]);
    // Loaded (only where Office opened the page) from beside the page, not from the CDN.
    expect(html).toContain('<script src="office-js/office.js">');
    expect(existsSync(join(out, "office-js", "office.js"))).toBe(true);
    expect(existsSync(join(out, "office-js", "o15apptofilemappingtable.js"))).toBe(true);
  });

  it("refuses a base URL that is not https", () => {
    expect(() =>
      execFileSync(
        repoFile("node_modules", ".bin", "webpack"),
        ["--env", "url=http://intranet.example/"],
        { cwd: repoFile(), stdio: "pipe" }
      )
    ).toThrow(/https/);
  });
});
