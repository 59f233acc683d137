// Decides whether a number phrase is a casualty figure, and of what: the measure cue, the victims'
// noun (population), the party they belong to, and a per-side figure. A number with no cue in reach is
// not a casualty figure, which is what keeps dates, durations and officials' headcounts out. Evidence,
// strongest first: a cue reached from the number over known words ("874 soldiers were killed"); a cue
// right before it ("killing 16 people"); a toll noun ("the death toll rose to 59"); a figure it is
// coordinated with ("killed 874 soldiers and 37 civilians"); a causative verb and the first cue of the
// clause ("khiến 5 người trong một gia đình thiệt mạng"); the figure a running total totals ("bringing the
// total to 1,166"); a cue reached over unknown words. A number that is only the whole a part is taken of
// ("two-thirds of the 1.2 million residents") is no figure whatever the evidence.
import { CLAUSE_COMMA, SET_OFF_CLOSERS, isSpaceCode, isWordCode, possessiveAt, possessiveBefore, skipSpace, skipSpaceBack, wordCount, wordEndAt } from '../languages/chars.ts';
import type { Measure, Population, Qualifier } from '../schemas.ts';
import { fewPlainWords, followsCue, fromPrevious, gapWithoutDates, onlyJoins, sameQuantity, type Figure } from './coordination.ts';
import type { LexiconIndex } from './lexicon-index.ts';
import { comparedSide, enemyLossAt, losersAt, loserVictims, lossCountsCasualties, lossVerbAt, parallelClaim, parallelLoss, parallelToll, sidesOfLoss } from './losses.ts';
import { labelBefore, labelledSide, listedAfter } from './labelled-sides.ts';
import type { PhraseHit, PhraseSet } from './phrases.ts';
import { fills, type NonFigure, type Quantity } from './quantities.ts';
import { inOrderOfParties } from './respectively.ts';

export interface CasualtyReading {
  measure: Measure;
  population: Population;
  side: string;
  eachSide: boolean;
  /** One figure said to cover both sides together ("5,000 killed on both sides"). */
  bothSides: boolean;
  /** A qualifier written apart from the number: after it ("100 người trở lên"), or an estimate ("It is estimated that 150,000"). */
  suffix: Qualifier | null;
  /**
   * Where the cue right before the number starts, when that cue is what made it a casualty figure
   * ("the war claimed 400 lives"): such a verb says what happened, not who says so.
   */
  cueBefore: number | null;
  /** Measure and victims taken from the figure the number is a running total of, not from its own words. */
  measureFromContext: boolean;
  /**
   * Read from a toll noun ("the death toll rose to 59") or a running total: a count up to a day, never the count
   * of one day, so a date next to it ("on Sunday") is its as_of, not its period.
   */
  cumulative: boolean;
  /** The victims are the speaker's own ("3,825 of its soldiers", "it lost 2,783 troops"): their side is the claimant's party. */
  ownSide: boolean;
  /** The victims are the speaker's own only by the cue ('martyred', 'hy sinh'): told by no one named, they are no one's. */
  ownByCue?: boolean;
  /** The victims are the speaker's enemy ("220 enemy soldiers"): their side is the party opposed to the claimant's. */
  enemySide?: boolean;
  /** Who claims the figure, named with no verb of saying of its own ("Armenia reported 3,825 deaths and Azerbaijan 2,906"). */
  speaker?: { start: number; end: number };
}

/** One sentence: its number phrases, in order, and where it lies in the text. */
export interface ReadingContext {
  text: string;
  lex: LexiconIndex;
  parties: PhraseSet<string>;
  quantities: Quantity[];
  /** The sentence's other number phrases ("40 more", "40 trucks"): no figures, but a running total may total one. */
  nonFigures: NonFigure[];
  sentenceStart: number;
  sentenceEnd: number;
  /** The dates inside the sentence, when known: a toll may hand on a number across one ("at 300 on Friday and 350"). */
  dates?: readonly { start: number; end: number }[];
  /**
   * The last figure of the sentence right before, when nothing but space parts them: "Twelve people were killed. Another
   * 30 were wounded." counts others, where "… killed on Monday. Another 15 were killed on Tuesday." is an increase.
   */
  prior?: { measure: Measure; population: Population };
}

const MAX_STEPS = 8;
const MAX_TOLL_GAP_WORDS = 14;
const CUE_LOOKBEHIND = 40;
const TOLL_PART_LOOKBEHIND = 12;
// "the majority of those killed": room for a part's words before a toll.
const PART_WORDS_LOOKBEHIND = 24;
const MAX_ASIDE_CHARS = 80;
const MAX_HEAD_CHARS = 60;
const MAX_HEAD_WORDS = 5;
const MAX_CAUSED_WORDS = 10;
const MAX_SPEAKER_WORDS = 4;
const SPEAKER_LOOKAHEAD = 48;
const MAX_PASSIVE_WORDS = 3;
const MAX_POSSESSOR_WORDS = 3;
const COLON = 0x3a;
const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;
const CLOSING_QUOTES: ReadonlySet<number> = new Set(['"', '”', '’', "'", '»'].map((c) => c.charCodeAt(0)));
// Quotation marks, opening or closing, apostrophes aside: what may set a word or a number off as quoted.
const QUOTE_MARKS: ReadonlySet<number> = new Set(['"', '“', '”', '«', '»'].map((c) => c.charCodeAt(0)));
const UPPER = /^\p{Lu}$/u;
const LOWER = /\p{Ll}/u;
/** Punctuation, a bracket or a dash: a character that starts no word. */
const NOT_WORD = /[^\p{L}\p{N}]/u;
/** The whole a part of a toll is taken of: its measure, victims and side, and none of a reading's other marks. */
const tollWhole = (measure: Measure, population: Population, side: string, cumulative: boolean): CasualtyReading =>
  ({ measure, population, side, cumulative, eachSide: false, bothSides: false, suffix: null, cueBefore: null, measureFromContext: false, ownSide: false });

interface Walk {
  measure: Measure | null;
  /** False when the cue was reached over words the lexicon does not know: weaker evidence. */
  clean: boolean;
  population: Population | null;
  side: string;
  suffix: Qualifier | null;
  /** End of the figure's own words (number, noun, party), where a coordinated figure may follow. */
  reach: number;
  /** End of the cue the walk reached, if any. */
  cueEnd?: number;
  /** True when a filler ('were', 'đã') came between the victims and the cue: the cue is a verb, not a modifier. */
  predicate: boolean;
  /** True when a word made the victims the speaker's own: "of its soldiers". */
  own: boolean;
  /** True when a word made them the speaker's enemy: "enemy soldiers", "binh sĩ đối phương". */
  enemy?: boolean;
  /** The index of the figure whose cue this one shares ("874 soldiers and 37 civilians were killed"), if any. */
  sharedWith?: number;
  /** The people counted came to no harm ("18 people survived"): the number is no figure, whatever else says so. */
  unharmed?: boolean;
  /** The number was set off as another way of saying what came before it ("…, or 90,000 people, have fled"). */
  setOff?: boolean;
  /** A forecast or counterfactual stood before the cue ("could be displaced", "sẽ phải sơ tán"): no figure either. */
  forecast?: boolean;
  /** The measure of the toll the number is a part of: "Nine of the dead", "hai người trong số những người bị thương". */
  tollPart?: Measure;
  /**
   * The harm a verb of later death came after ("2,000 wounded had died"), as the walk would have read it without that
   * verb: what the number counts when it is only the whole a part of them died of.
   */
  diedOf?: { measure: Measure; cueEnd: number; predicate: boolean };
  /** An unknown word after 'were', 'bị': a verb of the number's own the lexicon does not know ("100 were captured"). */
  ownVerb?: boolean;
  /** Two parties named as the victims' ("500,000 Russian and Ukrainian soldiers"): a total of both sides, of neither. */
  twoSides?: boolean;
  /** The party was named after the victims' noun ("binh sĩ Nga"), not before it as an adjective ("Russian soldiers"). */
  sideAfterNoun?: boolean;
  /** The side was named whole or in brackets, with no noun before it: "2,783 (Azerbaijan)", "2,783 on the Azerbaijani side". */
  sideLabel?: boolean;
  /** The side is the other one than the figure's before: "2,906 on the other side". */
  otherSide?: boolean;
  /** The party's name was its people's ("300 Armenians"), no adjective waiting for a noun. */
  people?: boolean;
  /** The side was named right after the cue ("… injured on the Armenian side"), where it may close a list of figures. */
  sideAfterCue?: boolean;
}

/**
 * The victims a cue describes, right after it or after the party they are of ("wounded (Armenian) soldiers"), or that
 * party's people ("wounded Armenians").
 */
function describedVictims(at: number, ctx: ReadingContext): { population: Population; side: string; end: number } | null {
  const victims = victimsStartingAt(at, ctx.sentenceEnd, ctx);
  if (victims) return victims;
  // "40 wounded Armenians": the party's people are the victims.
  const party = ctx.parties.startingAt(ctx.text, at, ctx.sentenceEnd);
  return party && namesPeople(party, ctx) ? { population: 'total', side: party.tag, end: party.end } : null;
}

/** "3,825 fallen Armenian servicemen": a word that names a measure only before the victims it describes. */
function describingCue(pos: number, ctx: ReadingContext): PhraseHit<Measure> | null {
  const cue = ctx.lex.describingMeasures.startingAt(ctx.text, pos, ctx.sentenceEnd);
  return cue && describedVictims(cue.end, ctx) ? cue : null;
}

/** "one death and four injuries": a noun of one victim right after the numeral one, unless it opens a toll ("One death toll put …"). */
function oneCue(q: Quantity, pos: number, { text, lex, sentenceEnd }: ReadingContext): PhraseHit<Measure> | null {
  if (q.value !== 1 || q.single !== undefined) return null;
  const cue = lex.oneMeasures.startingAt(text, pos, sentenceEnd);
  return cue && (lex.tolls.startingAt(text, pos, sentenceEnd)?.end ?? 0) <= cue.end ? cue : null;
}

/**
 * "300 soldiers lost contact with their unit", "2.000 người mất việc làm": a verb of loss after the victims, with an
 * object of its own, says what they lost. They are the loss only where the verb ends its clause or a place, a time, a
 * conjunction or a cause follows it ("3,825 soldiers lost in the war", "300 soldiers were lost to shelling").
 */
function lostSomethingElse(cue: PhraseHit<Measure>, ctx: ReadingContext): boolean {
  const { text, lex, sentenceEnd: end } = ctx;
  if (lex.lossVerbs.startingAt(text, cue.start, end)?.end !== cue.end) return false;
  const pos = skipSpace(text, cue.end);
  return pos < end && !NOT_WORD.test(text[pos] as string) && !nothingCountedAt(pos, end, ctx) &&
    lex.conjunctions.startingAt(text, pos, end) === null && lex.lossCauses.startingAt(text, pos, end) === null;
}

