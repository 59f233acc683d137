// Periods a figure covers: "từ tháng 2/1988 đến tháng 5/1994", "since Sept. 27", "1988–1994", "on Sunday" (that
// day alone), and "đến nay" (up to now, which leaves the end open so that as_of supplies it); and the date a
// figure counts up to or was said on ("as of Oct. 20", "said on Monday"), its as_of.
import type { DateSpan } from '../languages/grammar.ts';
import { daysBefore, daysBetween } from '../languages/calendar.ts';
import { CLAUSE_COMMA, isSpaceCode, possessiveAt, skipSpace, skipSpaceBack, wordCount } from '../languages/chars.ts';
import { changesToll } from './attribution.ts';
import type { LexiconIndex } from './lexicon-index.ts';
import { fewBareWords, type NonFigure } from './quantities.ts';

export interface Period {
  /** Where the period's words are, to pick the one nearest a figure. */
  start: number;
  end: number;
  periodStart: string;
  /** Empty when the period runs up to as_of. */
  periodEnd: string;
  /** The period is the day of an event the figure's words name ("the Oct. 7 attack", "Monday's shelling"). */
  event?: boolean;
  /** The start is the conflict's outbreak in its events, not a date in the text ("since the fighting began"). */
  fromEvents?: boolean;
}

// "from 40 người hôm thứ Hai": the words between a former value and its day (its noun, the day's lead-in).
const MAX_FORMER_GAP_WORDS = 3;
const DASH = /^\s*[-–—]\s*$/;
const COMPARISON_LOOKBEHIND = 40;
const CLAUSE_LOOKBEHIND = 60;

/**
 * Start of the connector that governs a date, skipping up to two words such as 'sáng' in 'từ sáng 27/9' (and,
 * with `skipOpeners`, an event opener: 'on' in "erupted on Sept. 27"). Nothing before `from` is looked at.
 */
function connectorBefore(set: LexiconIndex['periodFrom'], text: string, at: number, lex: LexiconIndex, from = 0, skipOpeners = false): number | null {
  let pos = at;
  // A word may be both ('hôm', the day of, opens an event's date and follows 'từ'): the connector is looked for first.
  for (let i = 0; i < 3; i++) {
    const back = Math.max(from, pos - 24);
    const hit = set.endingAt(text, pos, back);
    if (hit) return hit.start;
    const filler = i < 2 ? lex.periodFillers.endingAt(text, pos, back) ?? (skipOpeners ? lex.eventDateOpeners.endingAt(text, pos, back) : null) : null;
    if (!filler) return null;
    pos = filler.start;
  }
  return null;
}

function connectorAfter(set: LexiconIndex['periodTo'], text: string, at: number, next: DateSpan | undefined, lex: LexiconIndex): boolean {
  if (!next) return false;
  const hit = set.startingAt(text, at, next.start);
  if (!hit) return false;
  let pos = hit.end;
  for (let i = 0; i < 2; i++) {
    const filler = lex.periodFillers.startingAt(text, pos, next.start);
    if (!filler) break;
    pos = filler.end;
  }
  return text.slice(pos, next.start).trim() === '';
}

/** "since the fighting began on Sept. 27", "kể từ khi giao tranh bùng phát hôm 27/9": the clause's date starts a period. */
function clauseOpener(text: string, at: number, from: number, lex: LexiconIndex): number | null {
  const hit = lex.periodFromClause.findAll(text, Math.max(from, at - CLAUSE_LOOKBEHIND), at).at(-1);
  return hit && !/[,;:]/.test(text.slice(hit.end, at)) ? hit.start : null;
}

/** "the deadliest day since 2014": a superlative in the clause before the connector makes it a comparison. */
function comparedSince(text: string, opener: number, from: number, lex: LexiconIndex): boolean {
  const start = Math.max(from, opener - COMPARISON_LOOKBEHIND, text.lastIndexOf(',', opener - 1) + 1);
  // 'nhất' in the qualifier 'ít nhất' (at least) compares nothing.
  return lex.superlatives.findAll(text, start, opener).some((h) => h.tag === 'superlative' && (lex.qualifiers.endingAt(text, h.end, from)?.start ?? h.start) >= h.start);
}

/** An ISO date a year earlier or later; 29 February becomes the 28th, as a year next to a leap year is none. */
function movedYear(iso: string, by: 1 | -1): string {
  const moved = String(Number(iso.slice(0, 4)) + by).padStart(4, '0') + iso.slice(4);
  return moved.endsWith('-02-29') ? `${moved.slice(0, -2)}28` : moved;
}

