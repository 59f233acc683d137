// English cardinals, token by token: the words and digit groups a number is written with, and the
// grammar that says which runs of them make one number ("two thousand and five", "a dozen", "1.5 million",
// "half a million", "one and a half million", "a million and a half", "a quarter of a million", "three-quarters of a million").
// `numerals.ts` finds such runs in running text; `loose` readings are for whole phrases a lexicon or a
// table hands over ("a few", "minus 3", "1/5").
import { charLengthAt, isComma, isDigitCode, isGroupSpace, isSpaceCode, isWordCode, letterAt, thousandsEnd } from '../chars.ts';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
export const PLURALS: Record<string, number> = { hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, dozens: 12 };
// 'm' and 'mn' are millions in British usage ("2m people"); as metres ("200m away") they seldom stand by a casualty cue.
const SUFFIXES: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, m: 1e6, mn: 1e6, G: 1e9, bn: 1e9 };
// Whole phrases only `parse` accepts: vague or rare in running text, read elsewhere as vague quantities.
const LOOSE_PHRASES: Record<string, number> = { few: 3, 'a few': 3, single: 1, nil: 0, naught: 0, nought: 0 };
export const MAX_TOKENS = 24;

export type Kind = 'unit' | 'teen' | 'tens' | 'zero' | 'hundred' | 'scale' | 'plural' | 'dozen' | 'and' | 'a'
  | 'couple' | 'num' | 'point' | 'hyphen' | 'of' | 'half' | 'quarter';
export interface Tok {
  text: string; start: number; end: number; num?: { value: number; integer: boolean; suffixed: boolean }; bad?: boolean;
  /** Strict classification, once computed: scan asks for it many times per token. */
  item?: Item | null;
}
interface Item { kind: Kind; value: number }

function digitsFrom(text: string, pos: number): number {
  while (isDigitCode(text.charCodeAt(pos))) pos++;
  return pos;
}

/**
 * End of the number at `pos`, or -1: digits with thousands commas or spaces ("30,000", "1,234.5", "30 000"), other digits with
 * an optional decimal part ("2.5", "1400"), or a bare decimal part (".5").
 */
function numberEnd(text: string, pos: number): number {
  // ".5" opens a number only where no word ends: in "c.7,000" the full stop closes the abbreviation before it.
  if (!isDigitCode(text.charCodeAt(pos))) return text.charCodeAt(pos) === 46 && isDigitCode(text.charCodeAt(pos + 1)) && !isWordCode(text.charCodeAt(pos - 1)) ? digitsFrom(text, pos + 1) : -1;
  const run = digitsFrom(text, pos);
  let end = thousandsEnd(text, pos, run, isComma);
  if (end === run) end = thousandsEnd(text, pos, run, isGroupSpace);
  return decimalsFrom(text, end);
}

/** End of a decimal part (".5") at `end`, or `end` when there is none. */
function decimalsFrom(text: string, end: number): number {
  return text.charCodeAt(end) === 46 && isDigitCode(text.charCodeAt(end + 1)) ? digitsFrom(text, end + 1) : end;
}

// A token is a number with any letters glued to it, a run of letters and marks, or one other character.
export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  for (let pos = 0; pos < text.length;) {
    if (isSpaceCode(text.charCodeAt(pos))) { pos++; continue; }
    const start = pos;
    const digits = numberEnd(text, pos);
    if (digits < 0) {
      const letter = letterAt(text, pos);
      if (letter) for (pos += letter; pos < text.length && letterAt(text, pos) > 0; pos += letterAt(text, pos));
      else pos += charLengthAt(text, pos);
      toks.push({ text: text.slice(start, pos), start, end: pos });
      continue;
    }
    pos = digits;
    while (pos < text.length && letterAt(text, pos) > 0) pos += letterAt(text, pos);
    const number = text.slice(start, digits);
    const letters = text.slice(digits, pos);
    const tok: Tok = { text: text.slice(start, pos), start, end: pos };
    const scale = letters === '' ? 1 : SUFFIXES[letters];
    // "27th", "10am", "100km": digits glued to letters are ordinals, times or measures, not counts.
    if (scale === undefined) tok.bad = true;
    else tok.num = { value: Number(number.replace(/[,\s]/g, '')) * scale, integer: !number.includes('.') && letters === '', suffixed: letters !== '' };
    toks.push(tok);
  }
  return toks;
}