/** Reads rightwards from the number: [party] [victim noun] [party] [suffix] [fillers] cue. */
function walkForward(i: number, ctx: ReadingContext, depth = 0): Walk {
  const { text, lex, parties, sentenceEnd: end } = ctx;
  const q = ctx.quantities[i] as Quantity;
  let n = i + 1;
  let next = ctx.quantities[n];
  const w: Walk = { measure: null, clean: true, population: null, side: '', suffix: null, reach: q.end, predicate: false, own: false };
  // "a 19-year-old Ukrainian soldier": an article's walk starts at its noun, past the words that describe it, one of
  // which may name the side.
  if (q.single !== undefined) w.side = parties.findAll(text, q.end, q.single)[0]?.tag ?? '';
  // "At least 400 people, and possibly as many as 1,000, were killed": a range's walk starts at its first bound's noun.
  let pos = q.single ?? q.inner?.start ?? afterPhrase(text, q.start, q.end);
  let unknownWords = 3;
  let aside = true;
  let afterFiller = false;
  let fillerEnd = -1;
  let wordsAfterNoun = 0;
  let ownedAt = -1;
  for (let step = 0; step < MAX_STEPS; step++) {
    pos = skipSpace(text, pos);
    // 'had been "eliminated"': a word quoted as the speaker's own is still the word.
    while (pos < end && QUOTE_MARKS.has(text.charCodeAt(pos))) pos = skipSpace(text, pos + 1);
    if (q.inner && pos >= q.inner.end && pos < q.end) {
      // Past the first bound's words, on after the second bound, over its noun if it repeats the first's.
      const again = lex.victims.startingAt(text, q.end, end);
      const noun = again && (w.population === null || again.tag === w.population) ? again : null;
      if (noun) w.population = noun.tag;
      const words = noun?.end ?? q.end;
      w.reach = Math.max(w.reach, words);
      pos = afterPhrase(text, q.inner.end, words);
      continue;
    }
    if (pos >= end || (next && pos >= next.start)) break;
    const cue = lex.measures.startingAt(text, pos, end) ?? describingCue(pos, ctx) ?? (step === 0 ? oneCue(q, pos, ctx) : null);
    // "Lực lượng 5.000 quân đã mất 300 binh sĩ", "200 soldiers killed 30 militants": a verb whose object is the
    // next figure, victims named, is that figure's cue, unless it has one of its own ("5 dead 3 wounded").
    if (cue && next && depth < 4 && skipSpace(text, cue.end) === next.start && isObject(walkForward(n, ctx, depth + 1))) break;
    // "15 soldiers shelled the village killing civilians": a cue with victims for its object has the number's people
    // for its subject. They did the harm; the number is no figure.
    if (cue && w.population !== null && victimsAt(skipSpace(text, cue.end), ctx)) { w.ownVerb = true; break; }
    if (cue && lostSomethingElse(cue, ctx)) break;
    // "40 displaced families": a cue that describes things counts no people.
    if (cue && w.population === null && lex.units.startingAt(text, skipSpace(text, cue.end), end)) break;
    if (cue) {
      // "40 wounded soldiers", "40 wounded Armenian soldiers": the victims' noun after a cue that modifies it.
      const after = w.population === null ? describedVictims(cue.end, ctx) : null;
      const died = DIED_LATER.has(cue.tag) ? diedAfter(after?.end ?? cue.end, ctx, next) : null;
      // "The strike killed 40 displaced people": a verb right before the number has the described victims for its
      // object; the cue between only says who they were. So does being displaced, a state, after a harm's verb: "killed
      // 20 refugees", "giết chết 20 người tị nạn".
      const before = died ? null : after || cue.tag === 'displaced' ? cueBefore(q, ctx) : null;
      const verb = before && (after || HARMS.has(before.measure)) ? before : null;
      const measure = died?.tag ?? verb?.measure ?? cue.tag;
      const diedOf = died ? { diedOf: { measure: cue.tag, cueEnd: after?.end ?? cue.end, predicate: after ? false : afterFiller } } : {};
      if (after) return { ...w, side: w.side || after.side, measure, population: after.population, reach: after.end, cueEnd: died?.end ?? after.end, predicate: died !== null, ...diedOf };
      // "3,825 were killed on the Armenian side", "3,825 killed (Armenia)": the side named right after the cue.
      const sideAt = skipSpace(text, cue.end);
      const named = w.side ? null : sideNamedAt(sideAt, ctx) ?? bracketedParty(sideAt, ctx);
      if (!w.side && !named && otherSideAt(sideAt, ctx) >= 0) w.otherSide = true;
      // "2,906 killed (military)": so may their kind be.
      const kind = w.population === null && !named && !died ? bracketedVictims(sideAt, ctx) : null;
      if (kind) return { ...w, measure, population: kind.tag, reach: kind.end, cueEnd: kind.end, predicate: afterFiller };
      return { ...w, side: w.side || (named?.tag ?? ''), ...(named ? { sideAfterCue: true } : {}), measure, cueEnd: died?.end ?? cue.end, predicate: afterFiller || died !== null, ...diedOf };
    }
    // "forced 10 million people from their homes": a cue only after the causative (see causedCue); to the walk, words
    // it does not know, and not 'their' own people.
    const caused = lex.causedMeasures.startingAt(text, pos, end);
    if (caused && w.population !== null && unknownWords > 0) { unknownWords--; w.clean = false; pos = caused.end; continue; }
    if (caused) break;
    // "18 people survived and 7 died": the survivors share no cue with the dead. "3 soldiers who escaped the ambush
    // were later killed": after a relative pronoun, the words only say which ones.
    if (lex.unharmed.startingAt(text, pos, end) && !lex.relativePronouns.endingAt(text, pos, q.end)) return { ...w, unharmed: true };
    const victim = w.population === null ? lex.victims.startingAt(text, pos, end) ?? partitiveVictims(text, pos, end, lex) ?? victimsStoodFor(pos, q, ctx) ?? bracketedVictims(pos, ctx) : null;
    if (victim) {
      w.population = victim.tag;
      pos = w.reach = victim.end;
      const verb = descriptionEnd(victim.end, ctx, next);
      if (verb >= 0) { w.clean = false; pos = verb; }
      continue;
    }
    const part = w.tollPart === undefined ? lex.partsOfTolls.startingAt(text, pos, end) : null;
    if (part) { w.tollPart = part.tag; pos = w.reach = part.end; continue; }
    // "Three soldiers were among the 12 people killed": a part of the next figure, of its cue.
    const among = next && depth < 4 && w.population !== null ? lex.partsOfFigures.startingAt(text, pos, end) : null;
    if (among && next && skipSpace(text, among.end) === next.start) {
      const whole = walkForward(n, ctx, depth + 1);
      if (whole.measure === null) break;
      return { ...w, measure: whole.measure, tollPart: whole.measure, clean: whole.clean };
    }
    // "14 người trong số đó là trẻ em", "14 trong số đó là trẻ em", "of whom 14 people were children": who they were.
    const who = w.population === null || w.population === 'total' ? narrowedVictims(text, pos, end, lex) : null;
    if (who) { w.population = who.tag; pos = w.reach = who.end; continue; }
    // "2,906 on the other side": whose, the figure before says (see otherParty).
    const otherEnd = w.side === '' ? otherSideAt(pos, ctx) : -1;
    if (otherEnd >= 0) { w.otherSide = true; pos = w.reach = otherEnd; continue; }
    // "3,825 on the Armenian side", "2,425 (Armenia)": the side named whole, or alone in brackets.
    const named = sideNamedAt(pos, ctx) ?? bracketedParty(pos, ctx);
    if (named) { if (!w.side) { w.side = named.tag; w.sideLabel = w.population === null; } pos = w.reach = named.end; continue; }
    const party = parties.startingAt(text, pos, end);
    if (party) {
      const lead = skipSpaceBack(text, pos, q.end);
      // "Armenia lost 3,825 soldiers while Azerbaijan lost 2,906": a party after a clause's opener is that clause's subject.
      if (lex.clauseOpeners.endingAt(text, lead, q.end) !== null) break;
      // "killed 30 soldiers in eastern Ukraine": past a place's opener, a party names where they died.
      if (w.population !== null && partyAsPlace(w.reach, party, ctx)) { pos = party.end; continue; }
      // "3,825 soldiers fighting Azerbaijan", "binh sĩ chiến đấu chống Azerbaijan": a party the victims are set against
      // is not their side ("12 soldiers from Armenia", "binh sĩ thuộc quân đội Armenia" are of theirs).
      if (!w.side && lex.opponents.endingAt(text, lead, q.end) === null) { w.side = party.tag; w.sideAfterNoun = w.population !== null; w.people = namesPeople(party, ctx); }
      // "2,783 of Azerbaijan's soldiers": the party may own the victims after it.
      pos = w.reach = possessiveAt(text, party.end) ? party.end + 2 : party.end;
      continue;
    }
    const suffix = lex.qualifierSuffixes.startingAt(text, pos, end);
    if (suffix) { w.suffix = suffix.tag; pos = suffix.end; continue; }
    const each = lex.eachSide.startingAt(text, pos, end);
    if (each) { pos = each.end; continue; }
    const link = next ? lex.partLinks.startingAt(text, pos, end) : null;
    if (link && next && skipSpace(text, link.end) === next.start) {
      // "100,000 of the 120,000 Armenians have left": the part is what the verb after the whole says.
      const whole = depth < 4 ? walkForward(n, ctx, depth + 1) : null;
      // "14 of the 20 people killed were civilians": the whole's victims, and who the part of them were.
      const who = whole?.measure && whole.cueEnd !== undefined && w.population === null ? narrowedVictims(text, skipSpace(text, whole.cueEnd), end, lex) : null;
      if (who && whole) return { ...w, measure: whole.measure, clean: whole.clean, population: who.tag, side: w.side || whole.side, reach: who.end, cueEnd: who.end, predicate: true };
      // "Civilians made up 12 of the 40 dead": a whole that is a toll of its own, with no verb, makes the part one of it.
      if (whole?.measure && whole.clean && !whole.predicate && whole.cueEnd !== undefined) return { ...w, measure: whole.measure, tollPart: whole.measure };
      if (!whole?.predicate) break;
      return { ...whole, population: w.population ?? whole.population, side: w.side || whole.side, suffix: w.suffix, reach: w.reach };
    }
    const own = lex.ownSide.startingAt(text, pos, end);
    if (own) { w.own = true; pos = own.end; ownedAt = skipSpace(text, pos); continue; }
    const enemy = lex.enemySide.startingAt(text, pos, end);
    if (enemy) { w.enemy = true; pos = enemy.end; continue; }
    // "12 soldiers fired on protesters who were killed": past words after the noun, a relative clause tells of theirs.
    if (wordsAfterNoun > 0 && lex.relativePronouns.startingAt(text, pos, end)) break;
    const filler = lex.fillers.startingAt(text, pos, end);
    const forecast = lex.forecasts.startingAt(text, pos, end);
    if (forecast && (!filler || filler.end <= forecast.end)) {
      // "12 soldiers who will be buried on Friday were killed": a relative clause's tense is not the figure's.
      w.forecast ||= lex.relativePronouns.findAll(text, q.end, pos).length === 0;
      pos = forecast.end;
      continue;
    }
    if (filler) { pos = fillerEnd = filler.end; afterFiller ||= w.population !== null || w.side !== ''; continue; }
    const conj = lex.conjunctions.startingAt(text, pos, end);
    // "874 binh sĩ và 37 dân thường thiệt mạng": the next figure's cue is this one's too, unless this figure
    // already has a verb of its own ("3 người bị bắt và 2 người thiệt mạng").
    // "Five people, three of them soldiers, died": a part after a comma is an aside, stepped over below.
    // "Of 500 residents, 200 have fled": a whole that opens the sentence lends the part after it no cue.
    // "A father and his four children were killed": a determiner may open the next figure.
    const opener = conj && next ? lex.objectDeterminers.startingAt(text, conj.end, next.start) : null;
    if (conj && next && skipSpace(text, opener?.end ?? conj.end) === next.start && !lex.inclusionsAfter.startingAt(text, next.end, end) && !opensAsWhole(q, ctx)) {
      // "Số người chết đã tăng lên 23, 12 người vẫn mất tích", "The death toll rose to 61 and 270 were wounded": a number
      // a toll's verb hands over ends its clause; at a comma the link alone says so, as 'and' may follow "There were".
      const handed = lex.tollLinks.endingAt(text, q.start, ctx.sentenceStart) !== null && (conj.text === ',' || tollBefore(q, ctx.sentenceStart, ctx) !== null);
      // "The shelling killed 12 civilians and 40 were wounded": the object of a cue before it is no subject of the next.
      if (depth >= 4 || w.ownVerb || handed) break;
      if (cueBefore(q, ctx) !== null) {
        // "The war killed 2,425 Armenian and 2,783 Azerbaijani soldiers": the cue's objects, the first a party's adjective
        // with the next one's noun.
        if (w.population === null && w.side !== '' && !w.people) w.population = walkForward(n, ctx, depth + 1).population;
        break;
      }
      const shared = walkForward(n, ctx, depth + 1);
      // "half of its 150,000 residents, some 70,000 people, have fled": the next figure restates this one's part, no list.
      if (shared.setOff) break;
      // "sent 500 soldiers into battle and 120 were killed": victims named, then words the lexicon does not know, and a
      // figure with no victims of its own: the second figure's clause, not a list of two. So is a bare figure whose verb
      // has words like 'were' of its own ("Police detained 300 protesters and 12 were injured").
      const ownFiller = shared.population === null && shared.side === '' && shared.cueEnd !== undefined &&
        lex.fillers.findAll(text, next.end, shared.cueEnd).length > 0;
      if (w.population !== null && shared.population === null && (!w.clean || ownFiller)) break;
      // "300 Russian and 200 Ukrainian soldiers": a party's adjective with no noun of its own has the next figure's.
      if (w.population === null && w.side !== '' && !w.people) w.population = shared.population;
      return { ...w, measure: shared.measure, clean: shared.clean, predicate: shared.predicate, sharedWith: shared.sharedWith ?? n, forecast: w.forecast || shared.forecast, ...(shared.cueEnd ? { cueEnd: shared.cueEnd } : {}) };
    }
    const also = conj && w.population !== null ? lex.victims.startingAt(text, conj.end, end) : null;
    if (also) {
      // "soldiers and civilians": victims of both kinds make a total.
      if (also.tag !== w.population) w.population = 'total';
      pos = w.reach = also.end;
      continue;
    }
    // "11,000 Palestinians, 40% of them children, have been killed": a people's name is the noun an aside may follow.
    // "Three soldiers were killed and 12, two of them seriously, were wounded": so may a number with no words of its own,
    // when the aside tells a part of it.
    const close = !aside ? -1 : w.population !== null || w.side !== '' ? asideEnd(text, pos, end, lex) : step === 0 ? partAsideEnd(pos, ctx) : -1;
    if (close >= 0) {
      // "1.9 million people, or about 85% of the population, had been displaced": step over the aside.
      aside = false;
      w.clean = false;
      pos = close;
      while (next && next.start < close) next = ctx.quantities[++n];
      continue;
    }
    // "60% of the population, or 90,000 people, have fled": past the mark that closes the number's set-off, its verb.
    const setOff = aside && w.population !== null ? setOffEnd(q, pos, ctx) : -1;
    if (setOff >= 0) {
      aside = false;
      w.clean = false;
      w.setOff = true;
      pos = setOff;
      continue;
    }
    const other = conj && w.side !== '' ? secondParty(conj.end, w, ctx, next) : null;
    if (other) { w.twoSides = true; pos = w.reach = other.end; continue; }
    // "Armenia lost 12 soldiers and Azerbaijan lost 20": past a conjunction that joins no figure or victims, another clause.
    if (conj) break;
    const word = unknownWords > 0 ? wordEndAt(text, pos) : -1;
    // "100 were captured": a word unknown right after a filler is a verb; no modifier stands there.
    if (word >= 0 && w.population === null && fillerEnd >= 0 && pos === skipSpace(text, fillerEnd)) { w.ownVerb = true; break; }
    // "30 Syrians were killed": a name the parties do not list, right before the verb of its harm, names people.
    if (word >= 0 && step === 0 && w.population === null && namesUnlistedPeople(pos, word, ctx)) { w.population = 'total'; pos = w.reach = word; continue; }
    // Before the noun, one unknown word is allowed only as its modifier: "28 pro-government fighters", "11 more deaths";
    // not a word that opens an adjunct ("reached 80 after soldiers opened fire": they are no victims).
    // So may one after the words that make them someone's own: "lost 2,300 of its brave soldiers".
    const modifierPlace = step === 0 || pos === ownedAt;
    const modified = word >= 0 && w.population === null && modifierPlace && lex.adjunctOpeners.startingAt(text, pos, word)?.end !== word ? lex.victims.startingAt(text, word, end) : null;
    if (word >= 0 && w.population === null && !(step === 0 ? modified ?? lex.measures.startingAt(text, skipSpace(text, word), end) : modified)) break;
    if (word < 0 || word > end || (next && word > next.start)) break;
    unknownWords--;
    if (w.population !== null) wordsAfterNoun++;
    // "2,300 Syrian mercenaries were killed": a modifier of the victims' noun leaves the cue after them the number's own.
    if (!modified) w.clean = false;
    if (afterFiller) w.ownVerb = true; // an unknown word after 'were', 'bị': a verb the lexicon does not know
    pos = word;
  }
  // "Nine of the dead were children": with no verb of its own, the part counts what its toll counts.
  return w.tollPart !== undefined && w.measure === null ? { ...w, measure: w.tollPart } : w;
}

/**
 * "killed 30 soldiers in eastern Ukraine", "on the Armenia-Azerbaijan border", "giết 30 binh sĩ ở Ukraine": a party
 * after the victims (from `from`), past the opener of a place or a time, names where they died, not whose they were,
 * unless a side or a force is named with it ("in the Armenian army", "in Armenia's army", "trong quân đội Armenia",
 * "về phía Armenia").
 */