/**
 * A period's two ends, the start never after the end. An end whose year was not written never lands after
 * publication, so "from Sept. 27 to Nov. 10" read on 2020-10-21 ends on 2019-11-10: a start without its year
 * then goes back a year too (2019-09-27), and an end without its year after a written start goes forward.
 */
function ordered(from: DateSpan, to: DateSpan): [string, string] {
  let start = from.date ?? '';
  let end = to.date ?? '';
  if (start.slice(0, end.length) > end) {
    if (from.yearInferred) while (start.slice(0, end.length) > end) start = movedYear(start, -1);
    else if (to.yearInferred) while (start.slice(0, end.length) > end) end = movedYear(end, 1);
  }
  return [start, end];
}

/**
 * "in the fighting on 27/9 and 28/9", "on Oct. 5 and Oct. 3": two days joined by a conjunction alone are the
 * stretch from the earlier to the later, in whichever order they are written.
 */
function bothDays(text: string, d: DateSpan, next: DateSpan, lex: LexiconIndex): boolean {
  if (d.precision !== 'day' || next.precision !== 'day' || d.last !== undefined || next.last !== undefined || next.date === d.date) return false;
  const conj = lex.conjunctions.startingAt(text, d.end, next.start);
  return conj !== null && /^[\p{L}\p{M}]/u.test(conj.text) && text.slice(conj.end, next.start).trim() === '';
}

/** Every period stated in text[from, to). `dates` are the valid dates of the whole text, in order. */
export function findPeriods(text: string, dates: DateSpan[], from: number, to: number, lex: LexiconIndex): Period[] {
  const inside = dates.filter((d) => d.date !== null && d.start >= from && d.end <= to);
  const periods: Period[] = [];
  for (let i = 0; i < inside.length; i++) {
    const d = inside[i] as DateSpan;
    const next = inside[i + 1];
    const clause = clauseOpener(text, d.start, from, lex);
    // After 'since' the clause decides, as "the deadliest day since fighting erupted on Sept. 27" starts no period.
    // "fighting that erupted on Sept. 27", "giao tranh bùng phát hôm 27/9": a verb of a beginning governs the date.
    const fromWord = connectorBefore(lex.periodFrom, text, d.start, lex);
    const opener = fromWord ?? clause ?? connectorBefore(lex.onsetVerbs, text, d.start, lex, from, true);
    // "the death toll from the Oct. 7 attack": the day of an event, not the start of a period; "rose to 40 from
    // Sunday's 31": a former value's day.
    // "since the Oct. 7 attack", "since Sunday's attack": after 'since' the event's day starts the period all the same.
    const since = fromWord !== null && lex.periodFromClause.startingAt(text, fromWord, d.start) !== null;
    const possessive = !since && possessiveAt(text, d.end);
    const eventDay = possessive || (opener === fromWord && !since && eventAfter(text, d, to, lex));
    // "between Sept. 27 and Nov. 10": after a word that opens a period, two days are its start and end, in that order.
    const listed = next !== undefined && fromWord === null && bothDays(text, d, next, lex);
    const closes = next && (listed || connectorAfter(lex.periodTo, text, d.end, next, lex) ||
      (DASH.test(text.slice(d.end, next.start)) && (next.date ?? '') >= (d.date ?? '')));
    if (closes && next) {
      const [periodStart, periodEnd] = listed ? [d.date ?? '', next.date ?? ''].sort() as [string, string] : ordered(d, next);
      periods.push({ start: opener ?? d.start, end: next.end, periodStart, periodEnd });
      i++;
    } else if (opener !== null && !eventDay && !comparedSince(text, opener, from, lex)) {
      periods.push({ start: opener, end: d.end, periodStart: d.date ?? '', periodEnd: '' });
    } else if (d.last !== undefined && d.precision === 'year') {
      // "in the early 1990s": several years named as one are a period by themselves.
      periods.push({ start: d.start, end: d.end, periodStart: d.date ?? '', periodEnd: d.last });
    }
  }
  return periods;
}

/**
 * "since the fighting began", "kể từ khi giao tranh bùng phát" in text[from, to): open periods from `outbreak`, the start
 * of the fighting under way. Not when a date follows in the clause ("since the war began in 1988" is that date's), nor
 * in a comparison ("the deadliest day since the war began").
 */
export function outbreakPeriods(text: string, dates: readonly DateSpan[], from: number, to: number, lex: LexiconIndex, outbreak: string): Period[] {
  const periods: Period[] = [];
  for (const h of lex.outbreaks.findAll(text, from, to)) {
    const rest = text.slice(h.end, to);
    const clauseEnd = h.end + (/[,;:]/.exec(rest)?.index ?? rest.length);
    if (dates.some((d) => d.start >= h.end && d.start < clauseEnd) || comparedSince(text, h.start, from, lex)) continue;
    periods.push({ start: h.start, end: h.end, periodStart: outbreak, periodEnd: '', fromEvents: true });
  }
  return periods;
}

