// English date expressions. Spans exclude the preposition that introduced them ("on", "since"),
// so the caller can read its own period connectors from the lexicon.
import type { DateGrammar, DateSpan, IsoDate } from '../grammar.ts';
import { calendarUnit, daysBefore, daysIn, lastWeekend, weekday, windowStart, type WindowUnit } from '../calendar.ts';
import { matches, matchesAt, startsOf } from './date-starts.ts';
import { withClockTimes } from '../clock-times.ts';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Case-sensitive on purpose: capitalisation separates "May 5" from "may", "March 2" from "march".
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember|t)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?\b`;
const YEAR = String.raw`(\d{4})(?![\d,.]?\d)`;
const NOT_AFTER_NUMBER = String.raw`(?<![\d,.\-–—/])`;

const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})(?:\s+|(?<=\.))${DAY}(?![/:.,]\d)(?:,?\s+${YEAR})?`, 'g');
const DAY_MONTH = new RegExp(String.raw`${NOT_AFTER_NUMBER}\b${DAY}\s+(?:of\s+)?(${MONTH})(?:,?\s+${YEAR})?`, 'g');
// "Sept. 27 and 28", "Oct. 1-3", "27-29 September": two days of one month, each its own date, so that the words
// between them make the period. The second day is larger, and no counted noun follows it ("on Sept. 27 and 28 people …").
const DAY_JOIN = String.raw`\s*(?:[-–—]|and|to|through|until|till)\s*`;
const MONTH_DAYS = new RegExp(String.raw`\b(${MONTH})(?:\s+|(?<=\.))${DAY}${DAY_JOIN}${DAY}(?![/:.,]\d)(?:,?\s+${YEAR})?`, 'dg');
const DAYS_MONTH = new RegExp(String.raw`${NOT_AFTER_NUMBER}\b${DAY}${DAY_JOIN}${DAY}\s+(?:of\s+)?(${MONTH})(?:,?\s+${YEAR})?`, 'dg');
// DAYS_MONTH is tried only at a number that a dash or a joining word ('and', 'to', 'through', 'until', 'till')
// follows: at the others, which are most, it would fail only after reading past them.
const JOINED = new RegExp(`${DAY}${DAY_JOIN}`, 'y');
const joinsDays = (text: string, at: number): boolean => { JOINED.lastIndex = at; return JOINED.test(text); };
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH})\s+${YEAR}`, 'g');
const ISO = new RegExp(String.raw`${NOT_AFTER_NUMBER}\b(\d{4})-(\d{2})-(\d{2})(?![\d\-])`, 'g');
const YEAR_RANGE = new RegExp(String.raw`${NOT_AFTER_NUMBER}\b(\d{4})\s?[-–—]\s?(\d{4}|\d{2})(?![\d,.]?\d|-)`, 'dg');
// Only the patterns whose group offsets are read carry the 'd' flag: computing them slows every match.
// The words that introduce a year or a month are checked behind it once it is found, so that each
// pattern starts at a digit or a month name, which the regex engine can skip to quickly in a long text.
const WORD_RANGE = /\b(\d{4})(?<=\b(?:between|from)\s+\d{4})\s+(?:and|to|until|till|through)\s+(\d{4})(?![\d,.]?\d)/dgi;
const YEAR_IN_CONTEXT = new RegExp(
  String.raw`\b(\d{4})(?<=\b(?:in|since|from|until|till|to|through|by|between|and|of|before|after|during)\s+\d{4})(?![\d,.]?\d)`, 'dgi');
// "the 2016 four-day war", "a 2019 report": a year before an event's noun, a word or two apart at most. The noun
// is listed, as "the 2000 displaced" is a count.
const EVENT_NOUNS = ['war', 'wars', 'conflict', 'fighting', 'clashes', 'hostilities', 'escalation', 'flare-up', 'offensive', 'battle',
  'ceasefire', 'truce', 'massacre', 'attack', 'attacks', 'invasion', 'coup', 'uprising', 'campaign', 'report', 'census', 'survey', 'earthquake',
  'agreement', 'accord'].join('|');
const YEAR_OF_EVENT = new RegExp(String.raw`\b(\d{4})(?<=\b(?:the|a|an|its|their|this|that)\s+\d{4})(?=(?:\s+[\w-]+){0,2}?\s+(?:${EVENT_NOUNS})\b)`, 'dgi');
// "The war of 2016 killed …": after an event's noun and 'of' or 'in', a year before a verb is still a year.
const AFTER_EVENT = new RegExp(String.raw`\b(?:${EVENT_NOUNS})\s+(?:of|in)\s+$`, 'i');
// "since September": without a preceding preposition a bare month name is too often something else.
const MONTH_ALONE = new RegExp(
  String.raw`\b(${MONTH})(?<=(?:\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]y|[Dd]uring|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id)\s+|\b[Mm]id-|\b(?:start|beginning|middle|end)\s+of\s+)[A-Z][a-z]*\.?)(?!\s*\d)`,
  'dg');
// "the 1990s"; 'early', 'mid' or 'late' before it narrows it to a third of the decade.
const DECADE = /(1[89]\d0|20\d0)s\b/g;
const DECADE_PART = /\b(early|mid|late)[\s-]+$/i;
const DECADE_PARTS: Record<string, [number, number]> = { early: [0, 3], mid: [3, 6], late: [6, 9] };
// Stretches of time up to publication: "overnight" (group 3); "the past 24 hours", "the past week", "the last two days"
// (count in group 4 after 'past', 5 after 'last'; unit in group 6). 'last' needs its count, as "the last day" is as often the final one; and
// "the last 24 hours of the truce" ends elsewhere.
const WINDOW_COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const WINDOW_COUNT = String.raw`(\d{1,3}|${Object.keys(WINDOW_COUNTS).join('|')})`;
const WINDOW = String.raw`([Oo]vernight)|[Tt]he\s+(?:past\s+(?:${WINDOW_COUNT}\s+)?|last\s+${WINDOW_COUNT}\s+)(hours?|days?|weeks?|months?|years?)\b(?!\s+of\b)`;
// "last week", "this month", "last year" (groups 7, 8): a calendar unit; "the last month" is a stretch, and no such unit.
const CALENDAR = String.raw`(?<!\b[Tt]he\s)\b([Ll]ast|[Tt]his)\s+(week|month|year)\b(?!['’]s)`;
// "today", "yesterday" (group 1), weekdays (group 2), stretches up to publication and calendar units, in one pass.
// "since the start of the year", "from the beginning of the month" (group 9): this year, this month. Tried where "the"
// already is for the stretches above, so the pass stops at no new places; the words before are checked behind it.
const UNIT_START = String.raw`\b[Tt]he\s+(week|month|year)\b(?<=\b(?:start|beginning)\s+of\s+[Tt]he\s+[a-z]+)(?!['’]s)`;
const DAY_NAME = new RegExp(String.raw`\b(?:([Tt]oday|[Yy]esterday)|(${WEEKDAYS.join('|')})|${WINDOW})\b|${CALENDAR}|${UNIT_START}`, 'g');
// "over the weekend", "last weekend": the last weekend; "this weekend", "next weekend" are to come. Found from
// 'weekend', far rarer than the words before it.
const WEEKEND_BEFORE = /\b(?:[Tt]he|[Ll]ast)\s+$/;
const WEEKEND_AFTER = /^(?!\w)(?!\s+of\b)/;

// "As of 6 p.m. on Oct. 20", "as of 0800 GMT Tuesday", "at midnight on Sunday": a time of day before a day.
const TIME_BEFORE = /(?<![\w:.])(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}:\d{2}|\d{4}\s*(?:GMT|UTC)|noon|midnight)(?:\s+(?:local time|GMT|UTC))?,?\s+(?:on\s+)?$/i;

// A 4-digit figure followed by a casualty noun, directly or after the other end of a range, is a count
// ("since 2000 people fled", "between 2000 and 3000 people"), not a year.
const COUNTED = 'people|persons|civilians|soldiers|troops|servicemen|fighters|militants|rebels|police|deaths|dead|casualties|men|women|children|residents|refugees|victims|bodies|others|more|lives';
const COUNT_WORD = new RegExp(String.raw`^\s*(?:(?:and|to|or|[-–—])\s*(\d[\d,]*)\s*)?(?:${COUNTED}|killed|wounded|injured|were|are|have|died)\b`, 'i');
const COUNTED_NEXT = new RegExp(String.raw`^\s*(?:${COUNTED})\b`, 'i');

// "The war of 1988-1994 killed …": two close years joined by a dash, before a verb, are years. A count of the
// same shape is round ("1900-2000 killed") or spans more than a generation.
const COUNT_VERB = /^\s*(?:killed|wounded|injured|dead|died|were|are|have)\b/i;
const MAX_YEAR_SPAN = 30;
const looksLikeYears = (y1: number, y2: number): boolean => y2 - y1 <= MAX_YEAR_SPAN && !(y1 % 50 === 0 && y2 % 50 === 0);

/**
 * Whether a count follows the year `year` that ends at `at`. "in 1994 and 200 people were killed" is a year
 * and a count: the other end of a range is larger than its first.
 */
function countAfter(text: string, at: number, year: number): boolean {
  const m = COUNT_WORD.exec(text.slice(at));
  return m !== null && (m[1] === undefined || Number(m[1].replace(/,/g, '')) > year);
}

interface Candidate { start: number; end: number; spans: DateSpan[] }

// "in April last year", "Sept. 27 of this year": a year said in words after a month or a day.
const YEAR_IN_WORDS = /^,?\s+(?:of\s+)?([Ll]ast|[Tt]his)\s+year\b(?!['’]s)/;
// "since last April": the latest such month before the one of publication.
const LAST_BEFORE = /\b[Ll]ast\s+$/;

/**
 * A month or a day whose year the text gives in words, before or after it ("April last year", "last April"), instead
 * of the year the day's place before publication gives it.
 */
function yearInWords(text: string, c: Candidate, published: IsoDate): Candidate {
  const only = c.spans.length === 1 ? c.spans[0]! : null;
  if (!only?.yearInferred || only.date === null || (only.precision !== 'month' && only.precision !== 'day')) return c;
  const [py, pm] = parsePublished(published);
  const after = YEAR_IN_WORDS.exec(text.slice(c.end, c.end + 24));
  const before = after ? null : LAST_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start));
  if (!after && !(before && only.precision === 'month')) return c;
  const [, m, d] = only.date.split('-').map(Number) as [number, number, number | undefined];
  const y = after ? (/^l/i.test(after[1]!) ? py - 1 : py) : m >= pm ? py - 1 : py;
  const start = before ? c.start - before[0].length : c.start;
  const end = after ? c.end + after[0].length : c.end;
  const fields = d === undefined ? { date: `${pad(y, 4)}-${pad(m)}`, precision: 'month' as const, yearInferred: false } : dayDate(y, m, d, false);
  return { start, end, spans: [span(text, start, end, fields)] };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const monthOf = (name: string): number => MONTH_NAMES.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
const isYear = (y: number): boolean => y >= 1900 && y <= 2099;

let lastPublished: { published: string; ymd: [number, number, number] } | null = null;

function parsePublished(published: IsoDate): [number, number, number] {
  if (lastPublished?.published === published) return lastPublished.ymd;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m) throw new Error(`published must be YYYY-MM-DD, got '${published}'`);
  lastPublished = { published, ymd: [Number(m[1]), Number(m[2]), Number(m[3])] };
  return lastPublished.ymd;
}

const shiftedDates = new Map<string, IsoDate>();

function shifted(published: IsoDate, days: number): IsoDate {
  const key = `${published}${days}`;
  let date = shiftedDates.get(key);
  if (date === undefined) {
    date = daysBefore(published, -days);
    if (shiftedDates.size > 1000) shiftedDates.clear();
    shiftedDates.set(key, date);
  }
  return date;
}

function span(text: string, start: number, end: number, fields: Omit<DateSpan, 'start' | 'end' | 'text'>): DateSpan {
  return { start, end, text: text.slice(start, end), ...fields };
}

function dayDate(y: number, m: number, d: number, yearInferred: boolean): Omit<DateSpan, 'start' | 'end' | 'text'> {
  const base = { precision: 'day' as const, yearInferred };
  if (m < 1 || m > 12) return { ...base, date: null, problem: `month ${m} is out of range` };
  if (d < 1 || d > daysIn(y, m)) {
    return { ...base, date: null, problem: `day ${d} is out of range for ${MONTH_NAMES[m - 1]} ${y}` };
  }
  return { ...base, date: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

// A written day without a year is the latest such day on or before publication.
function inferYear(published: IsoDate, m: number, d: number): number {
  const [py, pm, pd] = parsePublished(published);
  return m > pm || (m === pm && d > pd) ? py - 1 : py;
}

function monthDay(text: string, published: IsoDate, start: number, end: number, m: number, d: number,
  year: string | undefined): DateSpan {
  const fields = year === undefined
    ? dayDate(inferYear(published, m, d), m, d, true)
    : dayDate(Number(year), m, d, false);
  return span(text, start, end, fields);
}

function yearSpans(text: string, g: [number, number][], first: string, second: string): DateSpan[] | null {
  const y1 = Number(first);
  let y2 = Number(second);
  if (second.length === 2) y2 += Math.floor(y1 / 100) * 100 + (y2 <= y1 % 100 ? 100 : 0);
  if (!isYear(y1) || !isYear(y2) || y2 <= y1) return null;
  return [y1, y2].map((y, i) => span(text, g[i]![0], g[i]![1], { date: String(y), precision: 'year', yearInferred: false }));
}

function candidates(text: string, published: IsoDate): Candidate[] {
  const out: Candidate[] = [];
  const { months, digits, fours } = startsOf(text);
  const add = (spans: DateSpan[] | null, m: RegExpExecArray, yearOnly = false): void => {
    if (spans && !(yearOnly && countAfter(text, m.index + m[0].length, Number(spans[spans.length - 1]!.date?.slice(0, 4))))) {
      out.push({ start: spans[0]!.start, end: spans[spans.length - 1]!.end, spans });
    }
  };
  for (const m of matchesAt(MONTH_DAY, text, months)) {
    add([monthDay(text, published, m.index, m.index + m[0].length, monthOf(m[1]!), Number(m[2]), m[3])], m);
  }
  for (const m of matchesAt(DAY_MONTH, text, digits)) {
    add([monthDay(text, published, m.index, m.index + m[0].length, monthOf(m[2]!), Number(m[1]), m[3])], m);
  }
  const twoDays = (m: RegExpExecArray, month: string, first: [number, number], second: [number, number], d1: number, d2: number, year: string | undefined) => {
    if (!(d2 > d1 && d2 <= 31) || COUNTED_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return;
    const mo = monthOf(month);
    add([monthDay(text, published, first[0], first[1], mo, d1, year), monthDay(text, published, second[0], second[1], mo, d2, year)], m);
  };
  for (const m of matchesAt(MONTH_DAYS, text, months)) {
    twoDays(m, m[1]!, [m.index, m.indices![2]![1]], [m.indices![3]![0], m.index + m[0].length], Number(m[2]), Number(m[3]), m[4]);
  }
  for (const m of matchesAt(DAYS_MONTH, text, digits.filter((at) => joinsDays(text, at)))) {
    twoDays(m, m[3]!, [m.index, m.indices![1]![1]], [m.indices![2]![0], m.index + m[0].length], Number(m[1]), Number(m[2]), m[4]);
  }
  for (const m of matchesAt(MONTH_YEAR, text, months)) {
    const [y, mo] = [Number(m[2]), monthOf(m[1]!)];
    add([span(text, m.index, m.index + m[0].length, { date: `${pad(y, 4)}-${pad(mo)}`, precision: 'month', yearInferred: false })], m);
  }
  for (const m of matchesAt(ISO, text, fours)) {
    add([span(text, m.index, m.index + m[0].length, dayDate(Number(m[1]), Number(m[2]), Number(m[3]), false))], m);
  }
  for (const m of matchesAt(YEAR_RANGE, text, fours)) {
    const spans = yearSpans(text, [m.indices![1]!, m.indices![2]!], m[1]!, m[2]!);
    const years = spans !== null && looksLikeYears(Number(spans[0]!.date), Number(spans[1]!.date)) && COUNT_VERB.test(text.slice(m.index + m[0].length));
    add(spans, m, !years);
  }
  for (const m of matchesAt(WORD_RANGE, text, fours)) add(yearSpans(text, [m.indices![1]!, m.indices![2]!], m[1]!, m[2]!), m, true);
  for (const m of matchesAt(DECADE, text, fours)) {
    const decade = Number(m[1]);
    const [first, last] = DECADE_PARTS[DECADE_PART.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[1]?.toLowerCase() ?? ''] ?? [0, 9];
    add([span(text, m.index, m.index + m[0].length, { date: String(decade + first), last: String(decade + last), precision: 'year', yearInferred: false })], m);
  }
  for (const m of matchesAt(YEAR_IN_CONTEXT, text, fours)) {
    const [s, e] = m.indices![1]!;
    const event = AFTER_EVENT.test(text.slice(Math.max(0, s - 24), s));
    if (isYear(Number(m[1]))) add([span(text, s, e, { date: m[1]!, precision: 'year', yearInferred: false })], m, !event);
  }
  for (const m of matchesAt(YEAR_OF_EVENT, text, fours)) {
    const [s, e] = m.indices![1]!;
    if (isYear(Number(m[1]))) add([span(text, s, e, { date: m[1]!, precision: 'year', yearInferred: false })], m);
  }
  for (const m of matchesAt(MONTH_ALONE, text, months)) {
    const [s, e] = m.indices![1]!;
    const mo = monthOf(m[1]!);
    const y = inferYear(published, mo, 1);
    add([span(text, s, e, { date: `${pad(y, 4)}-${pad(mo)}`, precision: 'month', yearInferred: true })], m);
  }
  for (let at = text.indexOf('weekend'); at >= 0; at = text.indexOf('weekend', at + 7)) {
    const lead = WEEKEND_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
    if (!lead || !WEEKEND_AFTER.test(text.slice(at + 7, at + 11))) continue;
    const start = at - lead[0].length;
    out.push({ start, end: at + 7, spans: [span(text, start, at + 7, { ...lastWeekend(published), precision: 'day', yearInferred: false, adverb: true })] });
  }
  for (const m of matches(DAY_NAME, text)) {
    let date: IsoDate;
    if (m[9] !== undefined) {
      const unit = calendarUnit(published, m[9] as 'week' | 'month' | 'year', 0);
      add([span(text, m.index, m.index + m[0].length, { ...unit, yearInferred: false })], m);
      continue;
    }
    if (m[7] !== undefined) {
      const unit = calendarUnit(published, m[8] as 'week' | 'month' | 'year', /^l/i.test(m[7]) ? 1 : 0);
      add([span(text, m.index, m.index + m[0].length, { ...unit, yearInferred: false, adverb: true })], m);
      continue;
    }
    if (m[2] === undefined && m[1] === undefined) {
      const written = m[4] ?? m[5];
      const count = written === undefined ? 1 : WINDOW_COUNTS[written.toLowerCase()] ?? Number(written);
      const unit = m[3] ? 'day' : (m[6]!.toLowerCase().replace(/s$/, '') as WindowUnit);
      if (count > 0) add([span(text, m.index, m.index + m[0].length, { date: windowStart(published, count, unit), last: published, precision: 'day', yearInferred: false })], m);
      continue;
    }
    if (m[1]) date = /^t/i.test(m[1]) ? published : shifted(published, -1);
    else date = shifted(published, -((weekday(published) - WEEKDAYS.indexOf(m[2]!) + 7) % 7));
    add([span(text, m.index, m.index + m[0].length, { date, precision: 'day', yearInferred: false, adverb: true })], m);
  }
  return out.map((c) => yearInWords(text, c, published));
}

export const enDates: DateGrammar = {
  scan(text, published) {
    parsePublished(published);
    const sorted = candidates(text, published).sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: DateSpan[] = [];
    let reached = 0;
    for (const c of sorted) {
      if (c.start < reached) continue;
      kept.push(...c.spans);
      reached = c.end;
    }
    return withClockTimes(text, kept, TIME_BEFORE);
  },
};
