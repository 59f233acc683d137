// Number phrases in a text: numerals and vague quantities, joined into ranges, with the qualifying
// words before them. Numbers inside dates, ordinals, differences ("40 more") and measures of things
// other than people ("six weeks", "12-year-old") are not quantities.
import type { DateSpan, NumeralSpan } from '../languages/grammar.ts';
import type { Qualifier } from '../schemas.ts';
import type { LexiconIndex } from './lexicon-index.ts';
import type { PhraseSet } from './phrases.ts';
import type { Interval } from '../rules/derivations.ts';
import { ruleFor } from '../rules/rule-table.ts';
import { skipSpace, skipSpaceBack, wordCount, wordEndAt } from '../languages/chars.ts';

export interface Quantity {
  /** The whole number phrase with its qualifying words: value_text. */
  start: number;
  end: number;
  qualifier: Qualifier;
  value: number | null;
  valueHigh: number | null;
  parts?: Qualifier[];
  /**
   * "dozens more", "another 5": a figure only beside an earlier figure of another measure, else a difference (see
   * othersAfter, othersBefore).
   */
  others?: boolean;
  /**
   * "a 47-year-old man": one of the victims, counted by an article (see singulars), not by a numeral; where its
   * victim noun starts, past the words that describe it.
   */
  single?: number;
  /**
   * "At least 400 people, and possibly as many as 1,000", "Hundreds of people, if not thousands": a range of two bounds
   * or two stacked vague words, and the first's own words inside the phrase ("people"), which name the victims.
   */
  inner?: { start: number; end: number };
}

/** `more`: a word of one more ("another"), counting one of the others. */
interface Item { start: number; end: number; value: number | null; vague: Qualifier | null; single?: number; more?: boolean }

/** Words an article may stand before its victim noun with: "a 19-year-old Ukrainian soldier". */
const MAX_SINGLE_MODIFIERS = 2;

/**
 * "a 47-year-old man", "an Armenian soldier": the articles before a victim noun, a word or two apart at most and no
 * part link between ("a number of civilians"), each with where its noun starts; and the words of one more, with their
 * noun or before a harm's words ("and another wounded", "another was killed"), where the noun is -1.
 */
function articles(text: string, lex: LexiconIndex, from: number, to: number): { start: number; end: number; noun: number; more: boolean }[] {
  const found: { start: number; end: number; noun: number; more: boolean }[] = [];
  const re = lex.singularWords;
  if (!re) return found;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let pos = m.index + m[0].length;
    const more = lex.oneMore.size > 0 && lex.oneMore.has(m[0].toLowerCase());
    if (more) {
      const next = skipSpace(text, pos, to);
      if (lex.fillers.startingAt(text, next, to) || lex.measures.startingAt(text, next, to)) { found.push({ start: m.index, end: pos, noun: -1, more }); continue; }
    }
    for (let i = 0; i <= MAX_SINGLE_MODIFIERS; i++) {
      pos = skipSpace(text, pos, to);
      const noun = lex.victims.startingAt(text, pos, to);
      if (noun) { found.push({ start: m.index, end: m.index + m[0].length, noun: noun.start, more }); break; }
      // "a number of civilians", "a lot of people": the article is the amount's, not one victim's.
      if (lex.partLinks.startingAt(text, pos, to)) break;
      const word = wordEndAt(text, pos);
      if (word < 0 || word > to) break;
      pos = word;
    }
  }
  return found;
}

/** Qualifiers in order of how much they say: a stacked "khoảng gần" reads as "gần". */
const strength: Qualifier[] = ['nearly', 'more_than', 'fewer_than', 'at_least', 'at_most', 'approx'];
const LOOKBEHIND = 48;
const MAX_RATIO_PART = 10;
const MAX_RATIO_WHOLE = 1000;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** True when text[from, to) is exactly one phrase of the set, give or take white space. */
export function fills(set: PhraseSet<unknown>, text: string, from: number, to: number): boolean {
  if (text.slice(from, to).trim() === '') return false;
  const hit = set.startingAt(text, from, to);
  return hit !== null && hit.end <= to && text.slice(hit.end, to).trim() === '';
}