/** The period (or as-of date) nearest before the figure, else the first after it, within its sentence. */
export function periodFor<T extends { start: number; end: number }>(periods: T[], at: number): T | null {
  const before = periods.filter((p) => p.end <= at).at(-1);
  return before ?? periods.find((p) => p.start >= at) ?? null;
}

/** A date a figure counts up to: "as of Oct. 20", "tính đến ngày 20/10". */
export interface AsOf { start: number; end: number; date: string }

// "the 1992 Khojaly massacre", "the 2016 four-day war", "vụ thảm sát Khojaly năm 1992": a name or a word that describes
// the event may stand between its noun and its date.
const MAX_EVENT_GAP_WORDS = 2;
const EVENT_GAP_CHARS = 40;
// A hyphen inside a word ("four-day", "Nagorno-Karabakh") is no punctuation there.
const eventGap = (words: string): boolean => fewBareWords(words.replace(/(?<=\p{L})-(?=\p{L})/gu, ''), MAX_EVENT_GAP_WORDS);

/** An event's noun after the date, or after its possessive: "the 2016 war", "Monday's shelling", "the 1992 Khojaly massacre". */
function eventAfter(text: string, d: { end: number }, to: number, lex: LexiconIndex): boolean {
  const at = possessiveAt(text, d.end) ? d.end + 2 : d.end;
  const noun = lex.eventNouns.findAll(text, at, Math.min(to, at + EVENT_GAP_CHARS))[0];
  return noun !== undefined && eventGap(text.slice(at, noun.start));
}

// The number of an ordinal ("lần thứ hai", "lần thứ 2") right before the date.
const ORDINAL_NUMBER = /^\s+[\p{L}\p{M}\p{N}]+\s*$/u;

/**
 * An event's noun before the date's lead: "cuộc xung đột năm 2016", "vụ thảm sát Khojaly năm 1992". The event's
 * ordinal is no word between them, as it is part of its name: "Chiến tranh Karabakh lần thứ hai năm 2020" (the second).
 */
function eventBefore(text: string, lead: number, from: number, lex: LexiconIndex): boolean {
  const noun = lex.eventNouns.findAll(text, Math.max(from, lead - EVENT_GAP_CHARS), lead).at(-1);
  if (noun === undefined) return false;
  const ordinal = lex.ordinalMarkers.findAll(text, noun.end, lead).at(-1);
  const named = ordinal !== undefined && ORDINAL_NUMBER.test(text.slice(ordinal.end, lead));
  return eventGap(text.slice(noun.end, named ? ordinal.start : lead));
}

/**
 * Every as-of date stated in text[from, to): after 'as of', or the day a war or the like ended, which its figures count
 * up to (see `warsEnd`).
 */
export function findAsOf(text: string, dates: DateSpan[], from: number, to: number, lex: LexiconIndex, figures: SentenceDates['figures'] = []): AsOf[] {
  const marks: AsOf[] = [];
  for (const d of dates) {
    if (d.date === null || d.start < from || d.end > to || possessiveAt(text, d.end)) continue;
    const at = connectorBefore(lex.asOf, text, d.start, lex) ?? warsEnd(text, d, from, to, lex, figures);
    if (at !== null && at >= from) marks.push({ start: at, end: d.end, date: d.last ?? d.date });
  }
  return marks;
}

// "The war, which ended in 1994": the words between an event's noun and the verb of its ending.
const MAX_ENDED_GAP_WORDS = 2;

/**
 * Where the words that make the date the day an event ended start, or null. A verb of an ending right before the date
 * whose subject is an event ("The war, which ended in 1994, killed 30,000", "Cuộc chiến kết thúc năm 1994 đã làm …"), or
 * after it in its clause, before any figure, with an event its object ("In 1994, a ceasefire ended a war that had killed
 * 30,000"). "The ceasefire ended on Sunday when shelling killed 12" and "On Sunday, shelling that ended a lull killed 12"
 * end no event: Sunday is the day of the 12.
 */
