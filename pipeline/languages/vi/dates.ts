import type { DateGrammar, DateSpan, IsoDate } from '../grammar.ts';
import { calendarUnit, daysBefore, daysIn, lastWeekend, weekday, windowStart, type WindowUnit } from '../calendar.ts';
import { withClockTimes } from '../clock-times.ts';
import { dateStarts, WINDOW_COUNTS } from './date-starts.ts';

// Vietnamese dates are day-first: "27/9", "ngày 27 tháng 9 năm 2020", "tháng 2/1988", "năm 1988".

type Found =
  /** `back`: the year said in words after the day or month, years before publication's ("tháng 4 năm ngoái"). */
  | { kind: 'day'; d: number; m: number; y?: string | undefined; back?: number }
  | { kind: 'month'; m: number; y?: string | undefined; back?: number }
  | { kind: 'year'; y: string }
  /** "thập niên 1990", "đầu những năm 1990": `part` is 'đầu' (early), 'giữa' (mid), 'cuối' (late) or none. */
  | { kind: 'decade'; y: string; part: string | undefined }
  /** `firstEnd`, `secondStart`: where the first year ends and the second starts, from the start of the match. */
  | { kind: 'years'; y1: string; y2: string; firstEnd: number; secondStart: number }
  /** "ngày 27 và 28/9", "27-29/9": two days of one month; offsets from the start of the match. */
  | { kind: 'days'; d1: number; d2: number; m: number; y?: string | undefined; firstEnd: number; secondStart: number }
  | { kind: 'daysAgo'; n: number }
  /** "tuần trước", "tháng này": the calendar unit `back` units before publication's. */
  | { kind: 'calendar'; unit: 'week' | 'month' | 'year'; back: number }
  /** A day of the week, 0 for Sunday: the latest such day on or before publication. */
  | { kind: 'weekday'; day: number }
  | { kind: 'weekend' }
  | { kind: 'yearsAgo'; n: number }
  /** "trong 24 giờ qua", "tuần qua", "đêm qua": the last `n` units up to publication. */
  | { kind: 'window'; n: number; unit: WindowUnit };
type Raw = Found & { start: number; end: number };

const MONTH_WORDS: Record<string, number> = {
  'mười một': 11, 'mười hai': 12, mười: 10, giêng: 1, chạp: 12, hai: 2, ba: 3, tư: 4, bốn: 4,
  năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
// "tháng một" is left out: "mỗi tháng một lần" / "tháng một số" read it as the numeral far more often.
const MONTH = `(\\d{1,2}|${Object.keys(MONTH_WORDS).map((w) => w.replace(' ', '\\s+')).join('|')})`;
// A date ends where no letter/digit follows and no separator leads into more digits ("21/10/..", "17.10.2").
const END = String.raw`(?![\p{L}\p{M}\p{N}]|[.,/]\d)`;
const DAY_WORD = String.raw`(?:ngày\s+)?(?:(?:mồng|mùng)\s+)?`;
const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
// Words before "tháng" that make it the noun "month(s)" ("mỗi tháng 2 lần", "3 tháng 2 ngày").
const QUANTITY = /(?:^|[^\p{L}\p{M}\p{N}])(?:\d+|mỗi|hàng|hằng|từng|mấy|vài|các|những|nhiều|nửa|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|chục|trăm)\s+$/u;
// A bare "D tháng M" followed by a unit is a duration ("3 tháng 2 ngày"), not a date.
const UNIT_NEXT = /^\s+(?:ngày|tuần|tháng|năm|giờ|phút)(?![\p{L}\p{M}])/u;
// A bare "D/M" followed by what it is a part of is a fraction: "2/3 trong số 100.000 người", "1/3 dân số".
const OF_WHOLE_NEXT = /^\s+(?:trong\s+số|số|dân\s+số|tổng\s+số)(?![\p{L}\p{M}])/u;
// Nouns after two four-digit numbers that make them a count, not years.
const COUNTED = /^\s*(?:người|binh sĩ|binh lính|quân|lính|dân|thường dân|trẻ|ca|nạn nhân|thi thể|chiến binh)(?![\p{L}\p{M}])/u;
const isYear = (y: number): boolean => y >= 1900 && y <= 2099;
const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6, 'bẩy': 6 };
// Words before a weekday that say which part of the day: "sáng thứ Hai", "hôm Chủ nhật", "vào thứ Ba".
const DAY_PART = '(?:hôm|ngày|sáng|chiều|tối|đêm|trưa|rạng\\s+sáng|vào)';
const WINDOW_UNITS: Record<string, WindowUnit> = { 'giờ': 'hour', 'ngày': 'day', 'tuần': 'week', 'tháng': 'month', 'năm': 'year' };

