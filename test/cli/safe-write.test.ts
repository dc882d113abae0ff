import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  lstatSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeNew } from "../../src/cli/safe-write";

/** The one way the command line writes a file: never over one that is there, never through a link. */
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "perf-write-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const bytes = (s: string) => new TextEncoder().encode(s);

describe("writeNew", () => {
  it("writes a new file, and refuses a second write of that name unless told to replace", () => {
    const path = join(dir, "副本.xlsx");
    writeNew(path, bytes("一"), false);
    expect(() => writeNew(path, bytes("二"), false)).toThrow(
      expect.objectContaining({ code: "EEXIST" })
    );
    expect(readFileSync(path, "utf8")).toBe("一");
    writeNew(path, bytes("三"), true);
    expect(readFileSync(path, "utf8")).toBe("三");
    expect(readdirSync(dir)).toEqual(["副本.xlsx"]);
  });

  it("a link planted where the output goes is never followed: refused, or replaced by the file itself", () => {
    const victim = join(dir, "别人的.txt");
    writeFileSync(victim, "原样");
    const path = join(dir, "副本.xlsx");
    symlinkSync(victim, path);
    expect(() => writeNew(path, bytes("新"), false)).toThrow(
      expect.objectContaining({ code: "EEXIST" })
    );
    writeNew(path, bytes("新"), true);
    expect(readFileSync(victim, "utf8")).toBe("原样");
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    expect(readFileSync(path, "utf8")).toBe("新");
  });

  it("tells where its temporary file is while it exists, and removes it whatever happens", () => {
    const seen: [string, boolean][] = [];
    writeNew(join(dir, "a.xlsx"), bytes("x"), false, (t, done) => seen.push([t, done]));
    expect(seen.map(([, d]) => d)).toEqual([false, true]);
    expect(seen[0][0]).toMatch(/\/\.a\.xlsx\.[0-9a-f]{16}\.tmp$/);
    expect(() => writeNew(join(dir, "无此文件夹", "a.xlsx"), bytes("x"), false)).toThrow(
      expect.objectContaining({ code: "ENOENT" })
    );
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });
});