function warsEnd(text: string, d: DateSpan, from: number, to: number, lex: LexiconIndex, figures: SentenceDates['figures']): number | null {
  const before = connectorBefore(lex.endVerbs, text, d.start, lex, from, true);
  if (before !== null) {
    const noun = lex.eventNouns.findAll(text, Math.max(from, before - CLAUSE_LOOKBEHIND), before).at(-1);
    const gap = noun ? text.slice(noun.end, before) : '';
    return noun && !/[;:]/.test(gap) && wordCount(gap.replace(/,/g, ' ')) <= MAX_ENDED_GAP_WORDS ? before : null;
  }
  // "In 1994, một lệnh ngừng bắn (a ceasefire) ended …": a count of one is an article's, no figure the date would be of.
  const figure = figures.find((f) => f.start >= d.end && f.value !== 1)?.start ?? to;
  const verb = lex.endVerbs.findAll(text, d.end, figure)[0];
  // "… agreed on Oct. 10, has not ended the fighting, which has killed 1,000": what did not end has no last day.
  if (!verb || lex.negations.endingAt(text, verb.start, d.end)) return null;
  const between = text.slice(d.end, verb.start);
  // The date's own comma, when it opens the sentence, is no clause break.
  const opens = text.slice(from, d.start).trim() === '' || lex.eventDateOpeners.startingAt(text, skipSpace(text, from), d.start) !== null;
  if (/[;:]/.test(between) || (between.match(/,/g)?.length ?? 0) > (opens && /^\s*,/.test(between) ? 1 : 0)) return null;
  const object = lex.determiners.startingAt(text, skipSpace(text, verb.end), figure)?.end ?? verb.end;
  return lex.eventNouns.startingAt(text, skipSpace(text, object), figure) ? d.start : null;
}

/**
 * A figure with no period of its own ("the fighting has killed hundreds") is read against the open-ended
 * period the document's other figures state ("since 27/9"): the latest such start on or before
 * publication. Periods that date no figure (a ceasefire "from 10/10") are not candidates.
 */
export function ongoingPeriod(usedByFigures: Period[], published: string): Period | null {
  const open = usedByFigures.filter((p) => p.periodEnd === '' && p.periodStart <= published);
  return open.sort((a, b) => a.periodStart.localeCompare(b.periodStart)).at(-1) ?? null;
}

/**
 * A date the sentence ties to what happened ("killed on Sunday", "Hôm qua, 12 người chết") or, `reported`, to
 * when it was said ("said on Monday", "On Sept. 30 the ministry said …", "Bộ Quốc phòng hôm 20/10 cho biết").
 */
export interface DayMark {
  start: number;
  end: number;
  date: string;
  reported: boolean;
  /** A stretch's last day. */
  last: string;
  /** The date names an event ("the Oct. 7 attack"): a toll of it counts that day, not up to it. */
  event?: boolean;
}

/**
 * The dates of text[from, to) that no period or as-of connector has taken. A date counts when an event opener
 * ('on', 'vào') or a casualty cue stands before it, or nothing does in its sentence; it is a reported one when a
 * verb of saying stands right before it, or after it with no figure between and figures after the verb
 * (`figures`: the sentence's numbers). A date in a 'since' clause is a period's or a comparison's, never a day's.
 */
export function findDayMarks(text: string, dates: DateSpan[], from: number, to: number, lex: LexiconIndex,
  taken: readonly (readonly { start: number; end: number }[])[], figures: readonly { start: number }[]): DayMark[] {
  const marks: DayMark[] = [];
  for (const d of dates) {
    if (d.date === null || d.start < from || d.end > to) continue;
    if (possessiveAt(text, d.end) && !eventAfter(text, d, to, lex)) continue;
    if (taken.some((spans) => spans.some((t) => d.start < t.end && d.end > t.start))) continue;
    // "hôm thứ Tư": the opener may be the date's own first word.
    const own = connectorBefore(lex.eventDateOpeners, text, d.start, lex) ?? (lex.eventDateOpeners.startingAt(text, d.start, d.end) ? d.start : null);
    // "Earlier on Monday, …", "said earlier on Monday": openers stack, and the first leads the date.
    const opener = own === null ? null : lex.eventDateOpeners.endingAt(text, own, from)?.start ?? own;
    // "Around 6 p.m. Tuesday, …", "Khoảng 11h sáng Chủ nhật, …": a date that opens the sentence after 'about'.
    const about = opener === null ? lex.qualifiers.endingAt(text, d.start, from) : null;
    const lead = opener ?? (about?.tag === 'approx' && text.slice(from, about.start).trim() === '' ? about.start : d.start);
    // "the deadliest day since the war began on Sept. 27": a date after 'since' starts a period or compares.
    if (clauseOpener(text, lead, from, lex) !== null) continue;
    const back = Math.max(from, lead - COMPARISON_LOOKBEHIND);
    // "Figures released on Monday show …": the day a count was put out, whatever verb shows it.
    const saidBefore = lex.attributionAfter.endingAt(text, lead, back) ?? lex.attributionBefore.endingAt(text, lead, back) ?? lex.publicationVerbs.endingAt(text, lead, back);
    // "On Sept. 30 the ministry said 104 …": the verb after the date, and the figures after the verb.
    const verb = lex.attributionAfter.findAll(text, d.end, to).find((v) => !bringsToll(text, v, lex));
    const saidAfter = verb !== undefined && !figures.some((f) => f.start >= d.end && f.start < verb.start) && figures.some((f) => f.start >= verb.end);
    const reported = saidBefore !== null || saidAfter || citedAt(text, lead, d.end, from, to, lex, figures);
    // A stretch up to publication ("in the past 24 hours", "overnight") is of this sentence's events wherever it stands.
    // "The 2016 war", "cuộc xung đột năm 2016": the date of the event whose dead are counted.
    const ofEvent = eventBefore(text, lead, from, lex) || eventAfter(text, d, to, lex) || tollsEvent(text, lead, from, lex, figures);
    const ties = opener !== null || d.last !== undefined || d.adverb === true || text.slice(from, lead).trim() === '' || lex.measures.endingAt(text, lead, back) !== null || ofEvent;
    if (reported || ties) marks.push({ start: lead, end: d.end, date: d.date, reported, last: d.last ?? d.date, ...(ofEvent ? { event: true } : {}) });
  }
  return marks;
}