// "Tính đến 17h ngày 20/10", "6 giờ sáng 20/10", "17h30 ngày 20/10": a time of day before a day.
const TIME_BEFORE = /(?<![\p{L}\p{M}\p{N}:.])\d{1,2}\s*(?:h|giờ|:)(?:\s*\d{2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối|đêm))?,?\s+(?:ngày\s+)?$/u;

// 'cuối' (end) right before 'tuần' (week) makes it the weekend.
const WEEKEND_END = /(?:^|[^\p{L}\p{M}])cuối\s+$/u;

// Early, mid and late decade: a third of it each.
const DECADE_PARTS: Record<string, [number, number]> = { 'đầu': [0, 3], 'giữa': [3, 6], 'cuối': [6, 9] };

const monthOf = (s: string): number => MONTH_WORDS[s.replace(/\s+/g, ' ')] ?? Number(s);
const plausibleDay = (d: number, m: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(2000, m);

interface Rule {
  re: RegExp;
  /** `text` is the text as written: case tells 'thứ Hai' (Monday) from 'thứ hai' (second). */
  make(m: RegExpExecArray, low: string, text: string): Found | null;
  /** The characters the rule can start with ('0' for any digit): the others are not tried. */
  first: string;
}
const rule = (first: string, src: string, make: Rule['make']): Rule => ({ re: new RegExp(src, 'uy'), make, first });

// "1988-94": the second year in two digits, of the first one's century (or the next), is a year only this close to it.
const MAX_SHORT_YEAR_SPAN = 30;

/** Two years, the first in group 1, the second (four digits, or two after a dash) in group 2; null for a count. */
function years(m: RegExpExecArray, low: string): Found | null {
  const y1 = Number(m[1]);
  let y2 = Number(m[2]);
  if (m[2]!.length === 2) {
    y2 += Math.floor(y1 / 100) * 100 + (y2 <= y1 % 100 ? 100 : 0);
    if (y2 - y1 > MAX_SHORT_YEAR_SPAN) return null;
  }
  const counted = COUNTED.test(low.slice(m.index + m[0].length));
  if (!isYear(y1) || !isYear(y2) || y2 <= y1 || counted) return null;
  const firstEnd = m[0].indexOf(m[1]!) + 4;
  return { kind: 'years', y1: m[1]!, y2: String(y2), firstEnd, secondStart: m[0].length - m[2]!.length };
}

// "ngày 27 và 28/9", "27-29/9", "từ ngày 27 đến 29 tháng 9", "đêm 16 rạng sáng 17/10" (the night of the 16th into the
// dawn of the 17th): each day its own date, so that the words between them make the period. The second day is the larger.
const twoDays: Rule = {
  first: 'nm0',
  re: new RegExp(String.raw`(?:ngày\s+(?:(?:mồng|mùng)\s+)?|(?:mồng|mùng)\s+)?(\d{1,2})\s*(?:[-–—]|và|đến|tới|rạng\s+sáng)\s*(?:ngày\s+)?(\d{1,2})(?:/(\d{1,2})(?:/(\d{4}))?|\s+tháng\s+${MONTH}(?:(?:\s+năm\s+|\s*[/,]\s*)(\d{4}))?)${END}`, 'duy'),
  make(m) {
    const [d1, d2] = [Number(m[1]), Number(m[2])];
    if (!(d1 >= 1 && d2 > d1 && d2 <= 31)) return null;
    const [firstEnd, secondStart] = [m.indices![1]![1] - m.index, m.indices![2]![0] - m.index];
    return { kind: 'days', d1, d2, m: m[3] ? Number(m[3]) : monthOf(m[5]!), y: m[4] ?? m[6], firstEnd, secondStart };
  },
};

// Tried in order at each word start; the first that matches wins, so longer shapes come first.
const RULES: Rule[] = [
  twoDays,
  rule('nm0', `(ngày\\s+(?:(?:mồng|mùng)\\s+)?|(?:mồng|mùng)\\s+)?(\\d{1,2})\\s+tháng\\s+${MONTH}(?:(?:\\s+năm\\s+|\\s*[/,]\\s*)(\\d{4}))?${END}`,
    (m, low) => {
      const bare = !m[1] && !m[4];
      if (bare && UNIT_NEXT.test(low.slice(m.index + m[0].length))) return null;
      return { kind: 'day', d: Number(m[2]), m: monthOf(m[3]!), y: m[4] };
    }),
  rule('t0', `(?:tháng\\s+)?(\\d{1,2})/(\\d{4})${END}`, (m) => ({ kind: 'month', m: Number(m[1]), y: m[2] })),
  rule('nm0', `(${DAY_WORD})(\\d{1,2})/(\\d{1,3})(?:/(\\d{4}|\\d{2}))?${END}`,
    (m, low) => !m[1] && !m[4] && OF_WHOLE_NEXT.test(low.slice(m.index + m[0].length, m.index + m[0].length + 16)) ? null
      : { kind: 'day', d: Number(m[2]), m: Number(m[3]), y: m[4] }),
  // With '.', only a valid day.month counts unless "ngày" announces a date: "1.200" stays a number.
  rule('n0', `(ngày\\s+)?(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}))?${END}`, (m) => {
    const d = Number(m[2]), mo = Number(m[3]);
    return m[1] || plausibleDay(d, mo) ? { kind: 'day', d, m: mo, y: m[4] } : null;
  }),
  rule('t', `tháng\\s+${MONTH}(?:\\s+năm\\s+(\\d{4}))?${END}`, (m, low) =>
    QUANTITY.test(low.slice(Math.max(0, m.index - 12), m.index)) ? null : { kind: 'month', m: monthOf(m[1]!), y: m[2] }),
  rule('n', `năm\\s+(\\d{4})\\s?[-–—]\\s?(\\d{4}|\\d{2})${END}`, years),
  // "năm 1988 đến 1994": the second year's 'năm' left out (with it, each year is found alone).
  rule('n', `năm\\s+(\\d{4})\\s+(?:đến|tới)\\s+(\\d{4})${END}`, years),
  rule('n', `năm\\s+(\\d{4})${END}`, (m) => ({ kind: 'year', y: m[1]! })),
  // "trong 24 giờ qua", "trong 3 ngày qua": a stretch up to publication. Without a count ("tuần qua", "đêm qua"), one
  // unit, unless a vaguer word counts it ("những ngày qua", in recent days).
  rule('0mhbnstc', `(\\d{1,3}|${Object.keys(WINDOW_COUNTS).join('|')})\\s+(giờ|ngày|tuần|tháng|năm)\\s+qua${END}`,
    (m) => ({ kind: 'window', n: WINDOW_COUNTS[m[1]!] ?? Number(m[1]), unit: WINDOW_UNITS[m[2]!]! })),
  rule('ntđ', `(?:(ngày|tuần|tháng|năm)|đêm)\\s+qua${END}`, (m, low) =>
    QUANTITY.test(low.slice(Math.max(0, m.index - 12), m.index)) ? null : { kind: 'window', n: 1, unit: WINDOW_UNITS[m[1] ?? 'ngày']! }),
  // "cuộc chiến 1988-1994": two years, the second later, and no victims after them ("2000-3000 người" is a count).
  rule('0', `(\\d{4})\\s?[-–—]\\s?(\\d{4}|\\d{2})${END}`, years),
  // "từ 1988 đến 1994" (from 1988 to 1994): with 'từ' before it, a bare year joined by 'đến' or 'tới' to another.
  rule('0', `(\\d{4})(?<=(?:^|[^\\p{L}\\p{M}])từ\\s+\\d{4})\\s+(?:đến|tới)\\s+(?:năm\\s+)?(\\d{4})${END}`, years),
  rule('nhb', `(?:ngày\\s+)?(?:hôm|bữa)\\s+(nay|qua|kia)${END}`,
    (m) => ({ kind: 'daysAgo', n: m[1] === 'nay' ? 0 : m[1] === 'qua' ? 1 : 2 })),
  // "sáng nay" (this morning), "rạng sáng nay", "tối qua" (last evening): a part of today or yesterday.
  rule('rstc', `(?:rạng\\s+)?(?:sáng|trưa|chiều|tối)\\s+(nay|qua)${END}`, (m) => ({ kind: 'daysAgo', n: m[1] === 'nay' ? 0 : 1 })),
  rule('n', `năm\\s+(nay|ngoái)${END}`, (m) => ({ kind: 'yearsAgo', n: m[1] === 'nay' ? 0 : 1 })),
  // "tuần trước" (last week), "tháng này" (this month), "năm trước"; "3 tháng trước" (three months ago) is none.
  // "cuối tuần này" (this weekend) is the weekend's, and one to come.
  rule('tn', `(tuần|tháng|năm)\\s+(trước|này)${END}`, (m, low) => QUANTITY.test(low.slice(Math.max(0, m.index - 12), m.index)) || (m[1] === 'tuần' && WEEKEND_END.test(low.slice(Math.max(0, m.index - 8), m.index))) ? null
    : { kind: 'calendar', unit: m[1] === 'tuần' ? 'week' : m[1] === 'tháng' ? 'month' : 'year', back: m[2] === 'này' ? 0 : 1 }),
  // "hôm thứ Hai", "Chủ nhật": after 'hôm' any case; otherwise only a capital makes 'thứ hai' Monday, not 'second'.
  rule('hnsctđvtcr', `(${DAY_PART}\\s+)?(?:thứ\\s+(hai|ba|tư|năm|sáu|bảy|bẩy)|(chủ)\\s+nhật)${END}`, (m, _low, text) => {
    const word = m[2] ?? m[3] ?? '';
    const at = m.index + m[0].lastIndexOf(word);
    const day = m[3] ? 0 : WEEKDAYS[word] ?? -1;
    return day >= 0 && (/^hôm\b/u.test(m[1] ?? '') || /\p{Lu}/u.test(text[at] ?? '')) ? { kind: 'weekday', day } : null;
  }),
  // "Kể từ đầu năm" (since the start of the year): with no year after it, this year. The decade rule below may start
  // at 'đầu' too ("đầu thập niên 1990"), but never where this one matches.
  rule('đ', `đầu\\s+năm(?!\\s+(?:\\d|nay|ngoái|trước|này))${END}`, () => ({ kind: 'yearsAgo', n: 0 })),
  // "Từ đầu tháng đến nay", "Tính từ đầu tuần" (since the start of the month, of the week): this month, this week. Not
  // "đầu tháng 10", "đầu tháng Mười" or "đầu tuần tới" (early next week), nor one a word of when follows.
  rule('đ', `đầu\\s+(tháng|tuần)${END}(?!\\s+(?:\\d|${MONTH.slice(1, -1)}|nay|ngoái|trước|này|qua|tới|sau|sắp|rồi)${END})`,
    (m) => ({ kind: 'calendar', unit: m[1] === 'tuần' ? 'week' : 'month', back: 0 })),
  // "cuối tuần qua", "cuối tuần trước", "dịp cuối tuần": the last weekend; "cuối tuần này", "cuối tuần tới" are to come.
  rule('c', `cuối\\s+tuần(?:\\s+(?:qua|trước|rồi))?${END}(?!\\s+(?:này|tới|sau|sắp))`, () => ({ kind: 'weekend' })),
  // Last: its words start no other rule's date, so trying it after them changes no match.
  rule('đgcnt', `(?:(đầu|giữa|cuối)\\s+)?(?:những\\s+năm|thập\\s+(?:niên|kỷ|kỉ))\\s+(\\d{3}0)${END}`, (m) => ({ kind: 'decade', y: m[2]!, part: m[1] })),
];

// "tháng 4 năm ngoái" (April last year), "ngày 27/9 năm nay": a day's or a month's year said in words.
const YEAR_IN_WORDS = new RegExp(String.raw`\s+(?:của\s+)?năm\s+(nay|này|ngoái|trước)${END}`, 'uy');

// Lower-cases without changing UTF-16 length, so offsets into the result are offsets into the input.
function lower(s: string): string {
  const fast = s.toLowerCase();
  if (fast.length === s.length) return fast;
  let out = '';
  for (const c of s) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

function find(text: string): Raw[] {
  const low = lower(text);
  const out: Raw[] = [];
  let reached = 0;
  for (const pos of dateStarts(low)) {
    if (pos < reached) continue;
    const c = low[pos] ?? '';
    const first = c >= '0' && c <= '9' ? '0' : c;
    for (const r of RULES) {
      if (!r.first.includes(first)) continue;
      r.re.lastIndex = pos;
      const m = r.re.exec(low);
      const found = m && r.make(m, low, text);
      if (m && found) {
        // `found` is a fresh object: giving it its offsets avoids copying rule results of many shapes.
        const raw = found as Raw;
        raw.start = pos;
        raw.end = pos + m[0].length;
        if ((raw.kind === 'day' || raw.kind === 'month') && raw.y === undefined) {
          YEAR_IN_WORDS.lastIndex = raw.end;
          const year = YEAR_IN_WORDS.exec(low);
          if (year) { raw.back = year[1] === 'nay' || year[1] === 'này' ? 0 : 1; raw.end = YEAR_IN_WORDS.lastIndex; }
        }
        out.push(raw);
        reached = raw.end;
        break;
      }
    }
  }
  return out;
}

/** Offsets of every date expression, so the numeral scanner can leave their digits alone. */
export function dateRanges(text: string): Array<[number, number]> {
  return find(text).map((r) => [r.start, r.end]);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function expandYear(y: string, pubYear: number): number {
  if (y.length === 4) return Number(y);
  const full = pubYear - (pubYear % 100) + Number(y);
  return full > pubYear ? full - 100 : full;
}

type Resolved = Pick<DateSpan, 'date' | 'precision' | 'yearInferred' | 'problem' | 'last' | 'adverb'>;

function resolve(r: Exclude<Found, { kind: 'years' | 'days' }>, published: IsoDate, py: number, pm: number, pd: number): Resolved {
  switch (r.kind) {
    case 'daysAgo':
      return { date: daysBefore(published, r.n), precision: 'day', yearInferred: false, adverb: true };
    case 'weekday':
      return { date: daysBefore(published, (weekday(published) - r.day + 7) % 7), precision: 'day', yearInferred: false, adverb: true };
    case 'weekend':
      return { ...lastWeekend(published), precision: 'day', yearInferred: false, adverb: true };
    case 'window':
      return { date: windowStart(published, r.n, r.unit), last: published, precision: 'day', yearInferred: false };
    case 'calendar':
      return { ...calendarUnit(published, r.unit, r.back), yearInferred: false, adverb: true };
    case 'yearsAgo':
      return { date: String(py - r.n), precision: 'year', yearInferred: false, adverb: true };
    case 'year':
      return { date: r.y, precision: 'year', yearInferred: false };
    case 'decade': {
      const [first, last] = DECADE_PARTS[r.part ?? ''] ?? [0, 9];
      return { date: String(Number(r.y) + first), last: String(Number(r.y) + last), precision: 'year', yearInferred: false };
    }
    case 'month': {
      if (r.m < 1 || r.m > 12) return bad('month', r.y, `month ${r.m} is out of range`);
      const y = r.y ? expandYear(r.y, py) : r.back !== undefined ? py - r.back : r.m > pm ? py - 1 : py;
      return { date: `${y}-${pad(r.m)}`, precision: 'month', yearInferred: !r.y && r.back === undefined };
    }
    case 'day': {
      const { d, m } = r;
      if (m < 1 || m > 12) return bad('day', r.y, `month ${m} is out of range`);
      if (d < 1 || d > 31) return bad('day', r.y, `day ${d} is out of range`);
      if (!r.y && r.back !== undefined) {
        const y = py - r.back;
        if (d > daysIn(y, m)) return bad('day', r.y, `there is no ${d} ${NAMES[m - 1]} ${y}`);
        return { date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day', yearInferred: false };
      }
      if (!r.y) {
        if (!plausibleDay(d, m)) return bad('day', r.y, `there is no ${d} ${NAMES[m - 1]}`);
        let y = m > pm || (m === pm && d > pd) ? py - 1 : py;
        while (d > daysIn(y, m)) y--; // 29 February: the latest leap year not after publication
        return { date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day', yearInferred: true };
      }
      const y = expandYear(r.y, py);
      if (d > daysIn(y, m)) return bad('day', r.y, `there is no ${d} ${NAMES[m - 1]} ${y}`);
      return { date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day', yearInferred: false };
    }
  }
}

function bad(precision: 'day' | 'month', y: string | undefined, problem: string): Resolved {
  return { date: null, precision, yearInferred: !y, problem };
}

export const viDates: DateGrammar = {
  scan(text: string, published: IsoDate): DateSpan[] {
    const pub = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
    if (!pub) throw new Error(`published must be YYYY-MM-DD, got "${published}"`);
    const [py, pm, pd] = [Number(pub[1]), Number(pub[2]), Number(pub[3])];
    return withClockTimes(text, find(text).flatMap((r): DateSpan[] => {
      if (r.kind === 'days') {
        const day = (start: number, end: number, d: number): DateSpan =>
          ({ start, end, text: text.slice(start, end), ...resolve({ kind: 'day', d, m: r.m, y: r.y }, published, py, pm, pd) });
        return [day(r.start, r.start + r.firstEnd, r.d1), day(r.start + r.secondStart, r.end, r.d2)];
      }
      if (r.kind !== 'years') return [{ start: r.start, end: r.end, text: text.slice(r.start, r.end), ...resolve(r, published, py, pm, pd) }];
      // Each year is its own date, as in "từ năm 1988 đến năm 1994", and the dash between them makes the period.
      const year = (start: number, end: number, y: string): DateSpan => ({ start, end, text: text.slice(start, end), date: y, precision: 'year', yearInferred: false });
      return [year(r.start, r.start + r.firstEnd, r.y1), year(r.start + r.secondStart, r.end, r.y2)];
    }), TIME_BEFORE);
  },
};