function partyAsPlace(from: number, party: PhraseHit<string>, { text, lex, sentenceEnd }: ReadingContext): boolean {
  if (lex.adjunctOpeners.findAll(text, from, party.start).length === 0 || possessiveAt(text, party.end)) return false;
  if (lex.sideNouns.findAll(text, from, party.start).length > 0 || lex.institutionNouns.findAll(text, from, party.start).length > 0) return false;
  const next = skipSpace(text, party.end, sentenceEnd);
  return (lex.sideNouns.startingAt(text, next, sentenceEnd) ?? lex.victims.startingAt(text, next, sentenceEnd) ?? lex.institutionNouns.startingAt(text, next, sentenceEnd)) === null;
}

/**
 * A capitalised word the lexicon does not know ("Syrians", "Gazans") with only words like 'were' or 'later' between it
 * and a cue: the name of a people the collection lists no party for. A cue must follow, as a name before anything else
 * may be a thing's ("12 Grad rockets") or a place's; not one of loss, as things are lost too ("12 Leopards were lost").
 */
function namesUnlistedPeople(at: number, end: number, ctx: ReadingContext): boolean {
  const { text, lex, sentenceEnd } = ctx;
  if (!UPPER.test(text[at] ?? '') || !LOWER.test(text.slice(at + 1, end))) return false;
  let pos = skipSpace(text, end);
  // "12 Yemenis, including 5 children, were killed".
  const aside = partAsideEnd(pos, ctx);
  if (aside >= 0) pos = skipSpace(text, aside);
  for (let aux = auxiliaryAt(pos, ctx, sentenceEnd); aux; aux = auxiliaryAt(pos, ctx, sentenceEnd)) pos = skipSpace(text, aux.end);
  // "12 Leopards were lost": things are lost as people are.
  return lex.measures.startingAt(text, pos, sentenceEnd) !== null && lex.lossVerbs.startingAt(text, pos, sentenceEnd) === null;
}

/**
 * "2,783 (Azerbaijan)", "2,783 on the Azerbaijani side", "2,425 Armenian soldiers and 2,783 Azerbaijani": the number's
 * side named with no noun for its victims, nor its people's name ("30 Armenians"), labels the victims of the figure before.
 */
const labelsOnly = (w: Walk): boolean => w.sideLabel === true || (w.side !== '' && w.population === null && !w.people);

/** "Armenians": a party's name that is another of its names and a plural ending names its people. */
function namesPeople(party: PhraseHit<string>, { parties, lex }: ReadingContext): boolean {
  return lex.pluralEndings.some((ending) => {
    if (ending === '' || !party.text.endsWith(ending)) return false;
    const stem = party.text.slice(0, -ending.length);
    return parties.startingAt(stem, 0)?.end === stem.length;
  });
}

/**
 * Harms the people counted may die of later ("Two wounded soldiers later died"), and flight, which the dead suffered
 * first ("12 refugees were killed in the strike", "12 người tị nạn chết cóng").
 */
const DIED_LATER: ReadonlySet<Measure> = new Set(['wounded', 'missing', 'displaced']);
// "Three people who were wounded in the attack later died": the words of a place or time before 'later'.
const MAX_LATER_WORDS = 4;

/**
 * "Two wounded soldiers later died", "Hai người bị thương đã tử vong tại bệnh viện": a verb of death after the harm a
 * walk reached at `from`, in its clause, with fillers only between, or a few plain words and then a word that puts the
 * death later ('later', 'sau đó'). Then the people hurt died, and the figure counts the dead. A verb with an object of
 * its own ("wounded in an attack that later killed civilians") is another clause's, as is one past a conjunction,
 * victims or a party ("wounded and civilians later died").
 */
function diedAfter(from: number, ctx: ReadingContext, next: Quantity | undefined): PhraseHit<Measure> | null {
  const { text, lex, parties, sentenceEnd } = ctx;
  const to = next ? Math.min(next.start, sentenceEnd) : sentenceEnd;
  let words = 0;
  let later = false;
  for (let pos = skipSpace(text, from), step = 0; pos < to && step < MAX_STEPS; step++) {
    const cue = lex.measures.startingAt(text, pos, to);
    if (cue) return cue.tag === 'killed' && (later || words === 0) && nothingCountedAt(skipSpace(text, cue.end), sentenceEnd, ctx) ? cue : null;
    const then = lex.afterwards.startingAt(text, pos, to);
    if (then) { later = true; pos = skipSpace(text, then.end); continue; }
    const filler = lex.fillers.startingAt(text, pos, to);
    if (filler) { pos = skipSpace(text, filler.end); continue; }
    if (later || lex.conjunctions.startingAt(text, pos, to) || lex.clauseOpeners.startingAt(text, pos, to) || lex.relativePronouns.startingAt(text, pos, to) ||
      lex.victims.startingAt(text, pos, to) || parties.startingAt(text, pos, to)) return null;
    const word = wordEndAt(text, pos);
    if (word < 0 || ++words > MAX_LATER_WORDS) return null;
    pos = skipSpace(text, word);
  }
  return null;
}

// "12 civilians sheltering in the basement of a school were killed": as many words as a description of the victims takes.
const MAX_DESCRIPTION_WORDS = 8;

/**
 * "Two journalists working for Le Monde were wounded", "12 dân thường trú ẩn trong tầng hầm đã thiệt mạng": words that
 * only describe the victims, between their noun at `from` and their verb. Where the verb starts, or -1. The words are
 * plain ones, no more than a description takes: nothing the walk reads (a party, victims, a cue, a conjunction, a
 * number), no words of saying ("5 soldiers defending the town said …"), a relative pronoun only as the first word
 * ("Two journalists who work for …"; "soldiers fired on protesters who were killed" describes the protesters). The
 * verb is a cue, after fillers or none, with no object of its own ("… told AFP shelling had killed their relatives").
 */
function descriptionEnd(from: number, ctx: ReadingContext, next: Quantity | undefined): number {
  const { text, lex, parties, sentenceEnd } = ctx;
  const to = next ? Math.min(next.start, sentenceEnd) : sentenceEnd;
  let pos = skipSpace(text, from);
  const who = lex.relativePronouns.startingAt(text, pos, to);
  let words = 0;
  if (who) { pos = skipSpace(text, who.end); words++; }
  while (pos < to && words <= MAX_DESCRIPTION_WORDS) {
    // "could be displaced", "would have been killed": no figure, and the walk's own steps say so.
    if (lex.forecasts.startingAt(text, pos, to)) return -1;
    if (lex.relativePronouns.startingAt(text, pos, to)) return -1;
    // "were later killed", "bị thương": the cue may start with what is otherwise a filler.
    let verb = pos;
    let cue = lex.measures.startingAt(text, verb, to);
    for (let aux = auxiliaryAt(verb, ctx, to); !cue && aux; aux = auxiliaryAt(verb, ctx, to)) {
      if (lex.forecasts.startingAt(text, verb, to)) return -1;
      verb = skipSpace(text, aux.end);
      cue = lex.measures.startingAt(text, verb, to);
    }
    if (cue) return words > 0 && noObjectAt(skipSpace(text, cue.end), ctx, next) ? pos : -1;
    if (lex.conjunctions.startingAt(text, pos, to) || lex.clauseOpeners.startingAt(text, pos, to) || lex.victims.startingAt(text, pos, to) ||
      parties.startingAt(text, pos, to) || sideNamedAt(pos, ctx) || lex.ownSide.startingAt(text, pos, to) || lex.enemySide.startingAt(text, pos, to) ||
      lex.qualifierSuffixes.startingAt(text, pos, to) || lex.eachSide.startingAt(text, pos, to) || lex.causedMeasures.startingAt(text, pos, to) ||
      lex.unharmed.startingAt(text, pos, to) || lex.partsOfTolls.startingAt(text, pos, to) || lex.attributionAfter.startingAt(text, pos, to) ||
      ctx.nonFigures.some((f) => f.start === pos)) return -1;
    const word = lex.fillers.startingAt(text, pos, to)?.end ?? wordEndAt(text, pos);
    if (word < 0 || word > to) return -1;
    words++;
    pos = skipSpace(text, word);
  }
  return -1;
}

/** Whether victims are named at `pos`, with or without a determiner: "civilians", "the civilians", "their children". */
function victimsAt(pos: number, { text, lex, sentenceEnd }: ReadingContext): boolean {
  const det = lex.objectDeterminers.startingAt(text, pos, sentenceEnd) ?? lex.determiners.startingAt(text, pos, sentenceEnd);
  return lex.victims.startingAt(text, det ? skipSpace(text, det.end) : pos, sentenceEnd) !== null;
}

/** A word that may stand between the victims and their verb: 'were', 'later', 'đã', 'sau đó'. */
const auxiliaryAt = (pos: number, { text, lex }: ReadingContext, to: number): PhraseHit<unknown> | null =>
  lex.fillers.startingAt(text, pos, to) ?? lex.afterwards.startingAt(text, pos, to);

/**
 * Whether a verb reached past a description has no object at `pos`: nothing counted there, the words of a period
 * ("since Sept. 27", "kể từ ngày 27/9", "so far"), or a conjunction that joins no other verb or figure ("were wounded
 * and a third was killed"; not "killed and wounded 30").
 */
function noObjectAt(pos: number, ctx: ReadingContext, next: Quantity | undefined): boolean {
  const { text, lex, sentenceEnd } = ctx;
  if (nothingCountedAt(pos, sentenceEnd, ctx)) return true;
  if (lex.periodFrom.startingAt(text, pos, sentenceEnd) || lex.periodFromClause.startingAt(text, pos, sentenceEnd) ||
    lex.periodToDate.startingAt(text, pos, sentenceEnd)) return true;
  const conj = lex.conjunctions.startingAt(text, pos, sentenceEnd) ?? lex.clauseOpeners.startingAt(text, pos, sentenceEnd);
  const after = conj ? skipSpace(text, conj.end) : -1;
  return conj !== null && after !== next?.start && !lex.measures.startingAt(text, after, sentenceEnd);
}

/**
 * Where the walk goes on after a number phrase text[start, end): past the comma that closes an aside the phrase opened
 * ("Hundreds, if not thousands, have died"); the comma of a thousands group opens none ("rose to 90,000, Armenian
 * officials said" names no side).
 */
const afterPhrase = (text: string, start: number, end: number): number => (text[end] === ',' && ASIDE_COMMA.test(text.slice(start, end)) ? end + 1 : end);

/**
 * "500,000 Russian and Ukrainian soldiers", "500.000 binh sĩ Nga và Ukraine": another party after the conjunction
 * that follows the walk's party, in the same place, as the victims' too. Not a party that opens a clause of its own:
 * before the noun, only as an adjective ("300 Russian soldiers and Ukraine said …" is no pair); after it, only
 * before a verb of this figure ("300 binh sĩ Nga và Ukraine mất 200": the verb's object is the next figure).
 */
function secondParty(from: number, w: Walk, ctx: ReadingContext, next: Quantity | undefined): PhraseHit<string> | null {
  const { text, lex, parties, sentenceEnd: end } = ctx;
  const party = parties.startingAt(text, skipSpace(text, from), end);
  if (!party || party.tag === w.side) return null;
  const after = skipSpace(text, party.end);
  if (!w.sideAfterNoun) return w.population === null && lex.victims.startingAt(text, after, end) ? party : null;
  const verb = lex.fillers.startingAt(text, after, end) ?? lex.measures.startingAt(text, after, end);
  return verb && !(next && skipSpace(text, verb.end) === next.start) ? party : null;
}

/**
 * "Two of the soldiers", "Hai trong số các binh sĩ": the victims a number is a part of, when no number stands between.
 * "100 of its soldiers" is left to the words that make the victims the speaker's own.
 */
function partitiveVictims(text: string, pos: number, end: number, lex: LexiconIndex): PhraseHit<Population> | null {
  const link = lex.partLinks.startingAt(text, pos, end);
  // "Hai trong số những người bị thương": of a toll, whose cue the part's own verb may overrule ("… đã tử vong").
  if (!link || lex.ownSide.startingAt(text, pos, end) || lex.partsOfTolls.startingAt(text, pos, end)) return null;
  return lex.victims.startingAt(text, lex.determiners.startingAt(text, link.end, end)?.end ?? link.end, end);
}

/** "2,425 Armenian soldiers and 2,783 Azerbaijani ones": the victims a pronoun at `pos` stands for, named before the number. */
function victimsStoodFor(pos: number, q: Quantity, { text, lex, sentenceStart, sentenceEnd }: ReadingContext): PhraseHit<Population> | null {
  const pronoun = lex.nounPronouns.startingAt(text, pos, sentenceEnd);
  const noun = pronoun ? lex.victims.findAll(text, sentenceStart, q.start).at(-1) : undefined;
  return pronoun && noun ? { ...pronoun, tag: noun.tag } : null;
}

/** A victims' noun after a part marker or a copula ("trong số đó là trẻ em", "were children"), if more than people in general. */
function narrowedVictims(text: string, pos: number, end: number, lex: LexiconIndex): PhraseHit<Population> | null {
  const marker = lex.inclusionsAfter.startingAt(text, pos, end);
  const copula = lex.copulas.startingAt(text, marker?.end ?? pos, end);
  if (!marker && !copula) return null;
  const victim = lex.victims.startingAt(text, copula?.end ?? marker?.end ?? pos, end);
  return victim && victim.tag !== 'total' ? victim : null;
}

/**
 * "Of 500 residents, …", "Trong số 500 cư dân, …", "Among the 33 dead were 12 children": the number is the whole the
 * sentence's next figure is part of.
 */
function opensAsWhole(q: Quantity, ctx: ReadingContext): boolean {
  const link = ctx.lex.partLinks.endingAt(ctx.text, q.start, ctx.sentenceStart) ?? ctx.lex.partsOfFigures.endingAt(ctx.text, q.start, ctx.sentenceStart);
  return link !== null && skipSpace(ctx.text, ctx.sentenceStart) === link.start;
}

/** The walk reached a cue over known words only: the figure's own cue, the strongest evidence. */
const hasOwnCue = (w: Walk): boolean => w.measure !== null && w.clean;

const isObject = (w: Walk): boolean => w.population !== null && !hasOwnCue(w);

// "including 2,900 Armenian soldiers": the comma in 2,900 closes no aside, and opens none.
const ASIDE_CLOSE = new RegExp(CLAUSE_COMMA, 'g');
const ASIDE_COMMA = new RegExp(CLAUSE_COMMA);