/**
 * "7 dân thường thiệt mạng trong đêm qua, nâng tổng số lên 61": a verb of changing a toll with no subject of its own
 * (right after a comma) brings the toll up; it says nothing, and the day before it is the deaths'.
 */
function bringsToll(text: string, verb: { start: number; end: number }, lex: LexiconIndex): boolean {
  return changesToll(text, verb, lex) && text[skipSpaceBack(text, verb.start) - 1] === ',';
}

/**
 * "According to the ministry on Monday, 2,425 …", "Theo Bộ Quốc phòng hôm thứ Hai, …": a date that closes the clause
 * citing a claimant, with no break, figure or cue between, is the day the claim was made ("said 12 soldiers were
 * killed on Monday, …" is the day they died).
 */
function citedAt(text: string, lead: number, end: number, from: number, to: number, lex: LexiconIndex, figures: readonly { start: number }[]): boolean {
  if (text[skipSpace(text, end, to)] !== ',') return false;
  const cite = lex.attributionBefore.findAll(text, from, lead).at(-1);
  return cite !== undefined && runsOn(text, cite.end, lead, /[,;:.!?()"“”—]/, figures) && lex.cues.findAll(text, cite.end, lead).length === 0;
}

/**
 * "The death toll from the missile strike on Ganja on Oct. 17 rose to 13", "Số người chết tại Ganja sau vụ tấn công tên
 * lửa hôm 17/10 đã tăng lên 13": in a toll's own words, with no break or figure between, a date after an event's noun
 * is the event's, however far from the noun.
 */
function tollsEvent(text: string, lead: number, from: number, lex: LexiconIndex, figures: readonly { start: number }[]): boolean {
  const toll = lex.tolls.findAll(text, from, lead).at(-1);
  return toll !== undefined && runsOn(text, toll.end, lead, /[.,;:!?]/, figures) && lex.eventNouns.findAll(text, toll.end, lead).length > 0;
}

/** No mark of `breaks` and no figure in text[from, to): words that run on in one clause. */
function runsOn(text: string, from: number, to: number, breaks: RegExp, figures: readonly { start: number }[]): boolean {
  return !breaks.test(text.slice(from, to)) && !figures.some((f) => f.start >= from && f.start < to);
}

/** What the dates of one sentence say of its figures. */
export interface SentenceDates {
  periods: Period[];
  asOfs: AsOf[];
  /** "killed on Sunday": periods of one day (month, year); `event` as the day mark's. */
  days: Period[];
  /** "said on Monday": when the figures were said. */
  spoken: DayMark[];
  /** Spans of the sentence's numbers that are no figures ("six weeks"), with a duration's length in days. */
  nonFigures: readonly Pick<NonFigure, 'start' | 'end' | 'days' | 'former'>[];
  /** The sentence's number phrases that may be figures. */
  figures: readonly { start: number; end: number; value?: number | null }[];
  /** The sentence's valid dates. */
  dates: readonly DateSpan[];
  /** Whether a word that joins clauses ('and', 'và') stands in text[lo, hi). */
  joined: (lo: number, hi: number) => boolean;
  /** Whether a day in the sentence may date the figure at a position: see `sameEvent`. */
  sameEvent: (day: { start: number; end: number }, figure: { start: number; end: number }) => boolean;
  /**
   * The last day of the earliest date the sentence names outside a 'since' clause ('' when none): "died in the
   * 2016 four-day war" is no part of a period that starts in 2020, whatever the article's other figures count.
   */
  earliest: string;
}

const NO_DATES: SentenceDates = { periods: [], asOfs: [], days: [], spoken: [], nonFigures: [], figures: [], dates: [], earliest: '', sameEvent: () => false, joined: () => false };

const CLAUSE_BREAK = new RegExp(`[;:]|${CLAUSE_COMMA}`, 'g');

/**
 * A day dates a figure of another clause only where the words say the two go together. With a comma or the like
 * between them, the day must open the sentence or a clause after ';' ("On Sunday, 12 …", "In Ganja on Sunday, 12 …", not "The ceasefire agreed
 * on Oct. 10 has not stopped the fighting, which …"), or the figure's
 * clause must start with its verb ("… on Sunday, killing 12", "the strike on Oct. 11, which killed 12", but not "…,
 * which has killed 12"). So
 * "1,000 have died in the fighting, which entered its fourth week on Sunday" and "The ceasefire, agreed on Oct. 10,
 * has not stopped the fighting, which has killed 1,000" count no one day.
 */
function sameEvent(text: string, from: number, lex: LexiconIndex, day: { start: number; end: number }, figure: { start: number; end: number },
  figures: SentenceDates['figures']): boolean {
  const at = figure.start;
  // The figure's own text is no clause break: "rose to 3,439 on Sunday".
  const [lo, hi] = day.end <= at ? [day.end, at] : [figure.end, day.start];
  CLAUSE_BREAK.lastIndex = lo;
  const first = CLAUSE_BREAK.exec(text);
  if (!first || first.index >= hi) return true;
  if (day.end > at) {
    return verbAfterAside(text, first.index, hi, lex, figures) || insideAside(text, from, at, first.index, hi, lex, figures) ||
      listedClause(text, first.index, hi, lex, figures);
  }
  // An opening adverbial opens the sentence or a clause after ';' or ':' ("In the past week, 40 died; on Monday
  // alone, 12 …"): the date first in it, or in a phrase that an event opener starts ("In Ganja on Sunday,").
  let clause = Math.max(from, text.lastIndexOf(';', day.start - 1) + 1, text.lastIndexOf(':', day.start - 1) + 1);
  while (clause < day.start && isSpaceCode(text.charCodeAt(clause))) clause++;
  CLAUSE_BREAK.lastIndex = clause;
  const opening = CLAUSE_BREAK.exec(text);
  const adverbial = clause === day.start || lex.eventDateOpeners.startingAt(text, clause, day.start) !== null;
  if (opening && opening.index >= day.end && opening.index === first.index && adverbial) return true;
  let last = first.index;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < hi; m = CLAUSE_BREAK.exec(text)) last = m.index;
  const pos = last + 1;
  // "At least 51 people were killed on Sunday, including 6 children": a part of the figure in the day's clause.
  if (last === first.index && lex.inclusions.startingAt(text, pos, hi)) {
    const dayClause = clauseStart(text, from, day.start);
    if (figures.some((f) => f.end <= first.index && f.start >= dayClause)) return true;
  }
  // After a relative pronoun, only the verb itself: "the fighting, which has killed 1,000" is no event of one day.
  const relative = lex.relativePronouns.startingAt(text, pos, hi);
  if (relative) return lex.measures.startingAt(text, relative.end, hi) !== null;
  // "The strike on Sunday killed 14 people, including 5 children, and wounded 30": a verb after 'and' with no subject
  // of its own goes on with the day's clause too.
  const verb = lex.clauseOpeners.startingAt(text, pos, hi)?.end ?? pos;
  return (lex.measures.startingAt(text, verb, hi) ?? lex.causatives.startingAt(text, verb, hi) ?? lex.runningTotals.startingAt(text, verb, hi)) !== null;
}

/** Where the clause that holds `at` starts: after the last clause break before it, else at `from`. */
function clauseStart(text: string, from: number, at: number): number {
  let start = from;
  CLAUSE_BREAK.lastIndex = from;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < at; m = CLAUSE_BREAK.exec(text)) start = m.index + 1;
  return start;
}

