// Figures that lean on the figure before them in the same sentence, for a cue or for their victims.
import type { Measure, Population } from '../schemas.ts';
import type { CasualtyReading, ReadingContext } from './casualty-reading.ts';
import type { LexiconIndex } from './lexicon-index.ts';
import type { PhraseSet } from './phrases.ts';
import { fills, type Quantity } from './quantities.ts';
import { skipSpace, wordCount } from '../languages/chars.ts';

const INCLUSION_LOOKBEHIND = 40;
const MAX_GAP_WORDS = 2;
const MAX_ADJUNCT_WORDS = 4;

/**
 * Nothing but a comma and a word or two ('có') between a whole and its part, past the whole's place and dates: "Trong
 * số 1.139 người thiệt mạng ở Israel ngày 7/10, có 695 dân thường".
 */
function nextTo(from: number, to: number, { text, lex, dates }: ReadingContext): boolean {
  return pastAdjunct(gapWithoutDates(text, from, to, dates).gap, lex, shortGap);
}

const shortGap = (gap: string): boolean => !/[;:.!?()]/.test(gap) && wordCount(gap.replace(/,/g, ' ')) <= MAX_GAP_WORDS;

/**
 * text[from, to) without the dates inside it and the word that led into each ('on', 'by'), trimmed, and how many
 * dates were left out: what joins two figures when their dates are set aside.
 */
export function gapWithoutDates(text: string, from: number, to: number, dates: readonly { start: number; end: number }[] = []): { gap: string; dates: number } {
  let gap = '';
  let pos = from;
  let count = 0;
  for (const d of dates) {
    if (d.start < from || d.end > to) continue;
    gap += text.slice(pos, d.start).replace(/[\p{L}\p{M}]+\s*$/u, '');
    pos = d.end;
    count++;
  }
  return { gap: (gap + text.slice(pos, to)).trim(), dates: count };
}

/**
 * "12 people were killed on Sunday and 15 on Monday", "12 người thiệt mạng hôm Chủ nhật và 15 người hôm thứ Hai":
 * between the first figure's words and the second only dates, a comma and a conjunction, so the second repeats
 * the first's verb. In a list of dated figures ("2 deaths on Sept. 27, 5 on Sept. 28; and 9 on Sept. 29") a comma or
 * a semicolon alone joins one that is dated as the first was.
 */
function joinedAcrossDates(text: string, from: number, q: Quantity, ctx: ReadingContext): boolean {
  const { gap, dates } = gapWithoutDates(text, from, q.start, ctx.dates);
  if (dates === 0) return false;
  const listed = gap.replace(/^;/, ',');
  // Otherwise only a conjunction, after a comma or not, joins a figure that repeats the first one's verb.
  return listed === ',' ? datedRightAfter(q, ctx) : onlyJoins(listed, ctx.lex);
}

/** A date right after the number, or after its victims' noun, with at most the word that leads into it ('on', 'ngày'). */
function datedRightAfter(q: Quantity, ctx: ReadingContext): boolean {
  const { text, lex, sentenceEnd } = ctx;
  const from = lex.victims.startingAt(text, q.end, sentenceEnd)?.end ?? q.end;
  const date = (ctx.dates ?? []).find((d) => d.start >= from);
  return date !== undefined && date.end <= sentenceEnd && /^\s*[\p{L}\p{M}]*\s*$/u.test(text.slice(from, date.start));
}

/**
 * "12 soldiers were killed in Martuni and 15 in Hadrut", "12 binh sĩ thiệt mạng ở Martuni và 15 người ở Hadrut": a place
 * or time right after the first figure's words, a conjunction, and the second figure (with its victims' noun or none)
 * followed by a place or time opened by the same word, so the second repeats the first one's verb. An attribution set
 * off by commas may stand before the conjunction ("killed in Ganja, according to Baku, and 5 in Barda").
 */
function joinedAcrossAdjuncts(text: string, from: number, q: Quantity, ctx: ReadingContext): boolean {
  const { lex, sentenceEnd } = ctx;
  const opener = lex.adjunctOpeners.startingAt(text, from, q.start);
  const conjunction = opener ? lex.conjunctions.endingAt(text, q.start, opener.end) : null;
  if (!opener || !conjunction) return false;
  const aside = attributionAside(text, opener.end, conjunction.start, lex);
  const words = text.slice(opener.end, aside ?? conjunction.start).replace(/,\s*$/, '');
  if (!fewPlainWords(words)) return false;
  const parallel = lex.adjunctOpeners.startingAt(text, lex.victims.startingAt(text, q.end, sentenceEnd)?.end ?? q.end, sentenceEnd);
  return parallel !== null && parallel.text.toLowerCase() === opener.text.toLowerCase();
}