/**
 * "At least 17 people — including three children — were killed", "(including 40 children)": the marks that set off an
 * aside, each with the mark that closes it: those that set off a phrase, and a hyphen, a dash only with a space on each
 * side. A comma's aside closes at the next comma of a clause (ASIDE_CLOSE), not of a number.
 */
const ASIDE_CLOSERS: Readonly<Record<string, string>> = { ...SET_OFF_CLOSERS, '-': '-' };

/** End of an aside that starts at `pos` (set off by commas, dashes or parentheses) and holds no cue of its own, or -1. */
function asideEnd(text: string, pos: number, end: number, lex: LexiconIndex): number {
  const open = text[pos] ?? '';
  let close = -1;
  if (open === ',') {
    ASIDE_CLOSE.lastIndex = pos + 1;
    close = ASIDE_CLOSE.exec(text)?.index ?? -1;
  } else if (open === '(' || dashAt(text, pos)) {
    close = text.indexOf(ASIDE_CLOSERS[open] as string, pos + 1);
    if (open === '-') while (close >= 0 && close < end && !spacedHyphen(text, close)) close = text.indexOf('-', close + 1);
  }
  if (close < 0 || close >= end || close - pos > MAX_ASIDE_CHARS) return -1;
  return lex.cues.findAll(text, pos + 1, close).length === 0 ? close + 1 : -1;
}

/**
 * End of an aside at `pos` that tells a part of the number before it ("including 5 children", "two of them seriously",
 * "trong đó có 2 trẻ em"), or -1. Any other aside after a number with no words of its own may end its clause: "The toll
 * rose to 12, the ministry said, and 40 were wounded".
 */
function partAsideEnd(pos: number, { text, lex, sentenceEnd }: ReadingContext): number {
  const close = asideEnd(text, pos, sentenceEnd, lex);
  if (close < 0) return -1;
  const inner = skipSpace(text, pos + 1);
  const part = lex.inclusions.startingAt(text, inner, close) ?? lex.inclusionsAfter.findAll(text, inner, close)[0];
  return part ? close : -1;
}

/**
 * Past the mark at `pos` when it closes the one that sets the number phrase `q` off, with any words of apposition
 * after it (", or 90,000 people,", "(90.000 người)"); else -1.
 */
function setOffEnd(q: Quantity, pos: number, ctx: ReadingContext): number {
  const { text, lex, sentenceStart } = ctx;
  const opener = lex.appositionOpeners.endingAt(text, q.start, sentenceStart);
  const before = skipSpaceBack(text, opener?.start ?? q.start, sentenceStart);
  const open = text[before - 1] ?? '';
  return before - 1 > sentenceStart && open in SET_OFF_CLOSERS && SET_OFF_CLOSERS[open] === text[pos] ? pos + 1 : -1;
}

const spacedHyphen = (text: string, at: number): boolean => isSpaceCode(text.charCodeAt(at - 1)) && isSpaceCode(text.charCodeAt(at + 1));

/** An en or em dash at `at`, or a hyphen with a space on each side: a mark that sets off an aside or heads an item. */
const dashAt = (text: string, at: number): boolean => text[at] === '–' || text[at] === '—' || (text[at] === '-' && spacedHyphen(text, at));

/**
 * "số binh sĩ Armenia thiệt mạng", "the number of Armenian soldiers killed": a toll head, then a few
 * words naming the victims, then a cue. Read as a toll noun whose measure is the cue's.
 */
function headedToll(from: number, to: number, ctx: ReadingContext): PhraseHit<Measure> | null {
  const { text, lex } = ctx;
  // Toll heads are rarer than cues: most sentences are turned away by the first lookup.
  const heads = lex.tollHeads.findAll(text, from, to);
  if (heads.length === 0) return null;
  const cue = lex.measures.findAll(text, (heads[0] as PhraseHit<true>).end, to).at(-1);
  if (!cue) return null;
  let head: PhraseHit<true> | null = null;
  for (const h of heads) if (h.end <= cue.start && h.start >= cue.start - MAX_HEAD_CHARS) head = h;
  if (!head) return null;
  const between = text.slice(head.end, cue.start);
  if (/[.,;:!?]/.test(between) || wordCount(between) > MAX_HEAD_WORDS) return null;
  return { start: head.start, end: cue.end, text: text.slice(head.start, cue.end), tag: cue.tag };
}

/**
 * Where the words before the number at `pos` end, before the quotation mark that opens right before it, if any: 'The
 * death toll was "600,000"', 'Số người chết là "khoảng 600.000"' quote the figure, and the toll still hands it over.
 */
function beforeQuote(text: string, pos: number, from: number): number {
  const at = skipSpaceBack(text, pos, from);
  return at > from && QUOTE_MARKS.has(text.charCodeAt(at - 1)) ? at - 1 : pos;
}

/** True when the words from a toll phrase's end to the number hand the toll its number ("rose to"). */
function handsNumber(from: number, q: Quantity, ctx: ReadingContext): boolean {
  const start = beforeQuote(ctx.text, q.start, from);
  const gap = ctx.text.slice(from, start);
  // "The death toll from the Oct. 7 attack stands at 1,200": a date's full stop ends no clause.
  if (/[.;!?]/.test(gapWithoutDates(ctx.text, from, q.start, ctx.dates).gap) || wordCount(gap) > MAX_TOLL_GAP_WORDS) return false;
  // "The toll could rise to 5,000": a forecast; "the toll, which will be updated, stands at 300" is none. "is likely to
  // exceed 5,000", "có thể vượt quá 5.000": the forecast may end inside the number's words.
  const forecast = ctx.lex.projections.findAll(ctx.text, from, q.end).at(-1);
  if (forecast && !ctx.text.slice(forecast.end, q.start).includes(',')) return false;
  // "Death toll: Armenia 85, Azerbaijan 100": after the heading's colon or dash, a party's name may open the number's item;
  // the heading may name its victims first ("Thương vong dân thường: Armenia 85 người").
  const head = ctx.lex.victims.startingAt(ctx.text, skipSpace(ctx.text, from), q.start)?.end ?? from;
  const label = /^\s*[:—–]\s*\S/.test(ctx.text.slice(head, q.start)) ? labelBefore(q.start, ctx) : null;
  if (label && /^\s*[:—–]\s*$/.test(ctx.text.slice(head, label.start))) return true;
  // "The death toll in Gaza surpassed 30,000": the number's own qualifier may be the verb that hands it over.
  return gap.trim() === '' || ctx.lex.tollLinks.endingAt(ctx.text, start, from) !== null || ctx.lex.tollLinks.startingAt(ctx.text, q.start, q.end) !== null;
}

/**
 * "death toll rose to N", "số người thiệt mạng lên tới N": a toll noun a few words before the number. `whole`: the
 * words make the number a part of the toll ("among the dead were 5 children", "the dead included …"), and this is the
 * toll's own population, which the part must not count again.
 */
function tollBefore(q: Quantity, from: number, ctx: ReadingContext): { start: number; measure: Measure; population: Population; side: string; whole: Population | null; ownSide: boolean; eachSide: boolean; raisedAt: number | null } | null {
  const { text, lex } = ctx;
  const toll = lex.tolls.findAll(text, from, q.start).at(-1);
  // "Ukraine's losses stood at 2,783 servicemen", "Russian losses were estimated at 20,000 killed": a toll of people only
  // when the number names them or what befell them.
  const people = lex.peopleTolls.findAll(text, toll?.end ?? from, q.start).at(-1);
  const after = people ? skipSpace(text, q.end) : -1;
  const noun = people && (lex.victims.startingAt(text, after, ctx.sentenceEnd) ?? lex.measures.startingAt(text, after, ctx.sentenceEnd) ?? ownedBare(people, after, from, ctx)) ? people : toll;
  const headed = headedToll(noun?.end ?? from, q.start, ctx);
  const nearer = headed ?? noun; // the toll nearer the number
  const hit = nearer && withSecondMeasure(nearer, q.start, ctx);
  if (!hit || !handsNumber(hit.end, q, ctx)) return null;
  // "51 more deaths on Sunday, bringing its total to 1,100": the running total between hands the number over, not the toll.
  if (lex.runningTotals.findAll(text, hit.end, q.start).length > 0) return null;
  // "Most of those killed were 30 or younger", "The youngest of the dead was 3": what a part of the toll was, its age.
  if (quantifiedPart(hit, from, ctx) && lex.copulas.findAll(text, hit.end, q.start).length > 0) return null;
  const before = tollModifiers(hit.start, from, ctx);
  // Words that belong to another number between the toll and this one ("the death toll, including 12 soldiers, rose
  // to 300") say nothing of this one; words before it still do ("the death toll among troops rose by 45 to 1,009").
  let gap = hit.end;
  let other = q.start;
  for (const others of [ctx.quantities, ctx.nonFigures]) {
    for (const o of others) if (o.start >= hit.end && o.end <= q.start) { gap = Math.max(gap, o.end); other = Math.min(other, o.start); }
  }
  // "The toll among civilians rose to 45": victims of one kind named between the toll and its number, before the event
  // it is of, if any, which may name who attacked ("the death toll from rebel attacks", "from attacks by rebels").
  const event = lex.eventNouns.findAll(text, hit.end, other)[0];
  const named = lex.victims.findAll(text, hit.end, event?.start ?? other).filter((v) => !event || skipSpace(text, v.end) < event.start);
  const between = new Set(named.map((v) => v.tag));
  const own = lex.victims.findAll(hit.text)[0]?.tag ?? before.population;
  // A toll of people ('người', 'people') is narrowed only by the side's members; a toll of no one, by any victims named.
  const narrowed = own === 'total' ? membersAfter(hit.end, other, ctx) : own === null && between.size === 1 ? [...between][0] : null;
  const population = narrowed ?? own ?? 'total';
  // 'trong số' may hold the toll's head ('số'), so it is looked for a little before the toll, not only right before it.
  const part = lex.tollPartsBefore.findAll(text, Math.max(from, hit.start - TOLL_PART_LOOKBEHIND), hit.start + 1).length > 0 ||
    lex.tollPartLinks.findAll(text, gap, q.start).length > 0;
  const side = ctx.parties.findAll(hit.text)[0]?.tag ?? (before.side || sideAfter(hit.end, q.start, ctx));
  // "the number of its soldiers killed", "số binh sĩ thiệt mạng của nước này": the speaker's own, inside the toll or right after it.
  const ownSide = before.own || lex.ownSide.findAll(text, hit.start, hit.end).length > 0 || lex.ownSide.startingAt(text, hit.end, q.start) !== null;
  // "The death toll on each side was more than 2,000", "con số thương vong ở mỗi bên là hơn 2.000 người".
  const eachSide = lex.eachSide.findAll(text, hit.end, other).length > 0;
  const raisedAt = lex.tollRaisers.endingAt(text, hit.start, from)?.start ?? null;
  return { start: hit.start, measure: hit.tag, population, side, whole: part ? own ?? 'total' : null, ownSide, eachSide, raisedAt };
}

/** "Most of those killed", "many of the dead": a word for a part of the toll, whose size it says, right before it. */
function quantifiedPart(toll: { start: number; end: number }, from: number, { text, lex }: ReadingContext): boolean {
  const lead = skipSpaceBack(text, toll.start, from);
  return lex.wholes.findAll(text, Math.max(from, toll.start - PART_WORDS_LOOKBEHIND), toll.end).some((w) => w.tag === 'part' && w.start < toll.start && w.end >= lead);
}

/**
 * "bringing to 12 the number of people killed this week", "raised to 45 the death toll": a toll named right after the
 * number that words of raising hand it, read as `tollBefore` reads one before the number.
 */
function tollAfter(q: Quantity, ctx: ReadingContext): ReturnType<typeof tollBefore> {
  const { text, lex, parties, sentenceStart, sentenceEnd } = ctx;
  const raiser = lex.raisedTo.endingAt(text, q.start, sentenceStart);
  if (!raiser) return null;
  const after = skipSpace(text, q.end, sentenceEnd);
  const from = skipSpace(text, lex.determiners.startingAt(text, after, sentenceEnd)?.end ?? after, sentenceEnd);
  const headed = headedToll(from, sentenceEnd, ctx);
  const hit = lex.tolls.startingAt(text, from, sentenceEnd) ?? (headed?.start === from ? headed : null);
  if (!hit) return null;
  const population = lex.victims.findAll(hit.text)[0]?.tag ?? 'total';
  const side = parties.findAll(hit.text)[0]?.tag ?? '';
  return { start: hit.start, measure: hit.tag, population, side, whole: null, ownSide: false, eachSide: false, raisedAt: raiser.start };
}

const HARMS: ReadonlySet<Measure> = new Set(['killed', 'wounded', 'missing', 'casualties']);

/**
 * "the number of dead and wounded", "the dead and wounded number 300", "số người chết và bị thương": a toll whose noun a
 * conjunction joins to a cue of another harm counts both, as casualties.
 */
function withSecondMeasure(toll: PhraseHit<Measure>, to: number, { text, lex }: ReadingContext): PhraseHit<Measure> {
  const conj = lex.conjunctions.startingAt(text, toll.end, to);
  const second = conj ? lex.measures.startingAt(text, conj.end, to) : null;
  if (!second || second.tag === toll.tag || !HARMS.has(second.tag) || !HARMS.has(toll.tag)) return toll;
  return { start: toll.start, end: second.end, text: text.slice(toll.start, second.end), tag: 'casualties' };
}

/**
 * "on the Armenian side", "from the Azerbaijani side" at `pos`: a side named with its noun; not a place ("on the
 * Armenian side of the border": a part link follows).
 */
function sideNamedAt(pos: number, ctx: ReadingContext): { tag: string; end: number } | null {
  const { text, lex, sentenceEnd: end } = ctx;
  const opener = lex.tollSideOpeners.startingAt(text, pos, end);
  // "3,825 on the Armenian side", "37 dân thường đã thiệt mạng ở phía Armenia": the noun on either side of the party.
  const side = opener && partyWithSideNoun(opener.end, ctx, true);
  return side && !lex.partLinks.startingAt(text, side.end, end) ? side : null;
}

/**
 * "Armenian side" at `pos`: a party and its side's noun; with `nounFirst`, in either order ("phía Armenia", as
 * Vietnamese orders them).
 */