/**
 * "At least 17 people, including a child, were killed on Sunday", "killed four civilians, including two children, on
 * Saturday": between the figure and a day after it, one aside set off by commas, then a cue, or the aside a part of
 * the figure, and no other figure. The aside opens no clause of its own.
 */
function verbAfterAside(text: string, opens: number, to: number, lex: LexiconIndex, figures: SentenceDates['figures']): boolean {
  if (text[opens] !== ',') return false;
  CLAUSE_BREAK.lastIndex = opens + 1;
  const closes = CLAUSE_BREAK.exec(text);
  if (!closes || closes.index >= to || text[closes.index] !== ',') return false;
  if (breakBefore(text, closes.index + 1, to)) return false;
  if (figures.some((f) => f.start > closes.index && f.start < to)) return false;
  // "killed four civilians, including two children, on Saturday": an aside that is a part leaves the clause open.
  return lex.inclusions.startingAt(text, opens + 1, closes.index) !== null || lex.measures.findAll(text, closes.index + 1, to).length > 0;
}

/**
 * "At least 3 people were killed, 12 others were injured on Monday", "3 người chết, 12 người bị thương hôm thứ Hai": a
 * comma, then a figure with a cue of its own and no other break before the day: the second clause of one list, whose
 * day is the first one's too. "1,000 were killed, 300 on Monday alone" has no such cue.
 */
