#!/usr/bin/env node
import { parseArgs } from "./args";
import { main } from "./main";
import { nodeIo } from "./node-io";
import { threadRunner } from "./review/pool";
import { runBounded } from "./run-bounded";

const argv = process.argv.slice(2);
const terminal = process.stdout.isTTY ? { columns: process.stdout.columns || 80 } : undefined;
const read = parseArgs(argv);

// Work on workbooks and framework files runs bounded; a review bounds each file in its own workers.
const bounded = read.ok && ["score", "report", "template", "framework"].includes(read.args.command);
const done = bounded
  ? runBounded(argv, read.args.files.length, read.args.locale, terminal)
  : main(argv, {
      ...nodeIo({
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
        terminal,
      }),
      reviewRunner: threadRunner(),
    });
void done.then((code) => {
  process.exitCode = code;
});
