// Number phrases in a text: numerals and vague quantities, joined into ranges, with the qualifying
// words before them. Numbers inside dates, ordinals and differences ("40 more") are not quantities.
import type { DateSpan, NumeralSpan } from '../languages/grammar.ts';
import type { Qualifier } from '../schemas.ts';
import type { LexiconIndex } from './lexicon-index.ts';
import type { PhraseSet } from './phrases.ts';

export interface Quantity {
  /** The whole number phrase with its qualifying words: value_text. */
  start: number;
  end: number;
  qualifier: Qualifier;
  value: number | null;
  valueHigh: number | null;
  parts?: Qualifier[];
}

interface Item { start: number; end: number; value: number | null; vague: Qualifier | null }

/** Qualifiers in order of how much they say: a stacked "khoảng gần" reads as "gần". */
const strength: Qualifier[] = ['nearly', 'more_than', 'fewer_than', 'at_least', 'at_most', 'approx'];
const LOOKBEHIND = 48;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** True when text[from, to) is exactly one phrase of the set, give or take white space. */
export function fills(set: PhraseSet<unknown>, text: string, from: number, to: number): boolean {
  if (text.slice(from, to).trim() === '') return false;
  const hit = set.startingAt(text, from, to);
  return hit !== null && hit.end <= to && text.slice(hit.end, to).trim() === "";
}

function items(text: string, numerals: NumeralSpan[], dates: DateSpan[], lex: LexiconIndex): Item[] {
  const vague = lex.vague.findAll(text);
  const out: Item[] = vague.map((v) => ({ start: v.start, end: v.end, value: null, vague: v.tag }));
  let d = 0;
  for (const n of numerals) {
    while (d < dates.length && (dates[d]?.end ?? 0) <= n.start) d++;
    const date = dates[d];
    if (date && overlaps(n, date)) continue;
    if (vague.some((v) => overlaps(n, v))) continue;
    out.push({ start: n.start, end: n.end, value: n.value, vague: null });
  }
  return out.sort((a, b) => a.start - b.start);
}

function prefixQualifier(text: string, at: number, lex: LexiconIndex): { start: number; qualifier: Qualifier | null } {
  let start = at;
  const found: Qualifier[] = [];
  for (let i = 0; i < 2; i++) {
    const hit = lex.qualifiers.endingAt(text, start, Math.max(0, start - LOOKBEHIND));
    if (!hit) break;
    found.push(hit.tag);
    start = hit.start;
  }
  const qualifier = strength.find((q) => found.includes(q)) ?? null;
  return { start, qualifier };
}

export function findQuantities(text: string, numerals: NumeralSpan[], dates: DateSpan[], lex: LexiconIndex): Quantity[] {
  const list = items(text, numerals, dates, lex);
  const out: Quantity[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Item;
    const b = list[i + 1];
    const back = Math.max(0, a.start - LOOKBEHIND);
    if (lex.ordinalMarkers.endingAt(text, a.start, back)) continue;
    const opener = lex.rangeOpeners.endingAt(text, a.start, back);
    const joined = b && a.vague === null && b.vague === null &&
      (fills(lex.rangeJoiners, text, a.end, b.start) || (opener !== null && fills(lex.conjunctions, text, a.end, b.start)));
    const stacked = b && a.vague !== null && b.vague !== null && fills(lex.vagueJoiners, text, a.end, b.start);
    const end = joined || stacked ? (b as Item).end : a.end;
    const head = joined && opener ? opener.start : a.start;
    const { start, qualifier } = prefixQualifier(text, head, lex);
    if (lex.differenceBefore.endingAt(text, start, Math.max(0, start - LOOKBEHIND))) continue;
    if (lex.differenceAfter.startingAt(text, end, Math.min(text.length, end + LOOKBEHIND))) continue;
    if (joined) {
      out.push({ start, end, qualifier: 'range', value: a.value, valueHigh: (b as Item).value });
      i++;
    } else if (stacked) {
      out.push({ start, end, qualifier: 'vague_range', value: null, valueHigh: null, parts: [a.vague as Qualifier, (b as Item).vague as Qualifier] });
      i++;
    } else {
      out.push({ start, end, qualifier: a.vague ?? qualifier ?? 'exact', value: a.value, valueHigh: null });
    }
  }
  return out;
}