function listedClause(text: string, comma: number, to: number, lex: LexiconIndex, figures: SentenceDates['figures']): boolean {
  if (text[comma] !== ',') return false;
  const next = figures.find((f) => f.start === skipSpace(text, comma + 1));
  return next !== undefined && next.end <= to && !breakBefore(text, comma + 1, to) && lex.measures.findAll(text, next.end, to).length > 0;
}

/** Whether a clause break stands in text[from, to). */
function breakBefore(text: string, from: number, to: number): boolean {
  CLAUSE_BREAK.lastIndex = from;
  const next = CLAUSE_BREAK.exec(text);
  return next !== null && next.index < to;
}

/**
 * "At least 17 people, including a child, were killed on Sunday": the figure inside the aside, whose closing comma
 * `closes` is the first break after it, has the verb after the aside, and its day, as the figure before the aside does.
 */
function insideAside(text: string, from: number, at: number, closes: number, to: number, lex: LexiconIndex, figures: SentenceDates['figures']): boolean {
  if (text[closes] !== ',') return false;
  const clause = clauseStart(text, from, at);
  return clause > from && verbAfterAside(text, clause - 1, to, lex, figures);
}

/** How many days a period of a day mark spans: a year's 366 at most, a month's 31, a stretch's own. */
function spanDays(p: Period): number {
  if (p.periodStart.length === 4) return 366;
  if (p.periodStart.length === 7) return 31;
  return p.periodEnd.length === 10 ? daysBetween(p.periodStart, p.periodEnd) + 1 : 1;
}

/** A stretch of days up to publication ("the past 24 hours", "tuần qua"): the only dates of days with a last day. */
const isStretch = (d: DayMark): boolean => d.last !== d.date && d.last.length === 10 && d.date.length === 10;

