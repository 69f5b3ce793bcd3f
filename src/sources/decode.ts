/**
 * Bytes to text the way a reader would see them: BOMs honoured (UTF-8, UTF-16 LE/BE), UTF-8 when it is
 * valid, UTF-16 without BOM recognised by its zero bytes, Latin-1 (Windows-1252) otherwise. Anything
 * else with NUL bytes is binary. Uses the WHATWG TextDecoder that Node ships, so no dependency.
 */

export type Decoded = { kind: "text"; text: string; encoding: string } | { kind: "binary" };

const SNIFF = 8000;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return text(bytes.subarray(3), "utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return text(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return text(bytes.subarray(2), "utf-16be");
  const head = bytes.subarray(0, SNIFF);
  const zeros = countZeros(head);
  if (zeros > 0) {
    const utf16 = utf16WithoutBom(head);
    return utf16 ? text(bytes, utf16) : { kind: "binary" };
  }
  try {
    return { kind: "text", text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return text(bytes, "windows-1252");
  }
}

function text(bytes: Uint8Array, encoding: string): Decoded {
  return { kind: "text", text: new TextDecoder(encoding).decode(bytes), encoding };
}

function countZeros(bytes: Uint8Array): number {
  let zeros = 0;
  for (const byte of bytes) if (byte === 0) zeros++;
  return zeros;
}

/** ASCII-heavy UTF-16 text has a zero in nearly every other byte, all on the same side. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return "utf-16be";
  return undefined;
}