function partyWithSideNoun(pos: number, { text, lex, parties, sentenceEnd: end }: ReadingContext, nounFirst = false): { tag: string; end: number } | null {
  const party = parties.startingAt(text, pos, end);
  const noun = party ? lex.sideNouns.startingAt(text, party.end, end) : null;
  if (party && noun) return { tag: party.tag, end: noun.end };
  const first = nounFirst ? lex.sideNouns.startingAt(text, pos, end) : null;
  const after = first ? parties.startingAt(text, first.end, end) : null;
  return after ? { tag: after.tag, end: after.end } : null;
}

/** End of "on the other side", "ở phía bên kia" at `pos`, when the words close the clause ("on the other side of the border" names a place), else -1. */
function otherSideAt(pos: number, ctx: ReadingContext): number {
  const other = ctx.lex.otherSide.startingAt(ctx.text, pos, ctx.sentenceEnd);
  return other && clauseClosesAt(other.end, ctx) ? other.end : -1;
}

/** The party other than `side` where the conflict has two, else '' (with more, "the other side" names none of them). */
function otherParty(side: string, ctx: ReadingContext): string {
  const parties = [...ctx.parties.tags];
  return parties.length === 2 && parties.includes(side) ? parties.find((p) => p !== side) ?? '' : '';
}

/** What `inner` finds right inside a bracket opened at `pos` when the bracket closes right after it, with the end past it. */
function bracketed<T>(pos: number, { text }: ReadingContext, inner: (at: number) => { tag: T; end: number } | null): { tag: T; end: number } | null {
  if (text.charCodeAt(pos) !== OPEN_BRACKET) return null;
  const hit = inner(skipSpace(text, pos + 1));
  const close = hit ? skipSpace(text, hit.end) : -1;
  return hit && text.charCodeAt(close) === CLOSE_BRACKET ? { tag: hit.tag, end: close + 1 } : null;
}

/** "(Armenia)", "(Armenian side)" at `pos`: a party alone in brackets, or with its side's noun. */
function bracketedParty(pos: number, ctx: ReadingContext): { tag: string; end: number } | null {
  const { text, lex, parties, sentenceEnd } = ctx;
  return bracketed(pos, ctx, (at) => {
    const party = parties.startingAt(text, at, sentenceEnd);
    const noun = party ? lex.sideNouns.startingAt(text, skipSpace(text, party.end), sentenceEnd) : null;
    return party && { tag: party.tag, end: noun?.end ?? party.end };
  });
}

/** "2,906 (military)", "2.906 (quân nhân)": the victims' kind alone in brackets, as a table's cell gives it. */
const bracketedVictims = (pos: number, ctx: ReadingContext): { tag: Population; end: number } | null =>
  bracketed(pos, ctx, (at) => ctx.lex.victims.startingAt(ctx.text, at, ctx.sentenceEnd));

/**
 * "The death toll on the Armenian side rose to 874", "among Armenian forces", "Số binh sĩ thiệt mạng của Armenia": the
 * party named right after a toll, when a word that names a side or its people follows it or the toll's link does.
 * "The death toll from the Azerbaijani shelling" names who shelled, not whose dead.
 */
function sideAfter(from: number, to: number, ctx: ReadingContext): string {
  const { text, lex } = ctx;
  const opener = lex.tollSideOpeners.startingAt(text, from, to);
  const party = ctx.parties.startingAt(text, opener?.end ?? from, to);
  if (!party) return '';
  const next = skipSpace(text, party.end);
  const named = lex.sideNouns.startingAt(text, next, to) ?? lex.victims.startingAt(text, next, to) ??
    lex.institutionNouns.startingAt(text, next, to) ?? lex.tollLinks.startingAt(text, next, to);
  return next >= to || named ? party.tag : '';
}

/**
 * "the number of people killed among Armenian troops", "Số người chết trong quân đội Armenia": the victims a toll of people
 * is narrowed to, named as the side's right after it, or by the words that open the side ('trong quân đội', in the army).
 * Victims named elsewhere after a toll of people may be who did the killing ("the number of people killed in rebel attacks").
 */
function membersAfter(from: number, to: number, ctx: ReadingContext): Population | null {
  const { text, lex } = ctx;
  const opener = lex.tollSideOpeners.startingAt(text, from, to);
  if (!opener) return null;
  const named = lex.victims.findAll(opener.text)[0];
  if (named) return named.tag;
  return victimsStartingAt(opener.end, to, ctx)?.population ?? null;
}

/** The victims' noun at `pos`, after the party that may be named before it ("Azerbaijani troops"). */
function victimsStartingAt(pos: number, to: number, { text, lex, parties }: ReadingContext): { population: Population; side: string; end: number } | null {
  const party = parties.startingAt(text, pos, to);
  const victims = lex.victims.startingAt(text, party?.end ?? pos, to);
  return victims ? { population: victims.tag, side: party?.tag ?? '', end: victims.end } : null;
}

/**
 * "Kyiv puts Russian losses at 90,000", "Armenia put its losses at 2,425": a party's losses counted in a number of
 * nothing ("Russian losses at 300 billion roubles" count money) are its people's; 'its' is a party's only when the
 * sentence names one before ("The airline said its losses stood at 300 million" is none).
 */
function ownedBare(losses: { start: number; end: number }, after: number, from: number, ctx: ReadingContext): true | null {
  // "at 2,425 and Azerbaijan at 2,783", "at 2,425 on Monday": a word that ends the number's clause names nothing counted.
  if (after < ctx.sentenceEnd && /\p{L}/u.test(ctx.text[after] ?? '') && !clauseClosesAt(after, ctx)) return null;
  // "bringing its losses to 48": a running total, read as one of the figure before it.
  if (ctx.lex.runningTotals.endingAt(ctx.text, losses.end, from)) return null;
  const owner = tollModifiers(losses.start, from, ctx);
  if (owner.side !== '') return true;
  return owner.own && ctx.parties.findAll(ctx.text, ctx.sentenceStart, losses.start).length > 0 ? true : null;
}

/**
 * "Armenia's military death toll", "the Azerbaijani death toll": victims and a party named right before a toll noun.
 * `own`: the toll is the speaker's ("Armenia said its death toll rose to 300").
 */
function tollModifiers(start: number, from: number, ctx: ReadingContext): { population: Population | null; side: string; own: boolean } {
  const { text, lex } = ctx;
  // "Số binh sĩ Nga thương vong": the victims may stand before the party's name.
  const party = lex.victims.endingAt(text, start, from) ? null : ctx.parties.endingAt(text, start, from);
  const victim = lex.victims.endingAt(text, party?.start ?? start, from);
  const at = victim?.start ?? start;
  const possessor = possessiveBefore(text, at, from);
  // "The Armenian side's losses": the party before a side's noun owns them.
  const sideNoun = possessor >= 0 ? lex.sideNouns.endingAt(text, possessor, from) : null;
  const owner = sideNoun ? skipSpaceBack(text, sideNoun.start, from) : possessor >= 0 ? possessor : at;
  return { population: victim?.tag ?? null, side: ctx.parties.endingAt(text, owner, from)?.tag ?? party?.tag ?? '', own: lex.ownSide.endingAt(text, at, from) !== null };
}

/**
 * "40 more soldiers were killed, bringing the total to 1,166": the reading of what a running total before
 * the number totals, the number phrase nearest before it in the sentence, when that is a figure or a
 * difference. A difference is read as a figure would be, up to the running total.
 */
function runningTotal(q: Quantity, ctx: ReadingContext, previous: Figure | null): CasualtyReading | null {
  const total = ctx.lex.runningTotals.findAll(ctx.text, ctx.sentenceStart, q.start).at(-1);
  return total && handsNumber(total.end, q, ctx) ? totalled(total.start, ctx, previous) : null;
}

/** The reading of what a running total starting at `at` totals: the figure or the increase nearest before it. */
function totalled(at: number, ctx: ReadingContext, previous: Figure | null): CasualtyReading | null {
  let other: NonFigure | null = null;
  for (const n of ctx.nonFigures) if (n.end <= at) other = n;
  if (other && (!previous || previous.reach < other.end)) {
    if (!other.difference) return null;
    const { text, lex } = ctx;
    // "12 were killed on Monday and 40 more (another 40, thêm 40 người) on Tuesday": an increase with no verb of its
    // own repeats the figure before it; "40 more trucks", "40 more people arrived" count something else.
    const more = lex.differenceAfter.startingAt(text, other.end, at);
    const noun = lex.victims.startingAt(text, more?.end ?? other.end, at);
    const after = skipSpace(text, noun?.end ?? more?.end ?? other.end);
    const start = lex.differenceBefore.endingAt(text, other.start, Math.max(ctx.sentenceStart, other.start - CUE_LOOKBEHIND))?.start ?? other.start;
    const difference: Quantity = { start, end: other.end, qualifier: 'exact', value: null, valueHigh: null };
    const increase = readOne(0, { ...ctx, quantities: [difference], sentenceEnd: at }, nothingCountedAt(after, at, ctx) ? previous : null);
    return increase && !increase.subset ? increase.reading : null;
  }
  return previous && previous.reach <= at ? previous.reading : null;
}

/**
 * "khiến 5 người trong một gia đình thiệt mạng": after a causative verb, the first cue in the number's clause.
 * The clause ends at a punctuation mark or at the next number that has victims of its own ("khiến 3 người bị
 * bắt và 2 người thiệt mạng" gives the 3 no cue); a number that counts something else ("một gia đình") is
 * passed over.
 */
function causedCue(i: number, ctx: ReadingContext): { measure: Measure; start: number; things?: number } | null {
  const { text, lex, sentenceStart, sentenceEnd } = ctx;
  const q = ctx.quantities[i] as Quantity;
  if (!lex.causatives.endingAt(text, q.start, Math.max(sentenceStart, q.start - CUE_LOOKBEHIND))) return null;
  let end = sentenceEnd;
  // The next figure's clause starts at its victims' noun or the conjunction before it: "sent 500 soldiers into battle
  // and 120 were killed" says nothing of the 500.
  for (const next of ctx.quantities.slice(i + 1)) {
    if (lex.victims.startingAt(text, next.end, sentenceEnd) || lex.conjunctions.endingAt(text, next.start, q.end)) { end = next.start; break; }
  }
  const stop = text.slice(q.end, end).search(/[,;:.!?()]/);
  if (stop >= 0) end = q.end + stop;
  const measure = lex.measures.findAll(text, q.end, end)[0];
  const caused = lex.causedMeasures.findAll(text, q.end, end)[0];
  const cue = caused && (!measure || caused.start < measure.start) ? caused : measure;
  return cue && wordCount(text.slice(q.end, cue.start)) <= MAX_CAUSED_WORDS ? { measure: cue.tag, start: cue.start } : null;
}

/** "killed 16 civilians", "killing at least 16": a cue right before the number (or a toll noun, from `cues`). */
function cueBefore(q: { start: number }, ctx: ReadingContext, cues: PhraseSet<Measure> = ctx.lex.measuresBefore): { measure: Measure; start: number; heading?: true } | null {
  const from = Math.max(ctx.sentenceStart, q.start - CUE_LOOKBEHIND);
  // "Killed: 12", "Thiệt mạng: 12": a cue that heads a list item or a table line. 'has "eliminated" 200 militants',
  // 'đã "tiêu diệt" 200 tay súng': a cue in quotation marks is a cue, and so is one before a quoted number ('war dead
  // "up to 600,000"').
  // "Killed: Armenia 3,825, …": the heading over a number's label.
  const to = skipSpaceBack(ctx.text, (cues === ctx.lex.measuresBefore ? labelBefore(q.start, ctx)?.start : undefined) ?? q.start, from);
  const mark = ctx.text.charCodeAt(to - 1);
  // "Dead – 45; wounded – 120": a dash heads an item as a colon does, when no number stands before it in the item.
  const heads = mark === COLON || (dashAt(ctx.text, to - 1) && !numberInItemBefore(to - 1, ctx));
  const quoted = CLOSING_QUOTES.has(mark) || QUOTE_MARKS.has(mark);
  // "Killed were 30 soldiers, 12 policemen and 5 civilians": a cue that opens the sentence, then a copula, heads the
  // items after it as a colon does.
  const first = skipSpace(ctx.text, ctx.sentenceStart);
  const copula = heads || quoted || first < from || cues !== ctx.lex.measuresBefore ? null : ctx.lex.copulas.endingAt(ctx.text, to, from);
  const opening = copula ? cues.endingAt(ctx.text, skipSpaceBack(ctx.text, copula.start, from), from) : null;
  if (opening && opening.start === first) return { measure: opening.tag, start: opening.start, heading: true };
  let hit = cues.endingAt(ctx.text, heads ? to - 1 : quoted ? skipSpaceBack(ctx.text, to - 1, from) : q.start, from);
  // "killed her three children", "killed all 12 passengers": a determiner may stand between a verb and its object's number.
  const det = hit ? null : ctx.lex.objectDeterminers.endingAt(ctx.text, q.start, from);
  if (det) hit = cues.endingAt(ctx.text, det.start, from);
  // "was killed along with his two sisters", "thiệt mạng cùng 3 người khác": who shared the harm.
  const along = hit ? null : ctx.lex.companions.endingAt(ctx.text, det?.start ?? q.start, from);
  if (along) hit = cues.endingAt(ctx.text, along.start, from);
  if (!hit) return null;
  return heads && hit.end === skipSpaceBack(ctx.text, to - 1, from) ? { measure: hit.tag, start: hit.start, heading: true } : { measure: hit.tag, start: hit.start };
}

/**
 * Whether a number stands between the start of the item (the sentence, or a comma or semicolon) and `at`: "Three
 * soldiers were wounded – 2 seriously" tells a part of the three, no item of a list.
 */
function numberInItemBefore(at: number, { text, quantities, sentenceStart }: ReadingContext): boolean {
  let start = at;
  while (start > sentenceStart && text[start - 1] !== ';' && text[start - 1] !== ',') start--;
  return quantities.some((q) => q.end > start && q.end <= at);
}

/**
 * "The war cost 30,000 lives", "cost Armenia 3,825 soldiers": a verb of `objectMeasures` right before the number, or
 * before the party it cost, whose are the victims after the number. "The war took 30,000 lives": a verb of
 * `lifeMeasures` the same way, with lives right after the number or its party ("took 30,000 Armenian lives").
 */
