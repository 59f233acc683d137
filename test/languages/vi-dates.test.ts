import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DateSpan } from '../../pipeline/languages/grammar.ts';
import { viDates } from '../../pipeline/languages/vi/dates.ts';

type Expect = Pick<DateSpan, 'text' | 'date' | 'precision' | 'yearInferred'> & { problem?: string; last?: string };
const day = (text: string, date: string, yearInferred = true): Expect => ({ text, date, precision: 'day', yearInferred });
const month = (text: string, date: string, yearInferred = false): Expect => ({ text, date, precision: 'month', yearInferred });
const year = (text: string, date: string): Expect => ({ text, date, precision: 'year', yearInferred: false });
const broken = (text: string, problem: string, precision: 'day' | 'month' = 'day'): Expect =>
  ({ text, date: null, precision, yearInferred: true, problem });

const rows: Array<[string, string, Expect[]]> = [
  // the real sentences
  ['Cũng trong ngày 21/110, Thủ tướng Armenia Nikol Pashinyan cho rằng', '2020-10-21',
    [broken('ngày 21/110', 'month 110 is out of range')]],
  ['cuộc chiến tranh kéo dài từ tháng 2/1988 đến tháng 5/1994, khiến khoảng 30.000 người thiệt mạng. Căng thẳng tái bùng phát từ sáng 27/9 vừa qua',
    '2020-10-21', [month('tháng 2/1988', '1988-02'), month('tháng 5/1994', '1994-05'), day('27/9', '2020-09-27')]],
  // Two days of one month: each its own date, the month written once.
  ['trong hai ngày 20 và 21/10', '2020-10-21', [day('ngày 20', '2020-10-20'), day('21/10', '2020-10-21')]],
  ['ngày 27-29/9', '2020-10-21', [day('ngày 27', '2020-09-27'), day('29/9', '2020-09-29')]],
  // The night of the 16th into the dawn of the 17th: two days, the month written once.
  ['đêm 16 rạng sáng 17/10', '2020-10-21', [day('16', '2020-10-16'), day('17/10', '2020-10-17')]],
  ['đêm 16 người', '2020-10-21', []],
  ['từ ngày 27 đến ngày 29/9/2019', '2020-10-21', [day('ngày 27', '2019-09-27', false), day('29/9/2019', '2019-09-29', false)]],
  // …the second the larger: "21 và 20/10" is no pair of days.
  ['ngày 21 và 20/10', '2020-10-21', [day('20/10', '2020-10-20')]],
  // day and month
  ['27/9', '2020-01-05', [day('27/9', '2019-09-27')]],
  ['21/10', '2020-10-21', [day('21/10', '2020-10-21')]],
  ['22/10', '2020-10-21', [day('22/10', '2019-10-22')]],
  ['17/10/2020', '2021-01-01', [day('17/10/2020', '2020-10-17', false)]],
  ['ngày 17.10', '2020-10-21', [day('ngày 17.10', '2020-10-17')]],
  ['17.10', '2020-10-21', [day('17.10', '2020-10-17')]],
  ['17.10.2019', '2020-10-21', [day('17.10.2019', '2019-10-17', false)]],
  ['Ngày 27 tháng 9', '2020-10-21', [day('Ngày 27 tháng 9', '2020-09-27')]],
  ['ngày 27 tháng 9 năm 2020', '2021-03-01', [day('ngày 27 tháng 9 năm 2020', '2020-09-27', false)]],
  ['ngày 20 và 21 tháng 10', '2020-10-21', [day('ngày 20', '2020-10-20'), day('21 tháng 10', '2020-10-21')]],
  ['29/2', '2021-03-01', [day('29/2', '2020-02-29')]],
  // month and year
  ['tháng 2/1988', '2020-10-21', [month('tháng 2/1988', '1988-02')]],
  ['tháng 2 năm 1988', '2020-10-21', [month('tháng 2 năm 1988', '1988-02')]],
  ['tháng 9/2020', '2020-10-21', [month('tháng 9/2020', '2020-09')]],
  ['Tháng 9', '2020-10-21', [month('Tháng 9', '2020-09', true)]],
  ['tháng 11', '2020-10-21', [month('tháng 11', '2019-11', true)]],
  ['tháng mười hai', '2020-10-21', [month('tháng mười hai', '2019-12', true)]],
  ['năm 1988', '2020-10-21', [year('năm 1988', '1988')]],
  ['Năm 1988 và năm nay', '2020-10-21', [year('Năm 1988', '1988'), year('năm nay', '2020')]],
  ['năm ngoái', '2020-10-21', [year('năm ngoái', '2019')]],
  // calendar units; "3 tháng trước" (three months ago) and "hai tuần trước" are none
  ['tháng trước', '2021-01-15', [month('tháng trước', '2020-12')]],
  ['trong tháng này', '2020-10-21', [month('tháng này', '2020-10')]],
  ['3 tháng trước', '2020-10-21', []],
  ['hai tuần trước', '2020-10-21', []],
  // two years: each its own date, so the dash between them makes a period ("1988-1994" was a range of killed)
  ['cuộc chiến 1988-1994', '2020-10-21', [year('1988', '1988'), year('1994', '1994')]],
  ['năm 1988 – 1994', '2020-10-21', [year('năm 1988', '1988'), year('1994', '1994')]],
  // …or 'đến' / 'tới' (to) between them, the second 'năm' left out; bare years only after 'từ' (from)
  ['từ năm 1988 đến 1994', '2020-10-21', [year('năm 1988', '1988'), year('1994', '1994')]],
  ['từ năm 1988 tới 1994', '2020-10-21', [year('năm 1988', '1988'), year('1994', '1994')]],
  ['Từ 1988 đến 1994', '2020-10-21', [year('1988', '1988'), year('1994', '1994')]],
  ['từ 1988 đến năm 1994', '2020-10-21', [year('1988', '1988'), year('1994', '1994')]],
  ['từ 1500 đến 2000 người', '2020-10-21', []],
  ['từ 1950 đến 2000 thường dân', '2020-10-21', []],
  ['giao tranh 1988 đến 1994', '2020-10-21', []],
  // …or the second year in two digits after a dash, of the first one's century or the next, and close to it
  ['cuộc chiến năm 1988-94', '2020-10-21', [year('năm 1988', '1988'), year('94', '1994')]],
  ['cuộc chiến 1988-94', '2020-10-21', [year('1988', '1988'), year('94', '1994')]],
  ['năm 1999-01', '2020-10-21', [year('năm 1999', '1999'), year('01', '2001')]],
  ['khoảng 1990-25', '2020-10-21', []],
  ['2000-50 người', '2020-10-21', []],
  ['năm 2020-2000', '2020-10-21', [year('năm 2020', '2020')]],
  // a decade: the first and, in `last`, the last of its years
  ['những năm 1990', '2020-10-21', [{ ...year('những năm 1990', '1990'), last: '1999' }]],
  ['cuộc chiến đầu thập niên 1990', '2020-10-21', [{ ...year('đầu thập niên 1990', '1990'), last: '1993' }]],
  ['cuối thập kỷ 1980', '2020-10-21', [{ ...year('cuối thập kỷ 1980', '1986'), last: '1989' }]],
  // relative days
  ['hôm nay', '2020-10-21', [day('hôm nay', '2020-10-21', false)]],
  ['ngày hôm nay', '2020-10-21', [day('ngày hôm nay', '2020-10-21', false)]],
  ['hôm qua', '2020-03-01', [day('hôm qua', '2020-02-29', false)]],
  ['hôm kia', '2021-01-01', [day('hôm kia', '2020-12-30', false)]],
  // a part of today or yesterday: "sáng nay" (this morning), "rạng sáng nay", "tối qua" (last evening)
  ['sáng nay', '2020-10-21', [day('sáng nay', '2020-10-21', false)]],
  ['Rạng sáng nay', '2020-10-21', [day('Rạng sáng nay', '2020-10-21', false)]],
  ['tối qua', '2020-03-01', [day('tối qua', '2020-02-29', false)]],
  ['chiều qua và trưa nay', '2020-10-21', [day('chiều qua', '2020-10-20', false), day('trưa nay', '2020-10-21', false)]],
  ['buổi sáng nay', '2020-10-21', [day('sáng nay', '2020-10-21', false)]],
  // days of the week, the latest on or before publication (2020-10-21 is a Wednesday); a capital, or 'hôm', makes
  // 'thứ hai' Monday rather than 'second'
  ['Hôm Chủ nhật', '2020-10-21', [day('Hôm Chủ nhật', '2020-10-18', false)]],
  ['vào thứ Hai', '2020-10-21', [day('vào thứ Hai', '2020-10-19', false)]],
  ['hôm thứ năm', '2020-10-21', [day('hôm thứ năm', '2020-10-15', false)]],
  ['Thứ Tư', '2020-10-21', [day('Thứ Tư', '2020-10-21', false)]],
  ['lần thứ hai, ngày thứ hai của cuộc chiến', '2020-10-21', []],
  // stretches up to publication: from the first day they touch to publication, in `last`
  ['trong 24 giờ qua', '2020-10-21', [{ ...day('24 giờ qua', '2020-10-20', false), last: '2020-10-21' }]],
  ['trong 3 ngày qua', '2020-10-21', [{ ...day('3 ngày qua', '2020-10-18', false), last: '2020-10-21' }]],
  ['Hai ngày qua', '2020-10-21', [{ ...day('Hai ngày qua', '2020-10-19', false), last: '2020-10-21' }]],
  ['trong tuần qua', '2020-10-21', [{ ...day('tuần qua', '2020-10-14', false), last: '2020-10-21' }]],
  ['trong tháng qua', '2020-03-31', [{ ...day('tháng qua', '2020-02-29', false), last: '2020-03-31' }]],
  ['trong năm qua', '2020-10-21', [{ ...day('năm qua', '2019-10-21', false), last: '2020-10-21' }]],
  ['đêm qua', '2020-10-21', [{ ...day('đêm qua', '2020-10-20', false), last: '2020-10-21' }]],
  // the last weekend begun by publication, Saturday and Sunday, ending no later than publication; one to come is none
  ['Cuối tuần qua', '2020-10-21', [{ ...day('Cuối tuần qua', '2020-10-17', false), last: '2020-10-18' }]],
  ['vào cuối tuần trước', '2020-10-18', [{ ...day('cuối tuần trước', '2020-10-17', false), last: '2020-10-18' }]],
  ['dịp cuối tuần', '2020-10-17', [{ ...day('cuối tuần', '2020-10-17', false), last: '2020-10-17' }]],
  ['cuối tuần này', '2020-10-21', []],
  ['cuối tuần tới', '2020-10-21', []],
  ['cuối năm trước', '2020-10-21', [year('năm trước', '2019')]],
  // …but "những ngày qua" (recent days) says not how many
  ['trong những ngày qua', '2020-10-21', []],
  ['nhiều năm qua', '2020-10-21', []],
  // malformed
  ['32/10', '2020-10-21', [broken('32/10', 'day 32 is out of range')]],
  ['31/2', '2020-10-21', [broken('31/2', 'there is no 31 February')]],
  ['29/2/2021', '2021-10-21', [{ ...broken('29/2/2021', 'there is no 29 February 2021'), yearInferred: false }]],
  ['tháng 13/2020', '2020-10-21', [{ ...broken('tháng 13/2020', 'month 13 is out of range', 'month'), yearInferred: false }]],
  // not dates
  ['30.000 người và 1.200.000 USD', '2020-10-21', []],
  ['2000-3000 người', '2020-10-21', []],
  ['1850-1870', '2020-10-21', []],
  ['17.13', '2020-10-21', []],
  ['1/2/3/4', '2020-10-21', []],
  ['mỗi tháng 2 lần', '2020-10-21', []],
  ['3 tháng 2 ngày', '2020-10-21', []],
  // A bare day/month before what it is a part of is a fraction; 'ngày' or a year keeps it a date.
  ['Khoảng 2/3 trong số 100.000 người sơ tán', '2020-10-21', []],
  ['gần 1/3 dân số', '2020-10-21', []],
  ['ngày 2/3 số người', '2020-10-21', [day('ngày 2/3', '2020-03-02')]],
  ['2/3/2020 số người', '2020-10-21', [day('2/3/2020', '2020-03-02', false)]],
  ['hai ngày 20', '2020-10-21', []],
  // A time of day right before a day is part of its date: its digits are no count.
  ['Tính đến 17h ngày 20/10', '2020-10-21', [day('17h ngày 20/10', '2020-10-20')]],
  ['lúc 6 giờ sáng 20/10', '2020-10-21', [day('6 giờ sáng 20/10', '2020-10-20')]],
  ['17h30 ngày 20/10', '2020-10-21', [day('17h30 ngày 20/10', '2020-10-20')]],
  ['khoảng 17 giờ, 20 người', '2020-10-21', []],
];

