// The character classes the tokenizers ask about at every position must answer as the Unicode regex
// classes they stand for, surrogate pairs included.
import { describe, expect, it } from 'vitest';
import { isSpaceCode, isWordAt, letterAt, wordCharAt } from '../../pipeline/languages/chars.ts';

const LETTER = /^[\p{L}\p{M}]/u;
const WORD = /^[\p{L}\p{M}\p{N}]/u;
const SAMPLES = ['a', 'Z', '5', '_', '-', ' ', '\u00a0', 'ệ', 'Đ', '\u0301', '²', '٣', 'ß', 'İ', '中', '𝐀', '😀', '𝟎', '\ud800', '\udc00', '\t'];

describe('character classes', () => {
  it.each(SAMPLES)('%j answers as \\p{L}\\p{M} and \\p{L}\\p{M}\\p{N} with the u flag', (ch) => {
    const text = `${ch}x`;
    const letter = LETTER.exec(text)?.[0].length ?? 0;
    const word = WORD.exec(text)?.[0].length ?? 0;
    expect(letterAt(text, 0)).toBe(letter);
    expect(wordCharAt(text, 0)).toBe(word);
  });

  it('answers 0 outside the text', () => {
    expect(letterAt('ab', 2)).toBe(0);
    expect(wordCharAt('ab', -1)).toBe(0);
    expect(isWordAt('ab', 2)).toBe(false);
  });

  it('counts white space as \\s does', () => {
    for (const ch of [' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', '-']) expect(isSpaceCode(ch.charCodeAt(0))).toBe(/\s/.test(ch));
  });
});
