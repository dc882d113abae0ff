/**
 * Loading and checking a bureau's framework: a 60-indicator framework (the test framework's rules
 * repeated under new names) read from its JSON form and from its Excel form. Prints figures, asserts
 * nothing. Needs the command-line build (npm run build:cli).
 */
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");
const root = path.join(__dirname, "..");
const { readFramework } = require(path.join(root, "build", "core"));
const { frameworkXlsx, readFrameworkFile } = require(
  path.join(root, "build", "hosts", "xlsx", "framework-file")
);

const base = JSON.parse(
  fs.readFileSync(path.join(root, "test", "fixtures", "frameworks", "hunan-test.json"), "utf8")
);
const indicators = base.levels.flatMap((l1) => l1.children.flatMap((l2) => l2.indicators));
const levels = [1, 2, 3].map((a) => ({
  name: `一级指标${a}`,
  points: 0,
  children: [1, 2, 3, 4].map((b) => ({
    name: `二级指标${a}-${b}`,
    points: 0,
    indicators: [1, 2, 3, 4, 5].map((c) => {
      const ind = indicators[(a * 20 + b * 5 + c) % indicators.length];
      return { ...ind, id: `i${a}_${b}_${c}`, name: `${ind.name}（${a}-${b}-${c}）` };
    }),
  })),
}));
let total = 0;
for (const l1 of levels) {
  for (const l2 of l1.children) l2.points = l2.indicators.reduce((s, i) => s + i.points, 0);
  l1.points = l1.children.reduce((s, l2) => s + l2.points, 0);
  total += l1.points;
}
const big = { ...base, id: "bench-60", total, levels };

const time = (label, runs, f) => {
  f();
  const start = performance.now();
  for (let i = 0; i < runs; i++) f();
  const ms = (performance.now() - start) / runs;
  console.log(`  ${label}: ${ms.toFixed(2)} ms`);
  return ms;
};

(async () => {
  const read = readFramework(big);
  if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
  console.log(`framework of ${levels.length * 20} indicators, ${total} points`);
  time("read and check the JSON form", 50, () => readFramework(JSON.parse(JSON.stringify(big))));
  const xlsx = await frameworkXlsx(read.framework);
  let ms = 0;
  const runs = 20;
  await readFrameworkFile("f.xlsx", xlsx);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const back = await readFrameworkFile("f.xlsx", xlsx);
    ms += performance.now() - start;
    if (!back.ok) throw new Error("form did not read back");
  }
  console.log(
    `  read and check the Excel form (${(xlsx.length / 1024).toFixed(0)} KB): ${(ms / runs).toFixed(2)} ms`
  );
})();
