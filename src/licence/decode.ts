/**
 * Licence files come in every encoding. Sources decode bytes (src/sources/decode.ts handles BOMs,
 * UTF-16 and Latin-1); this repairs text that reached the matcher decoded the wrong way, so that
 * accented French texts are converted rather than stripped: a BOM left in, UTF-16 read as a
 * single-byte encoding (a NUL after every letter), UTF-8 read as Latin-1 ("Ã©" for "é").
 */
import { TextDecoder } from "node:util";

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** A UTF-8 lead byte read as Latin-1 followed by a continuation byte: "Ã©" for "é", "â€™" for "’". */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf]/;

export function repairText(text: string): string {
  let result = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (result.includes("\u0000")) result = repairUtf16(result);
  if (MOJIBAKE.test(result) && isSingleByte(result)) {
    try {
      result = UTF8.decode(Buffer.from(result, "latin1"));
    } catch {
      // Not UTF-8 after all: keep the text as it was.
    }
  }
  return result.charCodeAt(0) === 0xfeff ? result.slice(1) : result;
}

function repairUtf16(text: string): string {
  if (!isSingleByte(text)) return text.replace(/\u0000/g, ""); // non-ASCII letters are lost already; the NULs at least go
  const bytes = Buffer.from(text, "latin1");
  let start = 0;
  let littleEndian = bytes[1] === 0;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    littleEndian = bytes[0] === 0xff;
    start = 2;
  }
  return new TextDecoder(littleEndian ? "utf-16le" : "utf-16be").decode(bytes.subarray(start));
}

function isSingleByte(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}
