// Character classes the extractor asks about at every position: word characters (letters, marks,
// digits, as \p{L}\p{M}\p{N}) and white space (as \s). Answers are cached per UTF-16 code unit, since a
// regex test per character would dominate the time spent reading a long text.

const WORD = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/;
// 0 = not yet known, 1 = letter or mark, 4 = other word character (a number), 5 = surrogate, 2 = space, 3 = neither.
const kinds = new Uint8Array(0x10000);

function kindOf(c: number): number {
  let k = kinds[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    // A lone surrogate is half of a letter outside the BMP (most are letters): count it as a word character.
    k = c >= 0xd800 && c <= 0xdfff ? 5 : LETTER.test(ch) ? 1 : WORD.test(ch) ? 4 : SPACE.test(ch) ? 2 : 3;
    kinds[c] = k;
  }
  return k;
}

export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const k = kindOf(c);
  return k === 1 || k === 4 || k === 5;
}

/** True for an ASCII digit, as \d matches. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

// A word as the extractor steps over it: letters, marks, digits, and the apostrophes and hyphens inside words.
const WORD_RUN = /[\p{L}\p{M}\p{N}'’-]+/uy;

/** End of the word that starts at `pos` ("pro-government", "47-year-old"), or -1 when none does. */
export function wordEndAt(text: string, pos: number): number {
  WORD_RUN.lastIndex = pos;
  return WORD_RUN.test(text) ? WORD_RUN.lastIndex : -1;
}

/**
 * A comma that ends a clause, as a regular expression source: not one between digits, which groups thousands
 * ("killed 1,200 soldiers") or marks decimals ("1,5 triệu").
 */
export const CLAUSE_COMMA = String.raw`,(?!\d)|(?<!\d),`;

/**
 * The marks that set a phrase off after a word (", or 90,000 people,", "(dead and wounded)"), each with the mark that
 * closes it.
 */
export const SET_OFF_CLOSERS: Readonly<Record<string, string>> = { ',': ',', '—': '—', '–': '–', '(': ')' };

/** How many code units the character at text[i] takes: 2 where a surrogate pair starts, else 1. */
export function charLengthAt(text: string, i: number): number {
  return pairAt(text, i) >= 0 ? 2 : 1;
}

/** The code point at text[i], when text[i] begins a surrogate pair; -1 otherwise. */
function pairAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return -1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : -1;
}

/**
 * How many code units the character at text[i] takes if it is a letter or mark (\p{L}\p{M} in a
 * regex with the 'u' flag, where a surrogate pair is one character); 0 if it is not one.
 */
export function letterAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const k = kindOf(c);
  if (k !== 5) return k === 1 ? 1 : 0;
  const cp = pairAt(text, i);
  return cp >= 0 && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** As letterAt, for a letter, mark or number (\p{L}\p{M}\p{N} with the 'u' flag). */
export function wordCharAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const k = kindOf(c);
  if (k !== 5) return k === 1 || k === 4 ? 1 : 0;
  const cp = pairAt(text, i);
  return cp >= 0 && WORD.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** True when text[i] exists and is a word character. */
export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
}

/** A space that may group thousands ("30 000", with a no-break or thin space in typeset text). */
export const isGroupSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;
export const isComma = (c: number): boolean => c === 44;

/**
 * End of the thousands groups after the 1–3 digits text[start, end), each a separator and exactly three
 * digits with no digit after them: "30,000", "1 200 000". `end` when there is none.
 */
export function thousandsEnd(text: string, start: number, end: number, isSeparator: (c: number) => boolean): number {
  if (end - start > 3) return end;
  while (isSeparator(text.charCodeAt(end)) && isDigitCode(text.charCodeAt(end + 1)) && isDigitCode(text.charCodeAt(end + 2)) &&
    isDigitCode(text.charCodeAt(end + 3)) && !isDigitCode(text.charCodeAt(end + 4))) end += 4;
  return end;
}

export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return kindOf(c) === 2;
}

/** How many words `s` holds, as white space separates them. */
export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The first position at or after `pos`, before `to`, that is not white space. */
export function skipSpace(text: string, pos: number, to = text.length): number {
  while (pos < to && isSpaceCode(text.charCodeAt(pos))) pos++;
  return pos;
}

/** The position back from `pos`, not before `from`, where the white space that ends at `pos` starts. */
export function skipSpaceBack(text: string, pos: number, from = 0): number {
  while (pos > from && isSpaceCode(text.charCodeAt(pos - 1))) pos--;
  return pos;
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

const POSSESSIVE = /^['’]s\b/;
/** Whether a possessive 's stands right at `end`: "Monday's shelling", "Azerbaijan's soldiers". */
export const possessiveAt = (text: string, end: number): boolean => POSSESSIVE.test(text.slice(end, end + 3));

/** Where the possessor ends in "Gaza's 2.2 million" (before its 's), the number starting at `end`; -1 when there is none. */
export function possessiveBefore(text: string, end: number, from: number): number {
  const pos = skipSpaceBack(text, end, from);
  return pos - 2 > from && possessiveAt(text, pos - 2) ? pos - 2 : -1;
}
