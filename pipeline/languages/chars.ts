// Character classes the extractor asks about at every position: word characters (letters, marks,
// digits, as \p{L}\p{M}\p{N}) and white space (as \s). Answers are cached per UTF-16 code unit, since a
// regex test per character would dominate the time spent reading a long text.

const WORD = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;
// 0 = not yet known, 1 = word, 2 = space, 3 = neither.
const kinds = new Uint8Array(0x10000);

function kindOf(c: number): number {
  let k = kinds[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    // A lone surrogate is half of a letter outside the BMP (most are letters): count it as a word character.
    k = WORD.test(ch) || (c >= 0xd800 && c <= 0xdfff) ? 1 : SPACE.test(ch) ? 2 : 3;
    kinds[c] = k;
  }
  return k;
}

export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return kindOf(c) === 1;
}

export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return kindOf(c) === 2;
}

// Lower-cased first code unit of each BMP character above ASCII; 0 = not yet known.
const lowers = new Uint16Array(0x10000);

/**
 * The first UTF-16 unit of the lower-cased character `c`, as String.toLowerCase gives it in any context
 * (its one context-dependent mapping, a final sigma, never starts a token). -1 for a surrogate, whose
 * lower case depends on its pair: callers must then not rule anything out.
 */
export function lowerFirstCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xd800 && c <= 0xdfff) return -1;
  let l = lowers[c] as number;
  if (l === 0) lowers[c] = l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return l;
}