function objectCue(q: Quantity, ctx: ReadingContext): { measure: Measure; start: number; side: string } | null {
  const { text, lex, parties, sentenceStart } = ctx;
  const from = Math.max(sentenceStart, q.start - CUE_LOOKBEHIND);
  const party = parties.endingAt(text, skipSpaceBack(text, q.start, from), from);
  const verbEnd = party?.start ?? q.start;
  const hit = lex.objectMeasures.endingAt(text, verbEnd, from) ?? (livesAfter(q.end, ctx) ? lex.lifeMeasures.endingAt(text, verbEnd, from) : null);
  return hit ? { measure: hit.tag, start: hit.start, side: party?.tag ?? '' } : null;
}

function livesAfter(pos: number, { text, lex, parties, sentenceEnd }: ReadingContext): boolean {
  const at = skipSpace(text, pos);
  const party = parties.startingAt(text, at, sentenceEnd);
  return lex.lives.startingAt(text, party ? skipSpace(text, party.end) : at, sentenceEnd) !== null;
}

/** "Civilian deaths: 45", "Armenian soldiers killed: 2,425", "Dân thường thiệt mạng: 45": the victims that head a list item. */
function headingVictims(cueStart: number, ctx: ReadingContext): { population: Population; side: string } | null {
  // "Binh sĩ Armenia thiệt mạng:": the party may follow the noun, or stand before it ("Armenian soldiers").
  const after = ctx.parties.endingAt(ctx.text, cueStart, ctx.sentenceStart);
  const victims = victimsEndingAt(after?.start ?? cueStart, ctx);
  return victims && after ? { ...victims, side: after.tag } : victims;
}

/**
 * "Azerbaijan deployed 50,000 troops, of whom 2,906 were killed", "…, 2,906 of whom were killed", "Of the 300 residents,
 * 12 were killed": a number with no noun that a part marker or a whole opening the sentence makes a part is of the
 * victims named with the whole, though they are no figure; so is one that a conjunction joins to the clause of the
 * number that opens the sentence.
 */
function victimsBeforePart(q: Quantity, ctx: ReadingContext): { population: Population; side: string } | null {
  const { text, lex, sentenceStart, sentenceEnd } = ctx;
  const marker = lex.inclusionsAfter.endingAt(text, q.start, sentenceStart);
  if (marker || lex.inclusionsAfter.startingAt(text, q.end, sentenceEnd)) {
    let at = skipSpaceBack(text, marker?.start ?? q.start, sentenceStart);
    if (text[at - 1] === ',') at = skipSpaceBack(text, at - 1, sentenceStart);
    return victimsEndingAt(at, ctx);
  }
  const whole = ctx.quantities.find((o) => o.end <= q.start && opensAsWhole(o, ctx));
  if (whole) return victimsStartingAt(whole.end, q.start, ctx);
  // "Nine Ukrainian soldiers were captured and four were killed": after a conjunction, the victims named with the number
  // that opens the sentence and whose clause it closes, though that number is no figure. The object of a verb is not
  // the subject after it: "The shelling killed 12 civilians and 40 were wounded".
  const [first, second] = ctx.quantities;
  if (second !== q || !first || skipSpace(text, sentenceStart) !== first.start) return null;
  const conjunction = lex.conjunctions.endingAt(text, q.start, first.end);
  return conjunction ? victimsStartingAt(first.end, conjunction.start, ctx) : null;
}

/** "On the Azerbaijani side, …", "Về phía Azerbaijan, …": the side named whole, set off by a comma, that opens the sentence. */
function openingSide(ctx: ReadingContext): string {
  const { text, lex, sentenceStart, sentenceEnd } = ctx;
  const opener = lex.openingSides.startingAt(text, skipSpace(text, sentenceStart), sentenceEnd);
  const side = opener && partyWithSideNoun(opener.end, ctx, true);
  return side && text[skipSpace(text, side.end)] === ',' ? side.tag : '';
}

/** The victims' noun that ends at `at`, with the party named right before it ("Armenian soldiers"). */
function victimsEndingAt(at: number, { text, lex, parties, sentenceStart }: ReadingContext): { population: Population; side: string } | null {
  const victims = lex.victims.endingAt(text, at, sentenceStart);
  return victims ? { population: victims.tag, side: parties.endingAt(text, victims.start, sentenceStart)?.tag ?? '' } : null;
}

/**
 * "killed two civilians and wounded eight": a number with no noun right after a cue that only a conjunction joins to the
 * figure before, itself the object of a cue, is an object of the same victims ("wounded a further 11" counts others).
 */
function elidedObject(cueStart: number, ctx: ReadingContext, previous: Figure | null): CasualtyReading | null {
  if (!previous || previous.reading.cueBefore === null) return null;
  const gap = ctx.text.slice(previous.reach, cueStart).trim();
  return gap !== '' && onlyJoins(gap, ctx.lex) ? previous.reading : null;
}

/**
 * "Soldiers were killed by the dozens", "Civilians have been killed in the thousands": a number with no noun after a
 * passive cue counts the cue's subject. Without the passive ("Rebels killed dozens") the subject did the killing.
 */
function passiveSubject(cueStart: number, ctx: ReadingContext): { population: Population; side: string } | null {
  const { text, lex, sentenceStart } = ctx;
  // Back over the words between the subject and the cue ("have been", "were all"), one of them a passive auxiliary.
  let start = cueStart;
  for (let i = 0; i < MAX_PASSIVE_WORDS; i++) {
    const filler = lex.fillers.endingAt(text, start, sentenceStart);
    if (!filler) break;
    start = filler.start;
  }
  if (start === cueStart || lex.passiveAuxiliaries.findAll(text, start, cueStart).length === 0) return null;
  return victimsEndingAt(start, ctx);
}

/**
 * "Armenia and Azerbaijan have each lost about 3,000 soldiers", "… have each reported about 3,000 deaths", "Mỗi bên có hơn
 * 2.000 người thiệt mạng": 'each' right before the verb, a cue, a verb of saying or of loss, that stands right before the number.
 */
function eachSideBeforeVerb(q: Quantity, ctx: ReadingContext): boolean {
  const { text, lex, sentenceStart: from } = ctx;
  const verb = lex.measures.endingAt(text, q.start, from) ?? lex.attributionAfter.endingAt(text, q.start, from) ?? lex.lossVerbs.endingAt(text, q.start, from);
  return verb !== null && lex.eachSideBeforeVerb.endingAt(text, verb.start, from) !== null;
}

/**
 * "Russia lost 300 tanks and 5,000 soldiers", "confirmed the loss of 12 tanks and 40 soldiers": the cue or toll before
 * a count of things, coordinated with the number; `things` is where the count starts.
 */
function cueAcrossThings(q: Quantity, ctx: ReadingContext): { measure: Measure; start: number; things: number } | null {
  const { text, lex } = ctx;
  let things: NonFigure | null = null;
  for (const n of ctx.nonFigures) if (!n.difference && n.end <= q.start) things = n;
  const unit = things ? lex.units.startingAt(text, things.end, q.start) : null;
  const joined = things && unit && fills(lex.conjunctions, text, unit.end, q.start);
  const cue = joined && things ? cueBefore(things, ctx) ?? cueBefore(things, ctx, lex.tolls) : null;
  return cue && things ? { ...cue, things: things.start } : null;
}

/**
 * "Nearly 5,000 people have been killed on both sides", "Thương vong ở cả hai phía … vài nghìn người": both sides
 * named between the figure before (or the sentence's start) and the end of the figure's clause, and not as a place
 * ("on both sides of the border": a part link follows).
 */
function bothSidesAround(clauseEnd: number, ctx: ReadingContext, previous: Figure | null): boolean {
  const { text, lex } = ctx;
  return lex.bothSides.findAll(text, Math.max(ctx.sentenceStart, previous?.reach ?? 0), clauseEnd)
    .some((h) => lex.partLinks.startingAt(text, skipSpace(text, h.end), clauseEnd) === null);
}

/**
 * "The death toll stood at 300 on Friday and rose to 350 by Sunday", "The toll, which stood at 300 on Friday, rose to
 * 350": a toll's verb hands on a second number when only a date, a comma or a conjunction stands between it and
 * the toll's first figure.
 */
function tollAgain(q: Quantity, ctx: ReadingContext, previous: Figure | null): CasualtyReading | null {
  if (!previous || !previous.reading.cumulative || previous.reading.cueBefore !== null) return null;
  const { text, lex } = ctx;
  const link = lex.tollLinks.endingAt(text, q.start, previous.reach);
  if (!link) return null;
  return onlyJoins(gapWithoutDates(text, previous.reach, link.start, ctx.dates).gap, lex) ? previous.reading : null;
}

/**
 * "Official figures put the number of dead at 45, but local media reported at least 60", "while Ukraine said the figure
 * was more than 100,000", "; Azerbaijan reported 50": a number that a verb of saying hands over, in a clause of its own
 * right after the figure before, is another claim of that figure, by the speaker between.
 */
function rivalClaim(q: Quantity, ctx: ReadingContext, previous: Figure | null): CasualtyReading | null {
  if (!previous) return null;
  const { text, lex } = ctx;
  const from = Math.max(previous.reach, previous.cueEnd ?? 0);
  // "…, though some put the figure at 10,000": the verb may hand the number over a toll's link, and over words that
  // speak of the figure ("while Ukraine said the figure was more than 100,000", "Ukraine cho rằng con số này là …"), or
  // with no link before a bound, as a toll may ("người dân nói con số thực gần 200"; "said the 200 soldiers" is none).
  const link = lex.tollLinks.endingAt(text, q.start, from);
  const ref = link ? lex.figureReferences.endingAt(text, link.start, from) : q.qualifier !== 'exact' ? lex.figureReferences.endingAt(text, q.start, from) : null;
  const verb = lex.attributionAfter.endingAt(text, q.start, from) ?? (link ? lex.attributionAfter.endingAt(text, link.start, from) : null) ??
    (ref ? lex.attributionAfter.endingAt(text, ref.start, from) : null);
  // "Armenia reported 49 soldiers killed; Azerbaijan reported 50": a semicolon opens the rival's clause as 'while' does.
  const semicolon = verb ? text.slice(from, verb.start).indexOf(';') : -1;
  const opener = verb ? lex.clauseOpeners.findAll(text, from, verb.start)[0] ??
    (semicolon >= 0 ? { start: from + semicolon, end: from + semicolon + 1 } : undefined) : undefined;
  if (!verb || !opener || !onlyAdjunct(from, opener.start, ctx)) return null;
  const speaker = text.slice(opener.end, verb.start);
  const named = speaker.trim() !== '' && !/\d/.test(speaker) && mayNameSpeaker(speaker, lex);
  // "… but police said 3 suspects were arrested": the number must count nothing the figure before does not.
  // "but Azerbaijan claimed 40 and said …": a conjunction after it closes its clause too.
  return named && clauseClosesAt(lex.victims.startingAt(text, q.end, ctx.sentenceEnd)?.end ?? q.end, ctx) ? previous.reading : null;
}

/**
 * Nothing but punctuation in text[from, to) once dates are set aside, or a place or time of a few words before it: what
 * may stand between a figure and the clause of a rival claim ("had died in Mariupol, though the mayor put …").
 */
function onlyAdjunct(from: number, to: number, ctx: ReadingContext): boolean {
  const { gap } = gapWithoutDates(ctx.text, from, to, ctx.dates);
  if (/^[\s,;]*$/.test(gap)) return true;
  const adjunct = ctx.lex.adjunctOpeners.startingAt(ctx.text, from, to);
  return adjunct !== null && fewPlainWords(ctx.text.slice(adjunct.end, to).replace(/[\s,;]+$/, ''));
}

/** Only a clause end, a place or a time at `pos`, before `to`: what follows a number that counts nothing new. */
function nothingCountedAt(pos: number, to: number, { text, lex, dates }: ReadingContext): boolean {
  return pos >= to || /[,;:.]/.test(text[pos] ?? '') || lex.adjunctOpeners.startingAt(text, pos, to) !== null || (dates ?? []).some((d) => d.start === pos);
}

/**
 * "Of the dead, 18 were children", "Among those killed, …", "Trong số những người thiệt mạng, 18 là trẻ em": a toll that
 * opens the sentence, a comma and then the number, which is a part of that toll. Its measure, or null.
 */
function openingToll(q: Quantity, ctx: ReadingContext): Measure | null {
  const { text, lex } = ctx;
  const start = skipSpace(text, ctx.sentenceStart);
  const among = lex.tollPartsBefore.startingAt(text, start, q.start);
  const after = among ? skipSpace(text, among.end) : -1;
  const those = among ? lex.determiners.startingAt(text, after, q.start) : null;
  const toll = lex.partsOfTolls.startingAt(text, start, q.start) ?? (among ? lex.tolls.startingAt(text, after, q.start) ??
    (those ? lex.measures.startingAt(text, skipSpace(text, those.end), q.start) : null) : null);
  return toll && /^\s*,\s*$/.test(text.slice(toll.end, q.start)) ? toll.tag : null;
}

/**
 * Whether the number is only the whole a part is taken of ("two-thirds of the 1.2 million residents have
 * fled", "100,000 of the 120,000 Armenians have fled"). "Half of the 200 people killed were children" keeps
 * its 200, whose cue follows its noun. (Numbers after 'a quarter of', 'a mother of' never become quantities.)
 */
function onlyAWhole(i: number, w: Walk, ctx: ReadingContext): boolean {
  const { text, lex, sentenceStart } = ctx;
  const q = ctx.quantities[i] as Quantity;
  const back = Math.max(sentenceStart, q.start - CUE_LOOKBEHIND);
  // "half of Nagorno-Karabakh's 150,000 people", "a third of the region's 2.2 million people": a place's people.
  const whole = lex.wholes.endingAt(text, q.start, back) !== null ||
    possessorStarts(text, possessiveBefore(text, q.start, back), back).some((start) => lex.wholes.endingAt(text, start, back) !== null);
  const link = whole ? null : lex.partLinks.endingAt(text, q.start, back);
  const part = ctx.quantities[i - 1];
  const afterPart = link !== null && part !== undefined && skipSpace(text, part.end) === link.start;
  // "About 1/3 of the 150,000 residents", "Khoảng 1/3 trong số 150.000 cư dân": a fraction in figures before the link.
  const afterFraction = link !== null && SLASH_FRACTION.test(text.slice(Math.max(sentenceStart, link.start - 8), link.start));
  // "Không ai trong số 40 hành khách bị thương.": a cue that ends the sentence after the whole's noun is its verb, not a
  // word describing the whole; right after the number it is the whole's own noun ("made up 12 of the 40 dead.").
  // After a determiner ("of the 40 people killed.") the words are a noun phrase, whose cue describes it; so they are
  // when a verb of sharing before the part is the sentence's ("Dân thường chiếm 12 trong số 40 người thiệt mạng.").
  const verbEnds = (w.population !== null || w.side !== '') && endsSentence(w.cueEnd, ctx) && lex.determiners.endingAt(text, q.start, back) === null &&
    !(afterPart && lex.shareVerbs.endingAt(text, part.start, sentenceStart) !== null);
  return (whole || afterPart || afterFraction) && (w.measure === null || !w.clean || w.predicate || verbEnds);
}