/** Numerals and vague words in text[from, to), in order; `numerals` and `dates` are sorted. */
function items(text: string, numerals: NumeralSpan[], dates: DateSpan[], lex: LexiconIndex, from: number, to: number): Item[] {
  const vague = lex.vague.findAll(text, from, to);
  const idioms = lex.idioms.findAll(text, from, to);
  const out: Item[] = vague.map((v) => ({ start: v.start, end: v.end, value: null, vague: v.tag }));
  let d = 0;
  for (const n of numerals) {
    while (d < dates.length && (dates[d]?.end ?? 0) <= n.start) d++;
    const date = dates[d];
    if (date && overlaps(n, date)) continue;
    if (vague.some((v) => overlaps(n, v)) || idioms.some((f) => overlaps(n, f))) continue;
    out.push({ start: n.start, end: n.end, value: n.value, vague: null });
  }
  for (const a of articles(text, lex, from, to)) {
    if (out.some((o) => overlaps(a, o)) || idioms.some((f) => overlaps(a, f))) continue;
    // "a further 17 people", "an estimated 500 people": the article is the number's, even when the number is no
    // figure; "a 12-year-old boy": not when the number counts something else.
    if (numerals.some((n) => n.start >= a.end && n.start < a.noun && !countsThings(text, n.end, lex, to))) continue;
    // "accused one another of killing": a word of one more right after a number is no count.
    if (a.more && numerals.some((n) => n.end <= a.start && skipSpace(text, n.end, a.start) === a.start)) continue;
    out.push({ start: a.start, end: a.end, value: 1, vague: null, ...(a.noun >= 0 ? { single: a.noun } : {}), ...(a.more ? { more: true } : {}) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The qualifying words before a number, up to two stacked ("khoảng gần"). A difference marker in front
 * of them ("cao hơn khoảng 1.000") makes the whole phrase a difference: start is then -1, and `former` says
 * whether the marker makes it a former value ("up from about 40").
 */
function prefixQualifier(text: string, at: number, lex: LexiconIndex, from: number): { start: number; qualifier: Qualifier | null; former?: boolean } {
  let start = at;
  const found: Qualifier[] = [];
  for (let i = 0; i < 3; i++) {
    const back = Math.max(from, start - LOOKBEHIND);
    const difference = lex.differenceBefore.endingAt(text, start, back);
    if (difference) return { start: -1, qualifier: null, former: difference.tag === 'former' };
    const hit = i < 2 ? lex.qualifiers.endingAt(text, start, back) : null;
    if (!hit) break;
    // A qualifier that ends a longer toll link is a word of that link: 'tới' in "đã lên tới 874", "lên tới gần 5.000" is "to".
    // A link that opens the sentence links no toll, and is the qualifier's phrase: "Lên tới 40.000 người" is "up to".
    const link = lex.tollLinks.endingAt(text, start, back);
    const inLink = link !== null && link.start < hit.start;
    const opens = inLink && skipSpace(text, from, link.start) === link.start;
    if (inLink && !opens) break;
    found.push(hit.tag);
    start = opens ? link.start : hit.start;
  }
  const qualifier = strength.find((q) => found.includes(q)) ?? null;
  return { start, qualifier };
}

/** A unit right after the number, or after a hyphen glued to it ("12-year-old"). */
function countsThings(text: string, end: number, lex: LexiconIndex, to: number): boolean {
  const at = text[end] === '-' ? end + 1 : end;
  return lex.units.startingAt(text, at, Math.min(to, at + LOOKBEHIND)) !== null;
}

/**
 * Start of the word before the number that may make it a count of others ("while another 5 remain missing"), or -1:
 * the number's only difference word, as the longest one before it.
 */
function othersStart(text: string, at: number, end: number, lex: LexiconIndex, from: number, to: number): number {
  const back = Math.max(from, at - LOOKBEHIND);
  const word = lex.othersBefore.endingAt(text, at, back);
  if (!word || lex.differenceBefore.endingAt(text, at, back)?.start !== word.start) return -1;
  return lex.differenceAfter.startingAt(text, end, Math.min(to, end + LOOKBEHIND)) ? -1 : word.start;
}

/**
 * End of the word after the number that may make it a count of others ("injured dozens more"), or -1: the
 * number's only difference word. `start` is prefixQualifier's, -1 when a difference word stands before it.
 */
function othersEnd(text: string, start: number, end: number, lex: LexiconIndex, to: number): number {
  const word = start < 0 ? null : lex.othersAfter.startingAt(text, end, Math.min(to, end + LOOKBEHIND));
  if (!word) return -1;
  return lex.differenceAfter.startingAt(text, end, Math.min(to, end + LOOKBEHIND))?.end === word.end ? word.end : -1;
}

/**
 * "rose to 50 from 40", "giảm xuống 32 người từ con số 40": a number after the number (and victims' noun) before it and
 * 'from'. A former value when its own words end there ("from 40 on Monday", "từ 40 người hôm thứ Hai"), else a count of
 * things ("12 people from 3 families", "12 người từ 3 làng").
 */
function afterFrom(text: string, before: Item | undefined, a: Item, lex: LexiconIndex, dates: DateSpan[], to: number): 'former' | 'things' | null {
  if (!before) return null;
  const noun = lex.victims.startingAt(text, before.end, a.start);
  if (!fills(lex.formerBetween, text, noun?.end ?? before.end, a.start)) return null;
  let pos = skipSpace(text, a.end, to);
  const own = lex.victims.startingAt(text, pos, to);
  if (own) pos = skipSpace(text, own.end, to);
  const ends = pos >= to || /[,;:.)]/.test(text[pos] as string) || lex.adjunctOpeners.startingAt(text, pos, to) !== null || dates.some((d) => d.start === pos);
  return ends ? 'former' : 'things';
}

function isDifference(text: string, start: number, end: number, lex: LexiconIndex, from: number, to: number): boolean {
  return start < 0 || lex.differenceBefore.endingAt(text, start, Math.max(from, start - LOOKBEHIND)) !== null ||
    lex.differenceAfter.startingAt(text, end, Math.min(to, end + LOOKBEHIND)) !== null || differenceAfterNoun(text, end, lex, to);
}

/** "40 binh sĩ nữa": a difference word after the victims' noun right after the number. */
function differenceAfterNoun(text: string, end: number, lex: LexiconIndex, to: number): boolean {
  const noun = lex.victims.startingAt(text, skipSpace(text, end, to), to);
  return noun !== null && lex.differenceAfterNoun.startingAt(text, skipSpace(text, noun.end, to), to) !== null;
}

/**
 * "one in five", "1 out of 3": a part of a larger whole, joined by a ratio word. A ratio's part is small (ten at
 * most) and its whole a round base (a thousand at most): "100,000 out of 120,000 Armenians" is a part of a whole,
 * and "killed 12 in 3 strikes" no ratio at all.
 */
function isRatio(text: string, a: Item, b: Item | undefined, lex: LexiconIndex): boolean {
  return b !== undefined && a.value !== null && b.value !== null && a.value < b.value && a.value <= MAX_RATIO_PART &&
    b.value <= MAX_RATIO_WHOLE && fills(lex.ratioJoiners, text, a.end, b.start);
}

/**
 * At most `max` words, with no digit or punctuation among them: the few bare words that may stand between two numbers,
 * or between an event's noun and its date (stricter than coordination's `fewPlainWords`, which allows digits and some
 * marks in a place's name).
 */
export const fewBareWords = (words: string, max: number): boolean => !/[\d\p{P}]/u.test(words) && wordCount(words) <= max;

// "cứ 5 người thiệt mạng thì có 1": the words of a ratio's whole, its noun and cue, before the part.
const MAX_RATIO_WHOLE_WORDS = 4;

/** `b` is the part of the ratio whose whole `a` follows a ratio opener ("cứ 10 người dân thì có 7 người"). */
function isRatioPart(text: string, a: Item, b: Item, lex: LexiconIndex): boolean {
  if (a.value === null || b.value === null || b.value > a.value) return false;
  const part = lex.ratioParts.endingAt(text, b.start, a.end);
  const words = part ? text.slice(a.end, part.start) : '';
  return part !== null && fewBareWords(words, MAX_RATIO_WHOLE_WORDS);
}

const LOWER_BOUNDS: ReadonlySet<Qualifier> = new Set(['at_least', 'more_than']);
const MAX_BOUND_WORDS = 3;

/**
 * "at least 400 people, and possibly as many as 1,000", "ít nhất 400 người, có thể lên tới 1.000 người": an upper
 * bound `b` joined to the lower bound `a` and its few words, none a cue, so that the two bound one estimate. The words
 * between (empty when there are none), or null. Bounds of other victims ("12 soldiers and up to 30 civilians") are two.
 */
function boundsOfOne(text: string, a: Item, b: Item | undefined, lex: LexiconIndex, to: number): { start: number; end: number } | null {
  if (!b || a.value === null || b.value === null || b.value <= a.value || b.vague !== null) return null;
  const upper = lex.qualifiers.endingAt(text, b.start, a.end);
  const joiner = upper?.tag === 'at_most' ? lex.boundJoiners.endingAt(text, upper.start, a.end) : null;
  return joiner ? victimWords(text, a, joiner.start, b, lex, to, false) : null;
}

/**
 * "Hundreds of people, if not thousands", "Hàng trăm người, thậm chí hàng nghìn người": two vague words stacked with
 * the victims' noun after the first. The noun's words, or null.
 */
function stackedAfterNoun(text: string, a: Item, b: Item | undefined, lex: LexiconIndex, to: number): { start: number; end: number } | null {
  if (!b || !stackable(a, b)) return null;
  const joiner = lex.vagueJoiners.endingAt(text, b.start, a.end);
  return joiner ? victimWords(text, a, joiner.start, b, lex, to, true) : null;
}

/**
 * Two number phrases one estimate may stack: two vague words ("hundreds, if not thousands"), or a vague word and a
 * number on the side of it they say ("several hundred, perhaps a thousand", "500, if not thousands"). Two numbers
 * are a range, read apart.
 */
function stackable(a: Item, b: Item): boolean {
  if (a.vague !== null && b.vague !== null) return true;
  if (a.vague !== null && b.value !== null) return b.value > vagueInterval(a.vague).low;
  if (b.vague !== null && a.value !== null) return a.value < vagueInterval(b.vague).high;
  return false;
}

function vagueInterval(q: Qualifier): Interval {
  const fixed = ruleFor(q).fixed;
  if (!fixed) throw new Error(`vague qualifier ${q} has no fixed interval`);
  return fixed;
}

/**
 * The few words, none a cue, between the first of two numbers of one estimate and the words that join the second
 * (empty when there are none), or null; with `nounNeeded`, they must name the victims. A noun after the second that
 * names other victims makes two figures ("12 soldiers and up to 30 civilians").
 */
function victimWords(text: string, a: Item, joinerStart: number, b: Item, lex: LexiconIndex, to: number, nounNeeded: boolean): { start: number; end: number } | null {
  const start = skipSpace(text, a.end, joinerStart);
  const end = skipSpaceBack(text, joinerStart, start);
  const words = text.slice(start, end);
  if (!fewBareWords(words, MAX_BOUND_WORDS) || lex.cues.findAll(text, start, end).length > 0) return null;
  const noun = lex.victims.findAll(text, start, end)[0];
  if (nounNeeded && !noun) return null;
  const after = nounAfter(text, b.end, lex, to);
  return noun && after && noun.tag !== after.tag ? null : { start, end };
}

// "thousands of civilians": the one word a vague word's noun may stand after.
const MAX_NOUN_GAP_CHARS = 24;

/** The victims' noun right after a number, or one word after it ("thousands of civilians"), or null. */
function nounAfter(text: string, from: number, lex: LexiconIndex, to: number): { tag: string } | null {
  const hit = lex.victims.findAll(text, from, Math.min(to, from + MAX_NOUN_GAP_CHARS))[0];
  if (!hit) return null;
  const gap = text.slice(from, hit.start);
  return fewBareWords(gap, 1) ? hit : null;
}

/**
 * A number phrase that is no figure: a difference ("40 more", "thêm 40") or a count of things ("40 trucks").
 * A running total right after a difference ("bringing the total to 1,166") totals what the difference counts;
 * after a count of things, it totals things.
 */
export interface NonFigure {
  start: number;
  end: number;
  difference: boolean;
  /** A figure's former value ("up from 40", "rose to 50 from 40"): a day said right after it is its own. */
  former?: boolean;
  /** A duration's length in days ("a four-day war": 4), when the number counts units of time. */
  days?: number;
}

/** The length in days of a duration that ends at `end` ("six weeks", "4-day"), if the number counts units of time. */
function durationDays(text: string, end: number, value: number | null, lex: LexiconIndex, to: number): number | undefined {
  if (value === null) return undefined;
  const at = text[end] === '-' ? end + 1 : end;
  const unit = lex.durations.startingAt(text, at, Math.min(to, at + LOOKBEHIND));
  return unit ? unit.tag * value : undefined;
}

/** The number phrases of a text: the quantities that may be figures, and the rest. */
export interface NumberPhrases { quantities: Quantity[]; nonFigures: NonFigure[] }

/** Number phrases in text[from, to) (the whole text by default); their words never reach outside it. */
export function findQuantities(text: string, numerals: NumeralSpan[], dates: DateSpan[], lex: LexiconIndex, from = 0, to = text.length): Quantity[] {
  return numberPhrases(text, numerals, dates, lex, from, to).quantities;
}

// The units a range's low end may leave to a high end that says none: a thousand, 'vạn', a million, a billion.
const DIGIT_SCALES = [1000, 10000, 1e6, 1e9];
const LETTER = /\p{L}/u;

/**
 * The low end of a range whose high end's unit it leaves unsaid: "2 to 3 thousand", "20-30 nghìn", "1,5 đến 2 triệu",
 * "two to three dozen", "hai đến ba chục", "between 2 and 3,000" are 2,000 to 3,000, 24 to 36, 20 to 30 and so on, as a
 * range from 2 to 3,000 is no estimate anyone makes. The unit is one of the grammar's multipliers the high end says
 * ("two to thirty" is 2 to 30, "3 to 400" may be what it says), or else a thousand or more that the high end is a whole
 * number of ("2-3k"; 3,000 is, 3,500 is not). The low end times the unit must fall below the high end and within a
 * tenth of it.
 */
function sharedScale(text: string, low: number, high: Item, lex: LexiconIndex): number {
  const highValue = high.value ?? 0;
  if (low <= 0 || highValue < low * 10) return low;
  const said = lex.multipliers.findAll(text, high.start, high.end).map((m) => m.tag);
  const units = said.length > 0 ? said.sort((a, b) => a - b) : DIGIT_SCALES.filter((u) => highValue % u === 0);
  for (const unit of units) {
    const scaled = low * unit;
    if (low < unit && scaled < highValue && scaled * 10 > highValue) return scaled;
  }
  return low;
}

const NEIGHBOURS_APART = /^\s*,?\s*$/;

/**
 * "hai ba chục người" (twenty or thirty), "ba, bốn trăm", "năm sáu người", "mười hai, mười ba người": a number in words
 * right before one more of the next number's unit, also in words, is the low end of a range in that unit, the product
 * of the multipliers the next number says ('chục', 'trăm nghìn'), else one; a joiner may stand between ("hai-ba chục",
 * "hai đến ba chục"). The low end, or null.
 */
function neighbourLow(text: string, a: Item, b: Item, lex: LexiconIndex): number | null {
  if (a.value === null || b.value === null || !Number.isInteger(a.value) || a.value < 1) return null;
  // Asked first, as most numbers in news are digits: the search for multipliers is the dearer test.
  if (!LETTER.test(text.slice(a.start, a.end)) || !LETTER.test(text.slice(b.start, b.end))) return null;
  const unit = lex.multipliers.findAll(text, b.start, b.end).reduce((product, m) => product * m.tag, 1);
  if (b.value !== (a.value + 1) * unit) return null;
  const apart = NEIGHBOURS_APART.test(text.slice(a.end, b.start)) || fills(lex.rangeJoiners, text, a.end, b.start) || fills(lex.vagueJoiners, text, a.end, b.start);
  return apart ? a.value * unit : null;
}

/**
 * The sentence's number phrases from `from` to `to`. `othersOpen`: a figure ends the sentence right before, so a number
 * that opens this one may count others ("Twelve people were killed. Another 30 were wounded."); else it is an increase.
 */
export function numberPhrases(text: string, numerals: NumeralSpan[], dates: DateSpan[], lex: LexiconIndex, from = 0, to = text.length, othersOpen = false): NumberPhrases {
  const list = items(text, numerals, dates, lex, from, to);
  const out: Quantity[] = [];
  const nonFigures: NonFigure[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Item;
    const b = list[i + 1];
    const back = Math.max(from, a.start - LOOKBEHIND);
    if (a.vague === null && lex.ordinalMarkers.endingAt(text, a.start, back)) continue;
    if (a.more) {
      // "One soldier was killed and another wounded": one of the others, as "another 5" is.
      if (out.length > 0 || othersOpen) out.push({ start: a.start, end: a.end, qualifier: 'exact', value: 1, valueHigh: null, others: true, ...(a.single !== undefined ? { single: a.single } : {}) });
      else nonFigures.push({ start: a.start, end: a.end, difference: true });
      continue;
    }
    if (isRatio(text, a, b, lex)) {
      nonFigures.push({ start: a.start, end: (b as Item).end, difference: false });
      i++;
      continue;
    }
    if (lex.ratioOpeners.endingAt(text, a.start, back)) {
      nonFigures.push({ start: a.start, end: a.end, difference: false });
      if (b && isRatioPart(text, a, b, lex)) { nonFigures.push({ start: b.start, end: b.end, difference: false }); i++; }
      continue;
    }
    const opener = lex.rangeOpeners.endingAt(text, a.start, back);
    // "5,000, if not 6,000, soldiers", "5,000, perhaps 6,000": a larger number as a stacked estimate's upper end.
    const neighbours = b && lex.neighbourRanges && a.vague === null && b.vague === null ? neighbourLow(text, a, b, lex) : null;
    const joined = b && a.vague === null && b.vague === null && (neighbours !== null ||
      fills(lex.rangeJoiners, text, a.end, b.start) || (opener !== null && fills(lex.conjunctions, text, a.end, b.start)) ||
        (a.value !== null && b.value !== null && a.value < b.value && fills(lex.vagueJoiners, text, a.end, b.start)));
    // "ranges from a few hundred to several thousand", "between several hundred and a few thousand": a range's opener
    // and conjunction hold a vague estimate's two ends as they hold two numbers'.
    const adjacent = b && stackable(a, b) && (fills(lex.vagueJoiners, text, a.end, b.start) || (opener !== null && fills(lex.conjunctions, text, a.end, b.start)));
    const stackedWords = adjacent ? null : stackedAfterNoun(text, a, b, lex, to);
    const stacked = adjacent || stackedWords !== null;
    const end = joined || stacked ? (b as Item).end : a.end;
    const head = (joined || adjacent) && opener ? opener.start : a.start;
    const { start, qualifier, former: formerWord } = prefixQualifier(text, head, lex, from);
    // "aged 18 to 60", "between the ages of 18 and 60", "a quarter of a million": numbers after such words,
    // and one joined to them, count no one.
    if (start >= 0 && lex.wholes.endingAt(text, start, Math.max(from, start - LOOKBEHIND))?.tag === 'never') {
      const pair = b && !joined && !stacked && fills(lex.conjunctions, text, a.end, b.start);
      if (joined || stacked || pair) i++;
      nonFigures.push({ start, end: pair ? (b as Item).end : end, difference: false });
      continue;
    }
    const bounds = !joined && !stacked && qualifier !== null && LOWER_BOUNDS.has(qualifier) ? boundsOfOne(text, a, b, lex, to) : null;
    if (bounds && b && !isDifference(text, start, b.end, lex, from, to) && !countsThings(text, b.end, lex, to)) {
      i++;
      out.push({ start, end: b.end, qualifier: 'range', value: a.value, valueHigh: b.value, ...(bounds.end > bounds.start ? { inner: bounds } : {}) });
      continue;
    }
    // "injured dozens more", "while another 5 remain missing": a count of others, its word after or before the number.
    const single = !joined && !stacked && (out.length > 0 || othersOpen);
    const after = single ? othersEnd(text, start, end, lex, to) : -1;
    const before = single && start < 0 ? othersStart(text, a.start, end, lex, from, to) : -1;
    // "12 người thiệt mạng và 5 người nữa bị thương": the phrase ends at the number, and the walk reads the noun after it.
    const afterNoun = single && after < 0 && before < 0 && start >= 0 && differenceAfterNoun(text, end, lex, to);
    const others = after >= 0 ? { start, end: after } : before >= 0 ? { start: before, end } : afterNoun ? { start, end } : null;
    if (others) {
      // Kept as a difference too: read as no figure, it is still what a running total after it totals.
      nonFigures.push({ start: a.start, end, difference: true });
      if (countsThings(text, others.end, lex, to)) { nonFigures.push({ ...others, difference: false }); continue; }
      out.push({ ...others, qualifier: a.vague ?? qualifier ?? 'exact', value: a.value, valueHigh: null, others: true });
      continue;
    }
    const fromWhat = !joined && !stacked && start >= 0 ? afterFrom(text, list[i - 1], a, lex, dates, to) : null;
    if (fromWhat === 'things') { nonFigures.push({ start, end, difference: false }); continue; }
    const former = fromWhat === 'former';
    // "The death toll rose 40 to 300": the change, then the new value on its own.
    if (joined && !opener && LETTER.test(text.slice(a.end, (b as Item).start)) && lex.changeVerbs.endingAt(text, a.start, back)) {
      nonFigures.push({ start: a.start, end: a.end, difference: true });
      continue;
    }
    if (former || isDifference(text, start, end, lex, from, to)) {
      // "rose by 12 to 59": the change, then the new value on its own.
      if (joined && !opener && lex.changeBy.endingAt(text, a.start, back)) { nonFigures.push({ start: a.start, end: a.end, difference: true }); continue; }
      if (joined || stacked) i++;
      nonFigures.push({ start: a.start, end, difference: true, ...(former || formerWord ? { former: true } : {}) });
      continue;
    }
    // "rose from 800 to 874", "rose from hundreds to thousands": the first is a former value, and the second stands alone.
    if ((joined || (adjacent && opener)) && isDifference(text, a.start, a.end, lex, from, to)) {
      nonFigures.push({ start: a.start, end: a.end, difference: true, ...(lex.differenceBefore.endingAt(text, a.start, back)?.tag === 'former' ? { former: true } : {}) });
      continue;
    }
    if (joined || stacked) i++;
    if (countsThings(text, end, lex, to)) {
      const days = joined || stacked ? undefined : durationDays(text, end, a.value, lex, to);
      nonFigures.push({ start, end, difference: false, ...(days !== undefined ? { days } : {}) });
      continue;
    }
    if (joined) out.push({ start, end, qualifier: 'range', value: neighbours ?? (a.value === null ? null : sharedScale(text, a.value, b as Item, lex)), valueHigh: (b as Item).value });
    else if (stacked) {
      // A number stacked with a vague word is kept as said, with its own qualifier ("khoảng 500, thậm chí hàng nghìn"):
      // the low part's in value, the high part's in valueHigh.
      const top = b as Item;
      out.push({ start, end, qualifier: 'vague_range', value: a.vague === null ? a.value : null, valueHigh: top.vague === null ? top.value : null,
        parts: [a.vague ?? qualifier ?? 'exact', top.vague ?? 'exact'], ...(stackedWords ? { inner: stackedWords } : {}) });
    }
    else out.push({ start, end, qualifier: a.vague ?? qualifier ?? 'exact', value: a.value, valueHigh: null, ...(a.single !== undefined ? { single: a.single } : {}) });
  }
  return { quantities: out, nonFigures };
}
