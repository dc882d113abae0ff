import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so that nothing else is ever written over: the data goes into a temporary file created
 * exclusively under an unpredictable name (a link planted there is refused, never followed), then takes
 * the target's name only if no file has it — a file that appeared meanwhile is refused with EEXIST — or,
 * when `replace` (--overwrite), replaces it in one step. An interrupted write leaves at most the temporary
 * file, which `onTemp` reports so that it can be removed.
 */
export function writeNew(
  path: string,
  data: Uint8Array,
  replace: boolean,
  onTemp: (temp: string, written: boolean) => void = () => undefined
): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
  const fd = openSync(
    temp,
    constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0),
    0o644
  );
  onTemp(temp, false);
  try {
    try {
      for (let at = 0; at < data.length;) at += writeSync(fd, data, at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (replace) renameSync(temp, path);
    else settle(temp, path);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Renamed into place, or never there: nothing is left.
    }
    onTemp(temp, true);
  }
}

/** The temporary file's content under the target's name, only if the name is free. */
function settle(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Where hard links are not to be had (some shared folders), an exclusive copy does the same.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw e;
    copyFileSync(temp, path, constants.COPYFILE_EXCL);
  }
}
