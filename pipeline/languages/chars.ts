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

/** True when text[i] exists and is a word character. */
export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
}

export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return kindOf(c) === 2;
}

// Lower-cased code of each BMP character above ASCII; 0 = not yet known, 0xffff = none (see lowerCode).
const lowers = new Uint16Array(0x10000);

/**
 * The code of `c` lower-cased, as String.toLowerCase gives it in any context; -1 where that is not one
 * fixed code unit: a surrogate (its lower case depends on its pair), a capital sigma (final or not) and
 * a character that lower-cases to two units ('İ'). Callers must then rule nothing out.
 */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowers[c] as number;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || s.length !== 1 ? 0xffff : s.charCodeAt(0);
    lowers[c] = l;
  }
  return l === 0xffff ? -1 : l;
}
