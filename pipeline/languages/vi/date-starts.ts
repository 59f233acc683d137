// Where a Vietnamese date can start. Every date rule begins either at a digit group that leads into a
// date ("27/9", "17.10", "27 tháng 9", "24 giờ qua"), at one of the words that announce a date a word or two before
// its digits ("ngày", "mồng", "tháng", "năm"), or at a date written in words ("hôm qua", "năm nay",
// "tháng giêng", "hôm thứ Hai", "sáng nay", "tuần qua"). Finding those places with a few fast scans, instead of trying every rule at every
// word, is what lets a long text be read quickly.

import { isDigitCode, isSpaceCode, isWordCode, skipSpace, skipSpaceBack } from '../chars.ts';

const DIGITS = /\d+/g;
const WORD_DATES = /(?:tuần|tháng|năm)\s+(?:trước|này)|(?:ngày\s+)?(?:hôm|bữa)\s+(?:nay|qua|kia)|(?:rạng\s+)?(?:sáng|trưa|chiều|tối)\s+(?:nay|qua)|năm\s+(?:nay|ngoái)|tháng\s+(?:mười|giêng|chạp|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín)|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy)|chủ\s+nhật/g;
/** The counts in words of a stretch up to publication: "hai ngày qua". */
export const WINDOW_COUNTS: Record<string, number> = {
  'một': 1, hai: 2, ba: 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};
// "24 giờ qua": a count of units up to publication.
const WINDOW_WORDS = new Set(['giờ', 'ngày', 'tuần', 'tháng', 'năm', 'đêm']);
const UNIT_INITIALS = new Set([...'gntđ'].map((c) => c.charCodeAt(0)));
const WINDOW_AFTER = /\s+(?:giờ|ngày|tuần|tháng|năm)\s+qua(?![\p{L}\p{M}])/uy;
// Words before a day of the week that belong to its date: "hôm Chủ nhật", "rạng sáng thứ Hai".
const DAY_PARTS = new Set(['hôm', 'ngày', 'sáng', 'chiều', 'tối', 'đêm', 'trưa', 'vào']);
const LEAD_WORDS = new Set(['ngày', 'mồng', 'mùng', 'tháng', 'năm']);
const DAY_WORDS = new Set(['mồng', 'mùng']);
/** The word before the year's last lead word in a decade, by that lead word. */
const DECADE_WORDS: Record<string, string> = { 'năm': 'những', 'niên': 'thập', 'kỷ': 'thập', 'kỉ': 'thập' };
const DECADE_PARTS = new Set(['đầu', 'giữa', 'cuối']);
/** The stretches whose start, after 'đầu', is a date on its own: "đầu năm", "đầu tháng", "đầu tuần". */
const STARTED_UNITS = ['năm', 'tháng', 'tuần'];

const isLetter = (s: string, i: number) => i >= 0 && i < s.length && isWordCode(s.charCodeAt(i));

/** A rule may start at `pos` only if no letter, digit, '/' or '.' comes right before it ("1/21/10"). */
export function wordStart(low: string, pos: number): boolean {
  const prev = low[pos - 1];
  return pos === 0 || (prev !== '/' && prev !== '.' && !isLetter(low, pos - 1));
}

/** The word ending just before `pos` (white space skipped), as [start, word], or null. */
function wordBefore(low: string, pos: number): [number, string] | null {
  const end = skipSpaceBack(low, pos);
  if (end === pos) return null;
  let start = end;
  while (start > 0 && isLetter(low, start - 1)) start--;
  return start < end ? [start, low.slice(start, end)] : null;
}

const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014;

const YEAR_WORD_JOINED = /\s+(?:đến|tới)\s+(?:năm\s+)?\d{4}/y;

/** "1988-1994", "1988 – 1994", "1988-94": a dash, perhaps between spaces, then four or two digits; or "1988 đến 1994" (to). */
function yearRangeAfter(low: string, end: number): boolean {
  let at = end + (low.charCodeAt(end) === 32 ? 1 : 0);
  if (isDash(low.charCodeAt(at))) {
    at += low.charCodeAt(at + 1) === 32 ? 2 : 1;
    let digits = 0;
    while (isDigitCode(low.charCodeAt(at + digits))) digits++;
    return digits === 4 || digits === 2;
  }
  // Tried only after a space, and after the dash, as most four-digit groups are followed by neither word.
  if (!isSpaceCode(low.charCodeAt(end))) return false;
  YEAR_WORD_JOINED.lastIndex = end;
  return YEAR_WORD_JOINED.test(low);
}

