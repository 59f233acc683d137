// Calendar arithmetic the date grammars share: one leap-year rule, and days counted back from publication
// ("yesterday", "hôm kia", "the past 24 hours", "trong tuần qua").
import type { IsoDate } from './grammar.ts';

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysIn = (y: number, m: number): number => (m === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

const iso = (y: number, m: number, d: number): IsoDate => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const ymd = (date: IsoDate): [number, number, number] => date.split('-').map(Number) as [number, number, number];

/** The day `n` days before `date` (YYYY-MM-DD); after it when `n` is negative. */
export function daysBefore(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = ymd(date);
  return iso(y, m, d - n);
}

/** How many days `later` (YYYY-MM-DD) comes after `earlier`; negative when it comes before. */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  const [y1, m1, d1] = ymd(earlier);
  const [y2, m2, d2] = ymd(later);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The day of the week of `date`, 0 for Sunday. */
export const weekday = (date: IsoDate): number => {
  const [y, m, d] = ymd(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

/**
 * The calendar week (Monday to Sunday), month or year `back` units before the one `published` falls in, 0 for that
 * one: "last week", "tháng trước", "this year". The current week ends on publication.
 */
export function calendarUnit(published: IsoDate, unit: 'week' | 'month' | 'year', back: number): { date: string; last?: string; precision: 'day' | 'month' | 'year' } {
  const [y, m] = ymd(published);
  if (unit === 'year') return { date: String(y - back), precision: 'year' };
  if (unit === 'month') {
    const first = new Date(Date.UTC(y, m - 1 - back, 1)).toISOString();
    return { date: first.slice(0, 7), precision: 'month' };
  }
  const monday = daysBefore(published, ((weekday(published) + 6) % 7) + 7 * back);
  return { date: monday, last: back === 0 ? published : daysBefore(monday, -6), precision: 'day' };
}

/**
 * The last weekend begun on or before `published`, Saturday and Sunday, ending no later than publication: "over the
 * weekend", "cuối tuần qua". A report of a weekend still to come is a forecast, and no date of a count.
 */
export function lastWeekend(published: IsoDate): { date: IsoDate; last: IsoDate } {
  const saturday = daysBefore(published, (weekday(published) + 1) % 7);
  const sunday = daysBefore(saturday, -1);
  return { date: saturday, last: sunday > published ? published : sunday };
}

/** Units a stretch of time back from publication is counted in. */
export type WindowUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * The first day of the last `n` units up to `published` (YYYY-MM-DD). A stretch of hours covers every day it
 * touches: the past 24 hours began the day before publication, the past 36 two days before. A month back from
 * 31 March is 28 (or 29) February.
 */
export function windowStart(published: IsoDate, n: number, unit: WindowUnit): IsoDate {
  const [y, m, d] = ymd(published);
  if (unit === 'month' || unit === 'year') {
    const back = new Date(Date.UTC(y, m - 1 - (unit === 'year' ? 12 * n : n), 1));
    const [by, bm] = [back.getUTCFullYear(), back.getUTCMonth() + 1];
    return iso(by, bm, Math.min(d, daysIn(by, bm)));
  }
  return daysBefore(published, unit === 'hour' ? Math.ceil(n / 24) : unit === 'week' ? 7 * n : n);
}
