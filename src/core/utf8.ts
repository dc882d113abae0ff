/**
 * UTF-8 bytes as text, or undefined when they are not UTF-8 (GBK, UTF-16, a binary file): decoded here,
 * strictly, so that the core needs no host's TextDecoder and never reads mojibake.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const out: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let code: number;
    let size: number;
    if (b < 0x80) [code, size] = [b, 1];
    else if (b >= 0xc2 && b <= 0xdf) [code, size] = [b & 0x1f, 2];
    else if (b >= 0xe0 && b <= 0xef) [code, size] = [b & 0x0f, 3];
    else if (b >= 0xf0 && b <= 0xf4) [code, size] = [b & 0x07, 4];
    else return undefined;
    if (i + size > bytes.length) return undefined;
    for (let k = 1; k < size; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if (
      (size === 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) ||
      (size === 4 && (code < 0x10000 || code > 0x10ffff))
    )
      return undefined;
    if (code > 0xffff) {
      code -= 0x10000;
      chunk.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else chunk.push(code);
    if (chunk.length >= 8192) {
      out.push(String.fromCharCode(...chunk));
      chunk = [];
    }
    i += size;
  }
  out.push(String.fromCharCode(...chunk));
  return out.join("");
}