const item = (kind: Kind, value: number): Item => ({ kind, value });
const STRICT = new Map<string, Item>([
  ...UNITS.map((w, i): [string, Item] => [w, i === 0 ? item('zero', 0) : item(i < 10 ? 'unit' : 'teen', i)]),
  ...TENS.map((w, i): [string, Item] => [w, item('tens', (i + 2) * 10)]),
  ...Object.entries(SCALES).map(([w, v]): [string, Item] => [w, item('scale', v)]),
  ['hundred', item('hundred', 100)], ['dozen', item('dozen', 12)], ['and', item('and', 0)], ['a', item('a', 1)],
  ['couple', item('couple', 2)], ['pair', item('couple', 2)], ['-', item('hyphen', 0)], ['point', item('point', 0)],
  ['half', item('half', 0.5)], ['quarter', item('quarter', 0.25)], ['quarters', item('quarter', 0.25)], ['of', item('of', 0)],
]);
const LOOSE = new Map<string, Item>(Object.entries(PLURALS).map(([w, v]): [string, Item] => [w, item(w === 'dozens' ? 'dozen' : 'plural', v)]));

export function classify(tok: Tok, loose: boolean): Item | null {
  if (tok.num) return { kind: 'num', value: tok.num.value };
  if (!loose && tok.item !== undefined) return tok.item;
  const w = tok.text.toLowerCase();
  const found = STRICT.get(w) ?? (loose ? LOOSE.get(w) : undefined) ?? null;
  if (!loose) tok.item = found;
  return found;
}

/** Whether `prev` is one of `kinds` (a module-level function: a closure per call costs more than its work). */
function isOneOf(prev: Kind | 'start', ...kinds: (Kind | 'start')[]): boolean {
  return kinds.includes(prev);
}

const tidy = (x: number): number => (Number.isInteger(x) ? x : Number(x.toPrecision(12)));