/** Whether the digit group low[pos, end) can begin a date by itself: "27/9", "17.10", "27 tháng 9", "1988-1994". */
function leadsIntoDate(low: string, pos: number, end: number): boolean {
  if (end - pos <= 3 && isSpaceCode(low.charCodeAt(end)) && UNIT_INITIALS.has(low.charCodeAt(end + 1))) {
    WINDOW_AFTER.lastIndex = end;
    if (WINDOW_AFTER.test(low)) return true;
  }
  if (end - pos === 4) return yearRangeAfter(low, end);
  if (end - pos > 2) return false;
  const next = low.charCodeAt(end);
  if ((next === 47 || next === 46) && isDigitCode(low.charCodeAt(end + 1))) return true;
  const at = skipSpace(low, end);
  return at > end && low.startsWith('tháng', at);
}

/** Every place, in order, where a date rule should be tried in the lower-cased text. */
export function dateStarts(low: string): number[] {
  const starts: number[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(low); m; m = DIGITS.exec(low)) {
    const pos = m.index;
    if (!wordStart(low, pos)) continue;
    const lead = wordBefore(low, pos);
    if (lead && LEAD_WORDS.has(lead[1])) {
      const earlier = DAY_WORDS.has(lead[1]) ? wordBefore(low, lead[0]) : null;
      if (earlier && earlier[1] === 'ngày' && wordStart(low, earlier[0])) starts.push(earlier[0]);
      if (wordStart(low, lead[0])) starts.push(lead[0]);
    }
    // A decade: "những năm 1990", "thập niên 1990", each perhaps after 'đầu', 'giữa' or 'cuối'.
    const decade = lead && DECADE_WORDS[lead[1]] ? wordBefore(low, lead[0]) : null;
    if (decade && lead && decade[1] === DECADE_WORDS[lead[1]]) {
      const part = wordBefore(low, decade[0]);
      if (part && DECADE_PARTS.has(part[1]) && wordStart(low, part[0])) starts.push(part[0]);
      if (wordStart(low, decade[0])) starts.push(decade[0]);
    }
    // "đêm 16 rạng sáng 17/10": the night's day, whose month the dawn's day gives.
    if (leadsIntoDate(low, pos, pos + m[0].length) || (lead && lead[1] === 'đêm' && m[0].length <= 2)) starts.push(pos);
  }
  WORD_DATES.lastIndex = 0;
  for (let m = WORD_DATES.exec(low); m; m = WORD_DATES.exec(low)) {
    if (!wordStart(low, m.index)) continue;
    starts.push(m.index);
    const part = low.startsWith('thứ', m.index) || low.startsWith('chủ', m.index) ? wordBefore(low, m.index) : null;
    if (part && DAY_PARTS.has(part[1]) && wordStart(low, part[0])) {
      starts.push(part[0]);
      const dawn = part[1] === 'sáng' ? wordBefore(low, part[0]) : null;
      if (dawn && dawn[1] === 'rạng' && wordStart(low, dawn[0])) starts.push(dawn[0]);
    }
  }
  // "tuần qua", "đêm qua", "hai ngày qua": found from 'qua', far rarer than the words before it.
  for (let at = low.indexOf('qua'); at >= 0; at = low.indexOf('qua', at + 3)) {
    if (!isSpaceCode(low.charCodeAt(at - 1)) || isLetter(low, at + 3)) continue;
    const unit = wordBefore(low, at);
    if (!unit || !WINDOW_WORDS.has(unit[1]) || !wordStart(low, unit[0])) continue;
    starts.push(unit[0]);
    const count = wordBefore(low, unit[0]);
    if (count && count[1] in WINDOW_COUNTS && wordStart(low, count[0])) starts.push(count[0]);
  }
  // "cuối tuần" (the weekend), as rare as "đầu năm" below.
  for (let at = low.indexOf('cuối tuần'); at >= 0; at = low.indexOf('cuối tuần', at + 9)) if (wordStart(low, at)) starts.push(at);
  // "đầu năm", "đầu tháng", "đầu tuần": a plain search, as a pattern that starts at 'đ' would stop at every 'đã' and 'được'.
  for (let at = low.indexOf('đầu '); at >= 0; at = low.indexOf('đầu ', at + 4)) {
    if (wordStart(low, at) && STARTED_UNITS.some((unit) => low.startsWith(unit, at + 4))) starts.push(at);
  }
  starts.sort((a, b) => a - b);
  return starts.filter((at, i) => at !== starts[i - 1]);
}