/** Nothing but the sentence's closing punctuation at `pos`. */
function endsSentence(pos: number | undefined, { text, sentenceEnd }: ReadingContext): boolean {
  if (pos === undefined) return false;
  const at = skipSpace(text, pos, sentenceEnd);
  return at >= sentenceEnd || /^[.;!?]\s*$/.test(text.slice(at, sentenceEnd));
}

/** "Armenia's 2,425 dead": a party's possessive right before the number names the side. */
function possessiveParty(q: Quantity, { text, parties, sentenceStart }: ReadingContext): string {
  const end = possessiveBefore(text, q.start, sentenceStart);
  return end < 0 ? '' : parties.endingAt(text, end, sentenceStart)?.tag ?? '';
}

/** Where a possessor ending at `end` may start, one word back, two, three ("Gaza", "South Sudan"), nearest first. */
function possessorStarts(text: string, end: number, from: number): number[] {
  const starts: number[] = [];
  let pos = end;
  while (pos > from && starts.length < MAX_POSSESSOR_WORDS) {
    let start = pos;
    while (start > from && (isWordCode(text.charCodeAt(start - 1)) || text[start - 1] === '-')) start--;
    if (start === pos) break;
    starts.push(start);
    if (start <= from || text[start - 1] !== ' ') break;
    pos = start - 1;
  }
  return starts;
}

// "1/3", "2 / 3": a fraction in figures, which is no quantity of its own (it reads as a date as well).
const SLASH_FRACTION = /(?:^|[^\d/.,])\d{1,2}\s?\/\s?\d{1,2}\s*$/;

/**
 * "The death toll rose to 300, one local official said", "một quan chức LHQ cảnh báo": the number counts who speaks,
 * its noun (a few words, no clause of their own) the subject of a verb of saying. Not across a conjunction: in
 * "killed 300 soldiers and Ukraine said", the verb's subject is the next clause's.
 */
