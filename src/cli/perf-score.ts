#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from './main';

const root = join(__dirname, '..', '..');

process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  samplePath: join(root, 'examples', 'longgang-2021.inputs.json'),
  version: (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
});