/** The last day a date covers, as an ISO string that sorts against full dates: '2016' → '2016-12-31'. */
function lastDay(d: DateSpan): string {
  const last = d.last ?? d.date ?? '';
  return last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-31` : last;
}

/** The periods, as-of dates and days of text[from, to), a sentence with its numbers (`figures`, `nonFigures`). */
export function sentenceDates(text: string, dates: DateSpan[], from: number, to: number, lex: LexiconIndex,
  figures: SentenceDates['figures'], nonFigures: SentenceDates['nonFigures']): SentenceDates {
  if (dates.length === 0) return NO_DATES;
  const periods = findPeriods(text, dates, from, to, lex);
  const asOfs = findAsOf(text, dates, from, to, lex, figures);
  const days: Period[] = [];
  const spoken: DayMark[] = [];
  const marks = findDayMarks(text, dates, from, to, lex, [periods, asOfs], figures);
  // "The ministry said on Monday that 12 were killed in the past 24 hours": the stretch ends on the day it was said.
  const saidOn = marks.find((d) => d.reported && !isStretch(d))?.date ?? '';
  for (const d of marks) {
    if (formerValuesDay(text, d, figures, nonFigures)) continue;
    if (d.reported) spoken.push({ ...d, date: d.last });
    else if (isStretch(d) && saidOn.length === 10 && saidOn < d.last) {
      days.push({ start: d.start, end: d.end, periodStart: daysBefore(d.date, daysBetween(saidOn, d.last)), periodEnd: saidOn });
    } else days.push({ start: d.start, end: d.end, periodStart: d.date, periodEnd: d.last, ...(d.event ? { event: true } : {}) });
  }
  const inside = dates.filter((d) => d.date !== null && d.start >= from && d.end <= to);
  let earliest = '';
  for (const d of inside) {
    if (clauseOpener(text, d.start, from, lex) !== null) continue;
    const last = lastDay(d);
    if (earliest === '' || last < earliest) earliest = last;
  }
  const joined = (lo: number, hi: number) => lex.conjunctions.findAll(text, lo, hi).some((c) => /^[\p{L}\p{M}]/u.test(c.text));
  return { periods, asOfs, days, spoken, nonFigures, figures, dates: inside, earliest, sameEvent: (day, figure) => sameEvent(text, from, lex, day, figure, figures), joined };
}

/**
 * "The death toll rose to 50 from 40 on Monday", "tăng từ 40 người hôm thứ Hai lên 50": the day of a former value, a
 * few words after it with no comma between ("… from 40, the ministry said on Monday" dates the saying).
 */
function formerValuesDay(text: string, d: { start: number }, figures: SentenceDates['figures'], nonFigures: SentenceDates['nonFigures']): boolean {
  let last: { end: number; former?: boolean } | null = null;
  for (const n of [...figures, ...nonFigures]) if (n.end <= d.start && (!last || n.end > last.end)) last = n;
  if (last === null || !('former' in last) || last.former !== true) return false;
  const gap = text.slice(last.end, d.start);
  return !gap.includes(',') && wordCount(gap) <= MAX_FORMER_GAP_WORDS;
}

/** Of two candidates, the one periodFor would pick for a figure at `at`. */
function nearer<T extends { start: number; end: number }>(a: T | null, b: T | null, at: number): T | null {
  if (!a || !b) return a ?? b;
  const [aBefore, bBefore] = [a.end <= at, b.end <= at];
  if (aBefore !== bBefore) return aBefore ? a : b;
  return aBefore ? (b.end > a.end ? b : a) : (b.start < a.start ? b : a);
}

/**
 * Of two candidates, the one that dates the figure at q: the nearer (see nearer), unless another figure comes
 * before q, which the one before may date, and none between q and the one after: "12 were killed on Sunday and 15
 * were killed on Monday" gives Monday to the 15. So does a clause of its own: "Talks collapsed on Sunday and 12
 * people were killed on Monday".
 */
function closer<T extends { start: number; end: number }>(a: T | null, b: T | null, q: { start: number; end: number }, s: SentenceDates): T | null {
  if (!a || !b) return a ?? b;
  const [before, after] = a.end <= q.start ? [a, b] : [b, a];
  if (before.end <= q.start && after.start >= q.end) {
    const between = (lo: number, hi: number) => s.figures.some((f) => f.start >= lo && f.end <= hi);
    if ((between(0, q.start) || s.joined(before.end, q.start)) && !between(q.end, after.start) && !s.joined(q.end, after.start)) return after;
  }
  return nearer(a, b, q.start);
}

/**
 * The period and as_of of the figure at q. "12 soldiers were killed on Sunday" counts that day, unless a duration
 * lies between the day and the figure ("on Oct. 10 after six weeks of fighting that killed thousands"). A toll or
 * running total (`cumulative`) counts up to its day ("the toll rose to 59 on Sunday"): the day is its as_of.
 */
export function datesOf(s: SentenceDates, q: { start: number; end: number }, cumulative: boolean): { period: Period | null; asOf: string } {
  const period = periodFor(s.periods, q.start);
  let day: Period | null = null;
  let notEvent: Period | null = null;
  for (const d of s.days) {
    const [lo, hi] = [Math.min(d.end, q.end), Math.max(d.start, q.start)];
    if (s.nonFigures.some((n) => n.start >= lo && n.end <= hi && n.days !== undefined && n.days > spanDays(d)) || !s.sameEvent(d, q)) continue;
    // "5.000 người thiệt mạng trong cuộc chiến năm 1994 và 200 người trong năm 2016": a date between the figure
    // and a day after it is the figure's, or says the figure's lies elsewhere.
    if (d.start >= q.end && s.dates.some((x) => x.start >= q.end && x.end <= d.start)) continue;
    day = closer(day, d, q, s);
    if (!d.event) notEvent = closer(notEvent, d, q, s);
  }
  const counted = periodFor(s.asOfs, q.start);
  const asOf = counted?.date ?? '';
  const spoken = periodFor(s.spoken, q.start)?.date ?? '';
  // "The death toll from the Oct. 7 attack stands at 1,200": a toll of one event counts that event's day.
  if (cumulative && !day?.event) {
    // "The toll stood at 300 on Friday and rose to 350 by Sunday": the nearer of the two dates is the toll's.
    const upTo = closer<{ start: number; end: number }>(counted, day, q, s);
    return { period, asOf: (upTo === day ? day?.periodEnd : asOf) || spoken };
  }
  // "The death toll in Saturday's strike rose to 40 on Monday": the event's day is the period, the toll's day its as_of.
  const tollDay = cumulative && notEvent ? notEvent.periodEnd : '';
  return { period: closer(period, day, q, s), asOf: tollDay || asOf || spoken };
}