function countsSpeakers(q: Quantity, ctx: ReadingContext): boolean {
  const { text, lex } = ctx;
  const verb = lex.attributionAfter.findAll(text, q.end, Math.min(ctx.sentenceEnd, q.end + SPEAKER_LOOKAHEAD))[0];
  if (!verb) return false;
  const between = text.slice(q.end, verb.start);
  return !/[,;:.!?()"“”]/.test(between) && mayNameSpeaker(between, lex) && lex.conjunctions.findAll(between).length === 0 &&
    // "4,496 people are still listed as missing": a passive auxiliary, however far before the verb, makes it no verb of saying.
    lex.relativePronouns.findAll(between).length === 0 && lex.passiveAuxiliaries.findAll(between).length === 0;
}

/** "2,908 servicemen were martyred", "đã hy sinh": the figure's cue, after the number or before it, is one of `ownDeaths`. */
function honoursOwnDead(cueEnd: number | undefined, cueAt: number | null, { text, lex, sentenceStart, sentenceEnd }: ReadingContext): boolean {
  return (cueEnd !== undefined && lex.ownDeaths.endingAt(text, cueEnd, sentenceStart) !== null) ||
    (cueAt !== null && lex.ownDeaths.startingAt(text, cueAt, sentenceEnd) !== null);
}

/** Words that may be who speaks before a verb of saying: a few, and none of them a casualty cue. */
function mayNameSpeaker(words: string, lex: LexiconIndex): boolean {
  return wordCount(words) <= MAX_SPEAKER_WORDS && lex.cues.findAll(words).length === 0;
}

function readOne(i: number, ctx: ReadingContext, previous: Figure | null): Figure | null {
  let w = walkForward(i, ctx);
  // "Two-thirds of the 2,000 wounded had died": the part died; the whole counts the wounded.
  if (w.diedOf && onlyAWhole(i, w, ctx)) w = { ...w, measure: w.diedOf.measure, cueEnd: w.diedOf.cueEnd, predicate: w.diedOf.predicate };
  const figure = figureOf(i, w, ctx, previous);
  // Asked last, and of figures only: a number that is no figure needs no second reason. A forecast speaks of the cue
  // the walk reached, not of one before the number ("killed 12 people, who will …" is a count).
  if (!figure || w.unharmed || (w.forecast && w.measure === figure.reading.measure) || onlyAWhole(i, w, ctx)) return null;
  if (!hasOwnCue(w) && countsSpeakers(ctx.quantities[i] as Quantity, ctx)) return null;
  if (perUnitOfTime(ctx.quantities[i] as Quantity, figure, w, ctx)) return null;
  // "killed 14 and injured dozens more" counts others; "12 were killed on Monday and 15 more on Tuesday", an increase.
  // "Another 300 fled on Monday, raising the total to 90,000": what a running total right after it totals is an increase.
  if (ctx.quantities[i]?.others && (increases(previous?.reading ?? ctx.prior ?? figure.reading, figure.reading) || totalledNext(i, ctx))) return null;
  if (i + 1 < ctx.quantities.length) figure.whole = opensAsWhole(ctx.quantities[i] as Quantity, ctx);
  figure.start = ctx.quantities[i]?.start;
  return figure;
}

/**
 * A count of others adds to the figure before it when both count the same harm of people who may be the same: "killed 5
 * soldiers and 3 more civilians" counts others, soldiers being no civilians.
 */
function increases(before: { measure: Measure; population: Population }, after: CasualtyReading): boolean {
  const apart = before.population !== 'total' && after.population !== 'total' && (before.population === 'military') !== (after.population === 'military');
  return before.measure === after.measure && !apart;
}

/**
 * A running total or a toll's raiser between the number phrase and the next, which then totals it ("bringing the total
 * to", "bringing to 710 the number of", "raising the death toll to").
 */
function totalledNext(i: number, { text, lex, quantities, sentenceEnd }: ReadingContext): boolean {
  const from = (quantities[i] as Quantity).end;
  const to = quantities[i + 1]?.start ?? sentenceEnd;
  return [lex.runningTotals, lex.raisedTo, lex.tollRaisers].some((set) => set.findAll(text, from, to).length > 0);
}

/**
 * "Russia is losing 1,000 soldiers a day", "killed daily", "Mỗi ngày có hàng trăm người thiệt mạng": a rate, read right
 * after the figure's words or its cue, or right before its number.
 */
function perUnitOfTime(q: Quantity, figure: Figure, w: Walk, { text, lex, sentenceStart, sentenceEnd }: ReadingContext): boolean {
  if (lex.rates.endingAt(text, q.start, sentenceStart)?.tag === 'rate') return true;
  return [figure.reach, figure.cueEnd ?? w.cueEnd].some((at) => typeof at === 'number' && lex.rates.startingAt(text, at, sentenceEnd)?.tag === 'rate');
}

/**
 * Whether the clause of the words before `pos` ends there: "killed four and wounded 12" (a conjunction ends it as a
 * comma does), "killed 12 in Kharkiv", "killed 27 overnight" (so does a place or a time). A quotation that closes
 * there is looked past: 'The war killed "600,000".'
 */
function clauseClosesAt(pos: number, ctx: ReadingContext): boolean {
  const { text, lex, sentenceEnd } = ctx;
  let at = skipSpace(text, pos);
  while (at < sentenceEnd && QUOTE_MARKS.has(text.charCodeAt(at))) at = skipSpace(text, at + 1);
  return nothingCountedAt(at, sentenceEnd, ctx) || /[()]/.test(text[at] ?? '') || lex.conjunctions.startingAt(text, at, sentenceEnd) !== null;
}

function figureOf(i: number, w: Walk, ctx: ReadingContext, previous: Figure | null): Figure | null {
  const { text } = ctx;
  const q = ctx.quantities[i] as Quantity;
  // "killed 27 Palestinians": a people's name that closes the number's clause is its victims' noun.
  const peopleNamed = w.population === null && w.side !== '' && clauseClosesAt(w.reach, ctx);
  // "losing 3 of its own": the speaker's own people, named by nothing else, close the clause as a noun does.
  const ownNamed = w.population === null && w.own && clauseClosesAt(ctx.lex.ownSide.startingAt(text, skipSpace(text, q.end), ctx.sentenceEnd)?.end ?? q.end, ctx);
  let before = w.population !== null || peopleNamed || ownNamed || clauseClosesAt(q.end, ctx) ? cueBefore(q, ctx) : null;
  const costs = !before && w.population !== null ? objectCue(q, ctx) : null;
  if (costs) before = costs;
  // "12 soldiers were killed, while the rebels claimed 40": a verb that is both a cue and a verb of saying ('claimed'),
  // with no noun after the number, hands over a rival claim of the figure before; "claimed 400 lives" is the cue.
  if (before && w.population === null && !peopleNamed && rivalClaim(q, ctx, previous)) before = null;
  // The number's own words reach its cue: "874 soldiers were killed".
  const ownCue = hasOwnCue(w);
  // Victims of no noun, or people of no kind ('người'), which the figure before may say the kind of.
  const noKind = w.population === null || w.population === 'total';
  // A number with no words of its own may be told in the words of the figure before it.
  const bare = !peopleNamed && !ownCue;
  const previousStart = previous?.start;
  // Told in the words of the figure before, the number's own words close its clause.
  const ends = bare && previousStart !== undefined && clauseClosesAt(w.reach, ctx);
  // "Armenia lost 3,825 soldiers, Azerbaijan 2,906 soldiers": a victims' noun of its own may end the repeated loss.
  const parallel = bare && (w.population === null || ends) ? parallelLoss(q.start, ctx, previous) : null;
  if (parallel && previous && ends) {
    const own = w.population !== null ? { population: w.population } : {};
    return repeating(previous, q, w, ctx, { side: parallel.side, ownSide: false, enemySide: false, cueBefore: parallel.cueStart, measureFromContext: false, ...own });
  }
  // "…, còn của Armenia là 3.825 người": people of no kind are of the toll's kind.
  const tollParty = bare && noKind ? parallelToll(q.start, ctx, previous) : '';
  if (tollParty && previous) return repeating(previous, q, w, ctx, { side: tollParty, ownSide: false, enemySide: false });
  // "Armenia lost 3,825 soldiers, compared with 2,906 for Azerbaijan": the same victims, another party's.
  const compared = !ownCue && previous ? comparedSide(q.start, w.reach, w.side, ctx, previous) : '';
  if (compared && previous) {
    const own = w.population !== null && w.population !== 'total' ? { population: w.population } : {};
    return repeating(previous, q, w, ctx, { side: compared, ownSide: false, enemySide: false, ...own });
  }
  const repeats = ends && !parallel;
  // "Military deaths — Armenia: 3,825; Azerbaijan: 2,906", "…, Azerbaijan 100 người": a labelled number lists what the
  // labelled figure before it counts, of its own label's side.
  const listed = repeats && noKind && previousStart !== undefined ? listedAfter(q.start, previousStart, ctx) : '';
  if (listed && previous) return repeating(previous, q, w, ctx, { side: listed, ownSide: false, enemySide: false });
  // "…, còn Azerbaijan 2.906 người": people of no kind are still people of no kind.
  const claim = repeats && noKind ? parallelClaim(q.start, ctx, previous) : null;
  if (claim && previous) return repeating(previous, q, w, ctx, { ...claim, population: w.population ?? previous.reading.population });
  // A figure with its own cue may still take its victims from a toll: "Civilian casualties stood at 143 dead", "included
  // 65 people killed" (people of no kind are the toll's).
  // "The death toll, including 12 soldiers, rose to 300": a part the toll handed over leaves the toll to the number after it.
  const ownVictims = ownCue && !noKind;
  const tollFrom = Math.max(ctx.sentenceStart, previous?.tollStart ?? previous?.reach ?? 0);
  const toll = ownVictims ? null : tollBefore(q, tollFrom, ctx) ?? tollAfter(q, ctx);
  // "Armenian losses: 3,825 servicemen killed": a heading toll, whose colon the number follows, says whose they are.
  const headed = ownVictims && !w.side && text.charCodeAt(skipSpaceBack(text, q.start, tollFrom) - 1) === COLON ? tollBefore(q, tollFrom, ctx) : null;
  // "Số binh sĩ thiệt mạng khoảng 3.000 người": a cue right before the number that closes a toll is the toll's.
  if (before && toll && toll.start < before.start) before = null;
  // Figures that share a verb share its clause: "874 soldiers and 37 civilians were killed on both sides".
  const last = ownCue ? w.sharedWith ?? i : i;
  const clauseEnd = Math.min(ctx.sentenceEnd, ctx.quantities[last + 1]?.start ?? ctx.sentenceEnd);
  // "At least 5,000 were killed, roughly half of them on each side": a fraction per side, the figure for both together.
  // A verb of loss right before the number: who lost, and whether both sides or each did.
  const lossVerb = lossVerbAt(q.start, ctx);
  const sides = lossVerb ? sidesOfLoss(lossVerb, q, ctx) : null;
  let eachSide = ctx.lex.eachSide.findAll(text, q.end, clauseEnd).some((h) => ctx.lex.wholes.findAll(text, q.end, h.start).length === 0) ||
    eachSideBeforeVerb(q, ctx) || sides === 'each';
  // "…, and 12 people, including three soldiers, were killed": past an aside, a verb of its own; its clause goes on.
  // "lost 2,783 soldiers and 100 were captured": a number with a verb of its own and no cue shares no other's.
  const prior = fromPrevious(q, w.population, eachSide, ctx, w.ownVerb && w.measure === null ? null : previous,
    w.population !== null && w.measure === null && clauseClosesAt(w.reach, ctx), labelsOnly(w) ? 'labelled' : w.side !== '', ownCue ? w.measure : null);
  // Asked once the reading is made, as 'each' may yet be found before the cue: a figure per side covers no two sides together.
  const bothSides = (): boolean => !eachSide && (w.twoSides === true || sides === 'both' || bothSidesAround(clauseEnd, ctx, previous));
  // An estimate reaches the figures coordinated with the one it is said of: "It is estimated that 12 were killed and 40
  // wounded", "ước tính có 12 người chết và 40 người bị thương".
  const joined = (p: Figure) => prior.measure !== null || prior.population !== null || followsCue(text, p, q, ctx.lex);
  const estimate = estimated(q, w, ctx) || (previous?.estimated === true && joined(previous));
  const opening = !ownCue && !before && !toll ? openingToll(q, ctx) : null;
  const unexplained = !ownCue && !before && !toll && !opening && prior.measure === null;
  const caused = unexplained ? causedCue(i, ctx) ?? cueAcrossThings(q, ctx) : null;
  let measure: Measure | null = null;
  // Only people of no kind hand their place to the kind a part inherits: "Gần 7.000 binh sĩ (3.825 người Armenia …)".
  let population = (w.population === 'total' ? prior.population : null) ?? w.population ?? prior.population;
  let side = w.otherSide ? otherParty(previous?.reading.side ?? '', ctx) :
    w.side || costs?.side || possessiveParty(q, ctx) || labelledSide(q.start, ctx) || prior.side || (headed?.side ?? '');
  let cueAt: number | null = null;
  let cumulative = false;
  let partOf = prior.partOf;
  // "it lost 2,783 troops": the subject of a loss right before the number is the speaker.
  // "The attack cost 12 soldiers their lives": whose the victims are, a verb of cost says by the party it names.
  let ownSide = !w.otherSide && ((w.own && !costs) || ctx.lex.ownLoss.endingAt(text, q.start, ctx.sentenceStart) !== null || prior.ownSide);
  // "Thương vong dân thường gồm 65 người chết và 300 người bị thương": the toll's victims, handed to people of no kind,
  // are those of the figures joined to them too.
  let tollVictims: Population | undefined;
  if (ownCue) {
    measure = w.measure;
    if (toll && (population === null || population === 'total')) {
      population = toll.population;
      if (w.population === 'total') tollVictims = toll.population;
    } else if (population === 'total' && previous?.tollVictims && followsCue(text, previous, q, ctx.lex)) {
      population = tollVictims = previous.tollVictims;
    }
    // "The toll from the strike rose to 23 dead on Tuesday": a toll's number counts up to its day, its own cue or not.
    if (toll) { side ||= toll.side; ownSide ||= toll.ownSide; eachSide ||= toll.eachSide; cumulative = toll.whole === null; }
    // "The toll rose to 17 dead and 62 wounded on Sunday": a figure joined after the toll's own count, with no verb of its
    // own, counts up to the toll's day too.
    else cumulative = !w.predicate && previous?.reading.cumulative === true && previous.cueEnd !== null && followsCue(text, previous, q, ctx.lex);
  } else if (before) {
    measure = before.measure;
    cueAt = before.start;
    // "Dân thường thiệt mạng: 85 người": the heading's victims are those of people of no kind too.
    const heading = before.heading && (population === null || population === 'total') ? headingVictims(before.start, ctx) : null;
    const subject = heading ?? (population === null ? passiveSubject(before.start, ctx) : null);
    if (subject) { population = subject.population; side ||= subject.side; }
    const object = population === null && !q.others ? elidedObject(before.start, ctx, previous) : null;
    if (object) { population = object.population; side ||= object.side; ownSide ||= object.ownSide; }
  } else if (toll) {
    measure = toll.measure;
    cumulative = true;
    if (population === null || population === 'total') population = toll.population;
    side ||= toll.side;
    ownSide ||= toll.ownSide;
    eachSide ||= toll.eachSide;
    // "21 Armenian servicemen were killed, raising the death toll to 710": a raised toll is of the side of what raised it.
    const raised = toll.raisedAt !== null && !side ? totalled(toll.raisedAt, ctx, previous) : null;
    if (raised?.measure === measure) { side = raised.side; ownSide ||= raised.ownSide; }
    // "Among the dead were 5 children and 2 women": a part of the toll, and the figures coordinated with it too.
    if (toll.whole) partOf = tollWhole(measure, toll.whole, toll.side, true);
  } else if (opening) {
    measure = opening;
    cumulative = true;
    partOf = tollWhole(measure, 'total', '', true);
  } else if (caused) {
    measure = caused.measure;
    // "each lost 300 tanks and 5,000 soldiers": 'each' before a cue that reaches the figure across a count of things.
    eachSide ||= caused.start < q.start && ctx.lex.eachSideBeforeVerb.endingAt(text, caused.start, ctx.sentenceStart) !== null;
    // "it lost 300 tanks and 5,000 soldiers", "confirmed the loss of 12 tanks and 40 soldiers": the speaker's own loss.
    if (caused.things !== undefined) ownSide ||= ctx.lex.ownLoss.endingAt(text, caused.things, ctx.sentenceStart) !== null;
  } else {
    const total = prior.measure === null ? runningTotal(q, ctx, previous) ?? tollAgain(q, ctx, previous) : null;
    const rival = prior.measure === null && !total ? rivalClaim(q, ctx, previous) : null;
    const totalled = total ?? rival;
    if (totalled) {
      const own = population !== null && population !== 'total' ? population : totalled.population;
      // "Armenia said 3,825 of its soldiers had died, while Azerbaijan claimed 7,000": whose own the dead are was said of
      // the first speaker, not of the rival one.
      const kin = rival ? { ownSide, enemySide: false } : { ownSide: totalled.ownSide || ownSide };
      const reading = { ...totalled, population: own, side: w.twoSides ? '' : side || totalled.side, eachSide, bothSides: bothSides(), suffix: w.suffix ?? (estimate ? 'approx' : null), cueBefore: null, measureFromContext: true, cumulative: true, ...kin };
      return { reading, reach: w.reach, cueEnd: null, estimated: estimate };
    }
    measure = prior.measure ?? w.measure;
    cumulative = prior.measure !== null && prior.cumulative;
  }
  // "killed a 47-year-old man", "A civilian was killed": an article counts one only on its own or a preceding cue.
  // "including a child", "the dead included a 10-year-old boy": a part of a figure or toll is counted too.
  if (measure === null || (q.single !== undefined && !ownCue && !before && partOf === null)) return null;
  // "lost about 600,000 troops, dead and wounded": what the loss counts, an aside after its victims may say.
  if (measure === 'killed' && lossVerb && !ownCue && lossCountsCasualties(w.reach, ctx)) measure = 'casualties';
  const whole = population === null && prior.population === null ? victimsBeforePart(q, ctx) : null;
  if (whole) { population = whole.population; side ||= whole.side; }
  // "Azerbaijan lost 2,906 servicemen and 100 civilians", "it lost 2,783 troops and 100 civilians": a figure that shares
  // a loss's verb is the same loser's.
  const lossAt = lossVerb ? q.start : prior.measure !== null && !ownCue && !before ? previous?.lossAt : undefined;
  let losers = side ? [] : losersAt(lossAt ?? q.start, ctx);
  if (!side && losers.length === 0 && caused?.things !== undefined) losers = losersAt(caused.things, ctx);
  // A noun of the number's own, even people of no kind, is kept: "Azerbaijani troops lost 200 men" counts men.
  if (population === null) population = loserVictims(lossAt ?? q.start, ctx);
  if (lossAt !== undefined && lossAt !== q.start) ownSide ||= ctx.lex.ownLoss.endingAt(text, lossAt, ctx.sentenceStart) !== null;
  // "Armenia and Azerbaijan lost 5,000 soldiers": a loss of several parties together is one of both sides.
  if (losers.length === 1) side = losers[0]!;
  // "On the Azerbaijani side, 100 civilians were killed": a side that opens the sentence, when no party lost them.
  if (!side && losers.length === 0) side = openingSide(ctx);
  if (w.twoSides) side = '';
  ownSide ||= population === 'military' && ctx.lex.admissions.endingAt(text, q.start, ctx.sentenceStart) !== null;
  const ownByCue = !ownSide && !side && !eachSide && honoursOwnDead(w.measure === measure ? w.cueEnd : undefined, cueAt, ctx) && !bothSides();
  // "Civilians accounted for 12 of the dead", "Dân thường chiếm 12 người trong số những người thiệt mạng": who the part
  // were is the subject of its verb.
  const share = w.tollPart !== undefined && (population === null || population === 'total') ? ctx.lex.shareVerbs.endingAt(text, q.start, ctx.sentenceStart) : null;
  const sharers = share ? victimsEndingAt(share.start, ctx) : null;
  if (sharers) { population = sharers.population; side ||= sharers.side; }
  // "The army said it had killed 120 militants": soldiers of no party named that the speaker killed are its enemy's;
  // civilians may be anyone's.
  const enemySide = w.enemy === true || enemyLossAt(q.start, ctx) ||
    (!side && population === 'military' && ctx.lex.ownKills.endingAt(text, q.start, ctx.sentenceStart) !== null);
  const reading = { measure, population: population ?? 'total', side, eachSide, bothSides: bothSides() || (losers.length > 1 && !eachSide), suffix: w.suffix ?? (estimate ? 'approx' : null), cueBefore: cueAt, measureFromContext: false, cumulative, ownSide: ownSide || ownByCue, ...(ownByCue ? { ownByCue } : {}), enemySide };
  // "Two of the injured are in critical condition": a part of a toll that counts what the toll counts is a subset.
  if (w.tollPart === measure) partOf = tollWhole(measure, 'total', '', cumulative);
  // A subset of its whole is no figure, but the figures coordinated with it are parts too: "Among the dead were 2 women and 3 children".
  const tollStart = !ownCue && !before && toll?.whole ? toll.start : undefined;
  // "The ministry estimated 1,200 soldiers and 300 civilians were killed": a verb of estimating that is the number's own
  // qualifier is said of the figures coordinated with it too; "an estimated 1,200" is said of the 1,200 alone.
  const estimating = estimate || (ctx.lex.estimates.startingAt(text, q.start, q.end) !== null && ctx.lex.determiners.endingAt(text, q.start, ctx.sentenceStart) === null);
  return { reading, reach: w.reach, cueEnd: w.measure === measure ? (w.cueEnd ?? null) : null, partOf, subset: partOf !== null && sameQuantity(reading, partOf), estimated: estimating, tollStart, tollVictims, lossAt, sideAfterCue: w.sideAfterCue === true && side === w.side };
}

/**
 * "Armenia lost 3,825 soldiers, Azerbaijan 2,906": a number told in the words of the figure before it reads as that
 * figure does, but for what `changes` says (its side, who claims it) and what is its own (its suffix, whether estimated).
 */
function repeating(previous: Figure, q: Quantity, w: Walk, ctx: ReadingContext, changes: Partial<CasualtyReading>): Figure {
  const reading = { ...previous.reading, eachSide: false, bothSides: false, suffix: w.suffix ?? null, cueBefore: null, measureFromContext: true, ...changes };
  return { reading, reach: w.reach, cueEnd: null, estimated: estimated(q, w, ctx) };
}

/**
 * "It is estimated that 150,000 people died", "The death toll is estimated to have reached 150,000", "150.000 người được
 * ước tính đã thiệt mạng": a word of estimating before the number, after any number before it and with no words of saying
 * between, or between the number and its cue with no other number between.
 */
function estimated(q: Quantity, w: Walk, ctx: ReadingContext): boolean {
  const { text, lex } = ctx;
  let from = ctx.sentenceStart;
  let to = w.cueEnd ?? q.end;
  for (const others of [ctx.quantities, ctx.nonFigures]) {
    for (const o of others) {
      if (o.end <= q.start) from = Math.max(from, o.end);
      else if (o.start >= q.end) to = Math.min(to, o.start);
    }
  }
  const before = lex.estimates.findAll(text, from, q.start).at(-1);
  // "Despite higher estimates by activists, the ministry said 12 soldiers died": another's words of saying between;
  // "Estimates put the death toll at …": the estimate's own.
  const said = before ? lex.attributionAfter.findAll(text, before.end, q.start).filter((v) => v.start !== skipSpace(text, before.end)) : [];
  if (before && said.length === 0) return true;
  return to > q.end && lex.estimates.findAll(text, q.end, to).length > 0;
}

/**
 * "37 civilians were killed and 115 injured on the Armenian side", "5 killed, 12 wounded and 3 missing on the Armenian
 * side", "37 dân thường thiệt mạng và 115 người bị thương ở phía Armenia": a side named after the cue that closes a list
 * of figures is said of the figures of no side before it, each joined to the next right after its cue ("12 civilians
 * were killed in Stepanakert, and 3 soldiers wounded on the Azerbaijani side" names no side of the 12). So are both
 * sides: "more than 20,000 dead and 50,000 wounded on both sides".
 */
function sideClosesList(last: Figure, before: readonly Figure[], { text, lex }: ReadingContext): void {
  let next = last;
  for (let k = before.length - 1; k >= 0; k--) {
    const figure = before[k] as Figure;
    const { reading } = figure;
    if (reading.side !== '' || reading.bothSides || reading.eachSide || figure.cueEnd === null || next.start === undefined) return;
    if (!onlyJoins(text.slice(figure.cueEnd, next.start).trim(), lex)) return;
    if (last.reading.bothSides) reading.bothSides = true;
    else reading.side = last.reading.side;
    next = figure;
  }
}

/** Both sides named right after the figure's own cue: "50,000 wounded on both sides". */
const bothSidesAfterCue = (figure: Figure, { text, lex, sentenceEnd }: ReadingContext): boolean =>
  figure.reading.bothSides && figure.cueEnd !== null && lex.bothSides.startingAt(text, skipSpace(text, figure.cueEnd), sentenceEnd) !== null;

/** The reading of each number phrase of one sentence, null for those that are not casualty figures. */
export function readSentence(ctx: ReadingContext): (CasualtyReading | null)[] {
  let previous: Figure | null = null;
  const figures: Figure[] = [];
  const readings = ctx.quantities.map((_q, i) => {
    const figure = readOne(i, ctx, previous);
    // "killed 1,000 people, including 45 civilians, on both sides": both sides named after a part are said of its whole.
    if (figure?.reading.bothSides && previous && figure.partOf === previous.reading && !previous.reading.eachSide) previous.reading.bothSides = true;
    if (figure?.sideAfterCue || (figure && bothSidesAfterCue(figure, ctx))) sideClosesList(figure, figures, ctx);
    if (figure) figures.push(previous = figure);
    return figure && !figure.subset ? figure.reading : null;
  });
  inOrderOfParties(readings, ctx);
  return readings;
}