describe('viDates.scan', () => {
  it.each(rows)('%j (published %s)', (given, published, expected) => {
    const spans = viDates.scan(given, published);
    expect(spans.map(({ text, date, precision, yearInferred, problem, last }) => ({
      text, date, precision, yearInferred, ...(problem === undefined ? {} : { problem }), ...(last === undefined ? {} : { last }),
    }))).toEqual(expected);
    for (const s of spans) expect(given.slice(s.start, s.end)).toBe(s.text);
  });

  it('rejects a malformed publication date', () => {
    expect(() => viDates.scan('27/9', '27/9/2020')).toThrow(/YYYY-MM-DD/);
  });
});

// Duckling resolves yearless dates forwards from its reference time; this grammar never lands after `published`.
interface DucklingTime {
  text: string;
  value?: string;
  grain?: string;
}
// The date-only examples used here, copied from Duckling's corpus (see test/fixtures/README.md).
const duckling = JSON.parse(readFileSync(
  new URL('../fixtures/duckling-time-vi-dates.json', import.meta.url), 'utf8')) as DucklingTime[];
const reference = '2017-02-02';
const SAME = ['hôm nay', 'ngày hôm nay', 'bữa nay', 'hôm qua', 'ngày hôm qua', 'hôm kia', 'ngày hôm kia',
  'ngày mồng 3 tháng 3 năm 2017', 'ngày 3 tháng 3 năm 2017', '3/3/2017', '3/3/17', '03/03/2017',
  'tháng 10 năm 2017', 'tháng mười năm 2017', '03/09/1991', '3/9/91', '3/9/1991', '12 tháng 10 năm 2017',
  'ngày 12 tháng 10 năm 2017', 'năm nay', 'năm ngoái', 'tuần này', 'tuần trước', 'tháng trước', 'năm trước'];
const A_YEAR_EARLIER = ['tháng 6', 'tháng sáu', 'mồng 3 tháng ba', 'mồng 3 tháng 3', 'ngày mồng 7 tháng 3',
  'ngày 7 tháng ba', '7/3', '07/03', 'ngày 12/10', 'tháng 4', 'tháng tư'];
const ducklingRows = [...SAME, ...A_YEAR_EARLIER].map((text): [string, string] => {
  const entry = duckling.find((e) => e.text === text && e.value);
  const iso = entry?.value?.slice(0, entry.grain === 'year' ? 4 : entry.grain === 'month' ? 7 : 10) ?? 'missing';
  return [text, A_YEAR_EARLIER.includes(text) ? `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}` : iso];
});

describe('viDates.scan on Duckling vi time examples (reference 2017-02-02)', () => {
  it.each(ducklingRows)('%j -> %s', (given, expected) => {
    const spans = viDates.scan(given, reference);
    expect(spans.map((s) => [s.text, s.date])).toEqual([[given, expected]]);
  });
});