// One cardinal built from digits or words. Rejects anything a careful writer would not produce, so that
// scan's longest-valid-prefix search stops at the right token ("five six" is two numbers, not eleven).
function cardinal(toks: Tok[], loose: boolean): number | null {
  const items = toks.map((t) => classify(t, loose));
  if (items.some((i) => i === null)) return null;
  const its = items as Item[];
  let total = 0, group = 0, lastScale = Infinity, prev: Kind | 'start' = 'start';
  for (let i = 0; i < its.length; i++) {
    const { kind, value } = its[i]!;
    const next = its[i + 1]?.kind;
    const last = i === its.length - 1;
    switch (kind) {
      case 'zero': if (its.length !== 1) return null; break;
      case 'unit':
        if (!isOneOf(prev, 'start', 'tens', 'hyphen', 'hundred', 'and', 'scale')) return null;
        group += value; break;
      case 'teen': case 'tens':
        // "one twenty two" = 122: spoken shorthand, lenient mode only.
        if (loose && prev === 'unit' && i === 1) group *= 100;
        else if (!isOneOf(prev, 'start', 'hundred', 'and', 'scale')) return null;
        group += value; break;
      case 'hyphen':
        // "a half-dozen", "a half-million": the hyphen only joins the half to what it halves.
        if (prev === 'half' && ['scale', 'hundred', 'dozen'].includes(next ?? '')) continue;
        // "forty-five", "three-quarters".
        if (!(prev === 'tens' && next === 'unit') && !(prev === 'unit' && next === 'quarter')) return null;
        break;
      case 'and':
        // "one and a half million": a half added to the number before a scale.
        if (isOneOf(prev, 'unit', 'teen', 'tens', 'num') && next === 'a' && its[i + 2]?.kind === 'half') break;
        // "a million and a half": half the scale before, ending the number.
        if (prev === 'scale' && next === 'a' && its[i + 2]?.kind === 'half' && i + 2 === its.length - 1) break;
        if (!isOneOf(prev, 'hundred', 'scale') || !['unit', 'teen', 'tens'].includes(next ?? '')) return null;
        break;
      case 'a':
        // "and a half million", "half a million", "a quarter of a million": the fraction is the count
        if (prev === 'and' || prev === 'half' || prev === 'of') break;
        if (prev !== 'start' || !['hundred', 'scale', 'dozen', 'couple', 'half', 'quarter'].includes(next ?? '')) return null;
        group = next === 'half' || next === 'quarter' ? 0 : 1; break;
      case 'half': {
        if (last && prev === 'a' && its[i - 2]?.kind === 'and' && its[i - 3]?.kind === 'scale') {
          total += lastScale / 2;
          prev = 'scale';
          continue;
        }
        // Only before a scale, hundred or dozen: "half a million", "a half million", "one and a half million".
        const after = prev === 'start' ? its[i + 2]?.kind : next === 'hyphen' ? its[i + 2]?.kind : next;
        if (prev === 'start' ? next !== 'a' : !(prev === 'a' && isOneOf(i >= 2 ? its[i - 2]!.kind : 'start', 'start', 'and'))) return null;
        if (!['scale', 'hundred', 'dozen'].includes(after ?? '')) return null;
        group += value; break;
      }
      case 'quarter': {
        // Only of a scale: "a quarter (of a) million", "three-quarters of a million"; "a quarter of the dead" is no number.
        const scaleAt = next === 'of' && its[i + 2]?.kind === 'a' ? i + 3 : i + 1;
        if (its[scaleAt]?.kind !== 'scale') return null;
        const count = prev === 'hyphen' ? its[i - 2] : its[i - 1];
        if (prev === 'a' && i === 1) group = value;
        else if (count?.kind === 'unit' && count.value <= 3 && i === (prev === 'hyphen' ? 2 : 1)) group = count.value * value;
        else return null;
        break;
      }
      case 'couple': if (prev !== 'a' || !(last || next === 'of')) return null; group = 2; break;
      case 'of':
        if (prev === 'quarter') break;
        if (!loose || !last || !isOneOf(prev, 'dozen', 'couple')) return null;
        break;
      case 'num': {
        const n = toks[i]!.num!;
        if (prev === 'point' && n.integer && !toks[i]!.text.includes(',')) group = Number(`${group}.${toks[i]!.text}`);
        else if (prev !== 'start' || (n.suffixed && !last)) return null;
        else group = n.value;
        break;
      }
      case 'point': {
        // Running text only gets "one point five (million)": "at one point 30 people" is not 1.3.
        if (!loose && (!isOneOf(prev, 'unit', 'teen', 'tens') || next === 'num')) return null;
        if (!isOneOf(prev, 'start', 'unit', 'teen', 'tens', 'num') || (prev === 'num' && !toks[i - 1]!.num!.integer)) return null;
        if (next === 'num') break;
        let digits = '';
        while (its[i + 1]?.kind === 'unit' || its[i + 1]?.kind === 'zero') digits += String(its[++i]!.value);
        if (digits === '') return null;
        group += Number(`0.${digits}`);
        prev = 'unit';
        continue;
      }
      case 'dozen':
        if (!isOneOf(prev, 'unit', 'teen', 'tens', 'a', 'half', 'num', 'hundred', 'scale') || !(last || (loose && next === 'of'))) return null;
        group = (total + group) * 12; total = 0; break;
      case 'hundred': case 'plural': case 'scale': {
        if (kind === 'plural' && !last) return null;
        const numBefore = prev === 'num' ? toks[i - 1]!.num! : undefined;
        if (numBefore?.suffixed) return null;
        if (value === 100) {
          if (!isOneOf(prev, 'unit', 'teen', 'tens', 'a', 'half', 'num') || group >= 100 || !(Number.isInteger(group) || prev === 'half')) return null;
          group *= 100;
        } else if (prev === 'scale' && group === 0 && value > lastScale) {
          total *= value; lastScale = value; // "three thousand million(s)"
        } else {
          if (!isOneOf(prev, 'unit', 'teen', 'tens', 'hundred', 'a', 'half', 'quarter', 'num') || value >= lastScale) return null;
          total += group * value; group = 0; lastScale = value;
        }
        break;
      }
    }
    prev = kind === 'plural' ? 'scale' : kind;
  }
  if (isOneOf(prev, 'start', 'a', 'and', 'hyphen', 'point', 'half', 'quarter')) return null;
  return tidy(total + group);
}

export function evaluate(toks: Tok[], loose: boolean): number | null {
  if (toks.length === 0) return null;
  const lone = toks.length === 1 ? toks[0]?.num : undefined;
  if (lone && !loose) return lone.value; // the common case in running text: one group of digits
  const words = toks.map((t) => t.text.toLowerCase());
  if (loose) {
    const phrase = words.join(' ');
    if (phrase in LOOSE_PHRASES) return LOOSE_PHRASES[phrase]!;
    if (words[0] === '-' || words[0] === 'minus' || words[0] === 'negative') {
      const v = evaluate(toks.slice(1), loose);
      return v === null ? null : -v;
    }
    if (words[1] === '/' && toks.length === 3 && toks[0]!.num?.integer && toks[2]!.num?.integer && toks[2]!.num.value !== 0) {
      return tidy(toks[0]!.num.value / toks[2]!.num.value);
    }
  }
  // "forty-five (45)": a figure restated in parentheses is one figure.
  const open = words.indexOf('(');
  if (open > 0 && words[words.length - 1] === ')') {
    const outer = cardinal(toks.slice(0, open), loose);
    return outer !== null && outer === cardinal(toks.slice(open + 1, -1), loose) ? outer : null;
  }
  return cardinal(toks, loose);
}
