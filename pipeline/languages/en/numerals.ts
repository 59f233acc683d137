// English cardinal numerals. `parse` is lenient (it reads whole phrases a lexicon or a table hands it:
// "a few", "minus 3", "1/5"); `scan` is strict, because a number it invents in running text becomes a toll.
import type { NumeralGrammar, NumeralSpan } from '../grammar.ts';
import { classify, evaluate, MAX_TOKENS, PLURALS, SCALES, tokenize, type Kind, type Tok } from './cardinal.ts';
import { enDates } from './dates.ts';

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+ieth|hundredth|thousandth|millionth)$/iu;

// The denominators of fractions written with a count: "two thirds", "three-quarters", "one half".
const FRACTION = /^(?:half|halves|thirds?|quarters?|(?:fif|six|seven|eigh|nin|ten)ths?)$/i;

const isLetter = (c?: string): boolean => c !== undefined && /[\p{L}\p{M}]/u.test(c);
const isDigit = (c?: string): boolean => c !== undefined && /\d/.test(c);

// A time of day right after the digits ("10 a.m.", "14:00 GMT"); sticky, so the text is not copied.
const CLOCK = /\s*(?:[ap]\.?m\b\.?|GMT\b|UTC\b)/iy;

// Digits that belong to dates, times, scores and identifiers are never counts.
function markBad(text: string, toks: Tok[], known?: readonly { start: number; end: number }[]): void {
  // Only a date with digits can hold a numeral (a written-out day is not a date here): no digit, no scan.
  const dates = known ?? (/\d/.test(text) ? enDates.scan(text, '2000-01-01') : []);
  let d = 0;
  for (const t of toks) {
    while (d < dates.length && (dates[d]?.end ?? 0) <= t.start) d++;
    if (d < dates.length && (dates[d]?.start ?? 0) < t.end) t.bad = true;
    if (!t.num) continue;
    const [b1, b2, a0, a1] = [text[t.start - 1], text[t.start - 2], text[t.end], text[t.end + 1]];
    if (isLetter(b1) || (b1 === '-' && isLetter(b2)) || isDigit(b1)) t.bad = true;
    if ((b1 === '/' || b1 === ':' || b1 === '.') && isDigit(b2)) t.bad = true;
    if ((a0 === '/' || a0 === ':' || a0 === '.') && isDigit(a1)) t.bad = true;
    CLOCK.lastIndex = t.end;
    if (CLOCK.test(text)) t.bad = true;
  }
}

// Index of the ')' closing a parenthesised restatement of `value` right after token `from`, or -1.
function restatement(toks: Tok[], from: number, value: number): number {
  if (toks[from]?.text !== '(') return -1;
  const close = toks.findIndex((t, k) => k > from && t.text === ')');
  if (close < 0 || close - from > MAX_TOKENS) return -1;
  return evaluate(toks.slice(from + 1, close), false) === value ? close : -1;
}

/** Words a cardinal cannot end with (cardinal rejects them last), which running text is full of. */
const NEVER_LAST = new Set<Kind>(['a', 'and', 'hyphen', 'point', 'half', 'quarter', 'of']);

/** "a million and a half": the one number a half may end. */
function halfLast(toks: Tok[], from: number, at: number): boolean {
  return at >= from + 3 && classify(toks[at]!, false)?.kind === 'half' && classify(toks[at - 1]!, false)?.kind === 'a' && classify(toks[at - 2]!, false)?.kind === 'and';
}

function scan(text: string, dates?: readonly { start: number; end: number }[]): NumeralSpan[] {
  const toks = tokenize(text);
  markBad(text, toks, dates);
  const spans: NumeralSpan[] = [];
  for (let i = 0; i < toks.length;) {
    let best = -1, value: number | null = null;
    for (let j = i; j < toks.length && j < i + MAX_TOKENS && !toks[j]!.bad && classify(toks[j]!, false); j++) {
      if (NEVER_LAST.has(classify(toks[j]!, false)!.kind) && !halfLast(toks, i, j)) continue; // "a", "and": no need to evaluate
      const v = evaluate(toks.slice(i, j + 1), false);
      if (v !== null) [best, value] = [j, v];
    }
    if (value === null) { i++; continue; }
    const close = restatement(toks, best + 1, value);
    const end = close >= 0 ? close : best;
    const after = toks[end + 1], after2 = toks[end + 2];
    // "2 dozens", "two hundreds": plural units are read as vague quantities elsewhere; "twenty-first" is an ordinal;
    // "two thirds", "three-quarters" are fractions.
    const plural = after !== undefined && after.text.toLowerCase() in PLURALS && !text.slice(toks[end]!.end, after.start).trim();
    const ordinal = after?.text === '-' && after2 !== undefined && ORDINAL.test(after2.text) && after.start === toks[end]!.end;
    const fraction = after !== undefined && FRACTION.test(after.text === '-' && after.start === toks[end]!.end ? after2?.text ?? '' : after.text);
    if (!plural && !ordinal && !fraction) {
      const [start, stop] = [toks[i]!.start, toks[end]!.end];
      spans.push({ start, end: stop, text: text.slice(start, stop), value });
    }
    i = end + 1;
  }
  return spans;
}

export const enNumerals: NumeralGrammar = { multipliers: { dozen: 12, hundred: 100, ...SCALES }, parse: (phrase) => evaluate(tokenize(phrase.trim()), true), scan };
