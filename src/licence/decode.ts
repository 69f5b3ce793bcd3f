/**
 * Licence files come in every encoding: UTF-8 with or without BOM, UTF-16 (Windows editors), Latin-1.
 * `decodeText` turns bytes into text (sources may use it); `repairText` recovers what a source already
 * decoded the wrong way, so that accented French texts are converted rather than stripped.
 */

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF16LE = new TextDecoder("utf-16le");
const UTF16BE = new TextDecoder("utf-16be");
/** The WHATWG "latin1" label is windows-1252, a superset of ISO-8859-1 for printable text. */
const LATIN1 = new TextDecoder("latin1");

/** Bytes to text: BOMs honoured, UTF-16 recognised by its zero bytes, invalid UTF-8 read as Latin-1. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8OrLatin1(bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16.decode(bytes);
  return decodeUtf8OrLatin1(bytes);
}

function decodeUtf8OrLatin1(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    return LATIN1.decode(bytes);
  }
}

/** ASCII-heavy UTF-16 has a zero byte in every other position: count them on a sample. */
function utf16WithoutBom(bytes: Uint8Array): TextDecoder | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return UTF16LE;
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return UTF16BE;
  return undefined;
}

/** Typical UTF-8 sequences read as Latin-1: "Ã©" for "é", "â€™" for "’". */
const MOJIBAKE = /[\u00c2-\u00c3][\u0080-\u00bf]|\u00e2\u20ac/;

/**
 * Repairs text a source decoded with the wrong encoding: a BOM left in, UTF-16 read as a single-byte
 * encoding (a NUL after every letter), UTF-8 read as Latin-1 ("Ã©"). Text already right is returned as is.
 */
export function repairText(text: string): string {
  let result = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (result.includes("\u0000")) result = repairUtf16(result);
  if (MOJIBAKE.test(result) && isSingleByte(result)) {
    const bytes = Buffer.from(result, "latin1");
    try {
      result = UTF8.decode(bytes);
    } catch {
      // Not UTF-8 after all: keep the text as it was.
    }
  }
  return result.charCodeAt(0) === 0xfeff ? result.slice(1) : result;
}

function repairUtf16(text: string): string {
  if (isSingleByte(text)) return decodeText(Buffer.from(text, "latin1"));
  // Decoded as UTF-8: non-ASCII letters are already lost, the NULs at least can go.
  return text.replace(/\u0000/g, "");
}

function isSingleByte(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}