/**
 * Where ", according to Baku," or ", officials said," starts in text[from, to): an attribution of a few words set off by
 * commas that ends there.
 */
function attributionAside(text: string, from: number, to: number, lex: LexiconIndex): number | null {
  const gap = text.slice(from, to);
  const ends = from + gap.replace(/,\s*$/, '').length; // before the aside's closing comma
  const opens = text.lastIndexOf(',', ends - 1);
  if (opens < from) return null;
  const before = lex.attributionBefore.startingAt(text, skipSpace(text, opens + 1), ends);
  const after = before ? null : lex.attributionAfter.endingAt(text, ends, opens + 1);
  const rest = before ? text.slice(before.end, ends) : after ? text.slice(opens + 1, after.start) : '';
  return (before || after) && fewPlainWords(rest) ? opens : null;
}

/** A place's or speaker's few words, with no punctuation that would end or set off a phrase of their own. */
export const fewPlainWords = (words: string): boolean => !/[;:.!?()"“”,]/.test(words) && wordCount(words) <= MAX_ADJUNCT_WORDS;

/** A phrase of `joiners`, after a comma or not, and nothing else in the gap: "and", ", while". */
function joinedBy(gap: string, joiners: PhraseSet<true>): boolean {
  const rest = gap.replace(/^,\s*/, '');
  return joiners.startingAt(rest, 0)?.end === rest.length;
}

/** Words between two figures that only join them: a comma, a conjunction, or a comma and a conjunction. */
export function onlyJoins(gap: string, lex: LexiconIndex): boolean {
  return /^,\s*$/.test(gap) || joinedBy(gap, lex.conjunctions);
}

/** A clause's joiner, after a comma or not, and nothing else: "with", ", while". */
export const joinsClause = (gap: string, lex: LexiconIndex): boolean => joinedBy(gap, lex.clauseJoiners);

/** Only a comma, a conjunction or a clause's joiner in the gap: "…, and", "…, while". */
export const linksFigures = (gap: string, lex: LexiconIndex): boolean => onlyJoins(gap, lex) || joinsClause(gap, lex);

/**
 * Only a comma, a conjunction or a clause's joiner between the cue of the figure before and the number at `q`: "killed
 * 12, and 40 …", "12 were killed, with 40 …", also past a place or time of the first figure ("12 soldiers were killed in
 * the attack and 40 wounded"). After a figure whose cue stood before it, only a clause's joiner: "The death toll stands
 * at 63, with 292 wounded"; "killed 12 civilians and 40 were wounded" may count others.
 */
export function followsCue(text: string, previous: Figure, q: { start: number }, lex: LexiconIndex): boolean {
  if (previous.cueEnd === null) return cueSaidBefore(previous) && pastAdjunct(text.slice(previous.reach, q.start).trim(), lex, (gap) => joinsClause(gap, lex));
  return pastAdjunct(text.slice(previous.cueEnd, q.start).trim(), lex, (gap) => linksFigures(gap, lex));
}

/** The figure's cue or toll stood before its number ("killed 12 …", "The death toll stands at 12 …"), none after it. */
const cueSaidBefore = (f: Figure): boolean => f.cueEnd === null && (f.reading.cueBefore !== null || f.reading.cumulative);

/**
 * Only a comma or a conjunction, past a place or time of the figure before, whose cue or toll stood before it, and the
 * number at `q`: "killed 1,177 soldiers in Karabakh and 80 …", "stands at 1,177 soldiers, and 80 …".
 */
function followsCueBefore(text: string, previous: Figure, q: Quantity, lex: LexiconIndex): boolean {
  return cueSaidBefore(previous) && pastAdjunct(text.slice(previous.reach, q.start).trim(), lex, (gap) => onlyJoins(gap, lex));
}

/** `joins` holds for the gap, or for what follows a place or time of a few words that opens it: "in Martuni, and". */
function pastAdjunct(gap: string, lex: LexiconIndex, joins: (gap: string) => boolean): boolean {
  if (joins(gap)) return true;
  const opener = lex.adjunctOpeners.startingAt(gap, 0);
  if (!opener) return false;
  for (const m of gap.slice(opener.end).matchAll(/(?<=\S)[\s,]/g)) {
    const at = opener.end + m.index;
    const words = gap.slice(opener.end, at);
    if (!fewPlainWords(words)) return false;
    if (joins(gap.slice(at).trim())) return true;
  }
  return false;
}

/**
 * A figure read: its reading, where its number starts and its own words end, and where the cue it reached ends. `whole`: the figure
 * opens its sentence as the whole the next figure is a part of ("Of the 33 dead, 12 were children"). `subset`: a
 * part that counts what its whole counts ("among the dead were 2 women"), no figure, though the figures coordinated
 * with it are parts too. `estimated`: words of estimating are said of it ("It is estimated that 12 …"). `tollVictims`:
 * the victims a toll gave the figure's people of no kind ("Civilian casualties include 65 people killed"). `lossAt`:
 * where the number right after the loss verb it shares starts ("Azerbaijan lost 2,906 servicemen and 100 civilians").
 */
export interface Figure { reading: CasualtyReading; start?: number; reach: number; cueEnd: number | null; whole?: boolean; partOf?: CasualtyReading | null; subset?: boolean; estimated?: boolean; tollStart?: number | undefined; tollVictims?: Population | undefined; lossAt?: number | undefined; sideAfterCue?: boolean }

/**
 * A figure tied to the one before it. "killed 874 soldiers and 37 civilians": the second shares the
 * first one's cue, and so does "12 soldiers were killed, and 5 civilians" (`closes`: nothing follows its words but the
 * end of its clause). "2 servicemen were killed and 4 wounded": a second figure without a noun of its own
 * counts the same victims as the first. "5,000 killed, including 2,000 on each side", "27 were killed, 14
 * of them children", "Of the 33 dead, 12 were children": a part of the first figure, with its own noun or a
 * per-side marker, has its measure.
 */
export function fromPrevious(q: Quantity, own: Population | null, eachSide: boolean, ctx: ReadingContext, previous: Figure | null, closes = false, sided: boolean | 'labelled' = false, cue: Measure | null = null): Prior {
  const none = { measure: null, population: null, side: '', partOf: null, cumulative: false, ownSide: false };
  if (!previous) return none;
  const { lex, text } = ctx;
  // "12 soldiers were killed on Sunday, and 15 on Monday": the second, with no noun, repeats the first's victims too.
  const gapped = joinedAcrossDates(text, previous.reach, q, ctx) || (previous.cueEnd !== null && joinedAcrossDates(text, previous.cueEnd, q, ctx)) ||
    joinedAcrossAdjuncts(text, Math.max(previous.reach, previous.cueEnd ?? 0), q, ctx);
  // "37 civilians had been killed, and 115 injured": a comma may stand before the conjunction.
  const afterCue = followsCue(text, previous, q, lex);
  const elided = own === null && afterCue;
  // "874 of their troops had been killed, and 37 civilians", "The war killed 1,177 soldiers in Karabakh, and 80
  // civilians": victims of its own that end its clause, after the cue or the first figure's place or time.
  const echoed = own !== null && closes && (afterCue || followsCueBefore(text, previous, q, lex));
  // "killed a mother and her three children": a determiner may open the second object.
  const object = lex.objectDeterminers.endingAt(text, q.start, previous.reach)?.start ?? q.start;
  const sharesCue = gapped || echoed || fills(lex.conjunctions, text, previous.reach, object) || nextItem(text, previous, object);
  // "Nearly 7,000 soldiers — 3,825 Armenians and …  — died": a breakdown set off inside the figure's words, before its cue.
  const inside = previous.cueEnd !== null && q.start < previous.cueEnd && q.start >= previous.reach;
  const marked = lex.inclusions.endingAt(text, q.start, Math.max(previous.reach, q.start - INCLUSION_LOOKBEHIND)) !== null ||
    inclusionAfter(q, ctx) || (previous.whole === true && nextTo(previous.cueEnd ?? previous.reach, q.start, ctx)) ||
    opensBreakdown(text.slice(inside ? previous.reach : Math.max(previous.reach, previous.cueEnd ?? 0), q.start)) ||
    // "At least 5,000 people were killed, 2,500 on each side": set off by a comma, a figure per side is a part.
    (eachSide && /^\s*,\s*$/.test(text.slice(Math.max(previous.reach, previous.cueEnd ?? 0), q.start)));
  // A part may name only its side: "died: 3,825 Armenians and 2,906 Azerbaijanis" are soldiers of each; or only a cue of
  // its own that counts something else: "lost 3,825 soldiers, including 187 missing" are soldiers missing ("16 soldiers
  // died, including 2 killed by a drone" stays a figure of people of no kind, not a subset of the 16).
  const part = marked && (own !== null || eachSide || sharesCue || sided || (cue !== null && cue !== previous.reading.measure));
  if (!sharesCue && !elided && !part) return none;
  // "Gần 7.000 binh sĩ (3.825 người Armenia và 2.906 người Azerbaijan)": a side's part, or a figure coordinated with a
  // part, with no noun or people of no kind, is of the whole's kind.
  const sidePart = sided && (own === null || own === 'total') && (part || (sharesCue && previous.partOf != null));
  // "Killed: 2,425 servicemen (Armenia), 2,783 (Azerbaijan)": a side named apart from any noun labels the same victims.
  const labelled = sided === 'labelled' && own === null && sharesCue;
  // "Armenia lost 3,825 soldiers, including 187 people still missing": the people of no kind of a part with a cue of its
  // own are of the whole's kind. With the whole's measure they stay a figure of their own ("among them 12 people from one
  // village", "3.825 người Armenia" where Armenia is no party), not a subset the whole already counts.
  const harmedOtherwise = part && own === 'total' && cue !== null && cue !== previous.reading.measure;
  const inherits = elided || ((part || gapped) && own === null) || harmedOtherwise || sidePart || labelled;
  // "Armenia lost 3,825 people, including 2,425 servicemen and 85 civilians": a figure coordinated with a part is of
  // the whole's side too.
  const whole = !inherits && !part && sharesCue ? previous.partOf : null;
  return {
    measure: sharesCue || part ? previous.reading.measure : null,
    cumulative: (sharesCue || part) && previous.reading.cumulative,
    population: inherits ? previous.reading.population : null,
    // "3,825 Armenians were killed, including 3,700 soldiers": a part of a side's dead is of that side.
    side: inherits || part ? previous.reading.side : whole?.side ?? '',
    // "43 of its civilians had been killed and 206 wounded": the speaker's own, as the victims they repeat.
    ownSide: (inherits || part) ? previous.reading.ownSide : whole?.ownSide ?? false,
    // "Trong số 33 người thiệt mạng, có 12 trẻ em và 5 phụ nữ": a figure coordinated with a part is a part of the same whole.
    partOf: part ? previous.reading : sharesCue ? previous.partOf ?? null : null,
  };
}

/**
 * "Killed: 3,825 (Armenia); 2,906 (Azerbaijan)": under a cue that heads a list with its colon, a semicolon separates the
 * items as a comma does.
 */
function nextItem(text: string, previous: Figure, at: number): boolean {
  const cue = previous.reading.cueBefore;
  return cue !== null && /^\s*;\s*$/.test(text.slice(previous.reach, at)) && /^[^:;.]*:/.test(text.slice(cue, previous.start ?? previous.reach));
}

/**
 * "killed 12 people (eight soldiers and four civilians)", "12 people were killed — eight soldiers and …", "killed 12
 * people: eight …": a parenthesis, a dash or a colon right after a figure opens the list of its parts.
 */
const opensBreakdown = (gap: string): boolean => /^\s*(?:[(:—–]|\s-)\s*$/.test(gap);

/** "14 of them", "hai người trong số đó": a part marker right after the number or after its victims' noun. */
function inclusionAfter(q: Quantity, { text, lex, sentenceEnd }: ReadingContext): boolean {
  if (lex.inclusionsAfter.startingAt(text, q.end, sentenceEnd)) return true;
  const noun = lex.victims.startingAt(text, q.end, sentenceEnd);
  return noun !== null && lex.inclusionsAfter.startingAt(text, noun.end, sentenceEnd) !== null;
}

/** What a figure takes from the one before it; `partOf` is the figure this one is a part of, if any. */
export interface Prior { measure: Measure | null; population: Population | null; side: string; partOf: CasualtyReading | null; cumulative: boolean; ownSide: boolean }

/** A part that counts what the whole counts ("40 wounded, 10 of them seriously") is a subset, not a figure. */
export function sameQuantity(a: CasualtyReading, b: CasualtyReading): boolean {
  return a.measure === b.measure && a.population === b.population && a.side === b.side && a.eachSide === b.eachSide;
}
