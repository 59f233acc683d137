// Periods a figure covers, and the open-ended period other figures of the document lend it.
import { describe, expect, it } from 'vitest';
import { indexLexicon } from '../../pipeline/extract/lexicon-index.ts';
import { findAsOf, findPeriods, ongoingPeriod, periodFor } from '../../pipeline/extract/periods.ts';
import { readText } from './read-text.ts';
import { lang, PUBLISHED } from './engine-helpers.ts';

const rows: [string, string, [string, string][]][] = [
  ['cuộc chiến kéo dài từ tháng 2/1988 đến tháng 5/1994, khiến khoảng 30.000 người thiệt mạng', 'vi', [['1988-02', '1994-05']]],
  ['Căng thẳng tái bùng phát từ sáng 27/9 vừa qua, đến nay đã khiến gần một nghìn người thiệt mạng', 'vi', [['2020-09-27', '']]],
  ['ngừng bắn vào ngày 10/10', 'vi', []],
  ['874 servicemen have died since Sept. 27', 'en', [['2020-09-27', '']]],
  ['the 1988–1994 war killed about 30,000 people', 'en', [['1988', '1994']]],
  ['Trong cuộc chiến 1988-1994, khoảng 30.000 người thiệt mạng', 'vi', [['1988', '1994']]],
  ['between March 2022 and May 2023', 'en', [['2022-03', '2023-05']]],
  // A 'since' after a superlative compares; it dates nothing.
  ['It was the deadliest day since 2014, with 50 dead', 'en', []],
  ['the highest toll since Sept. 27', 'en', []],
  ['Đây là ngày đẫm máu nhất kể từ năm 2014', 'vi', []],
  ['Ít nhất 16 người đã thiệt mạng kể từ ngày 27/9', 'vi', [['2020-09-27', '']]],
  // Read on 2020-10-21, an end without its year falls in 2019; a start without one follows it there rather
  // than end after it (this gave 2020-09-27 to 2019-11-10).
  ['From Sept. 27 to Nov. 10, 2,783 soldiers were killed', 'en', [['2019-09-27', '2019-11-10']]],
  ['Từ ngày 27/9 đến ngày 10/11, 2.783 binh sĩ đã thiệt mạng', 'vi', [['2019-09-27', '2019-11-10']]],
  ['from Sept. 27, 2020 to Nov. 10', 'en', [['2020-09-27', '2020-11-10']]],
  ['từ 10/10 đến 18/10', 'vi', [['2020-10-10', '2020-10-18']]],
];

describe('findPeriods', () => {
  it.each(rows)('%j (%s)', (text, code, expected) => {
    const l = lang(code);
    const periods = findPeriods(text, l.dates.scan(text, PUBLISHED), 0, text.length, indexLexicon(l));
    expect(periods.map((p) => [p.periodStart, p.periodEnd])).toEqual(expected);
  });
});

describe('periodFor and ongoingPeriod', () => {
  const before = { start: 0, end: 10, periodStart: '2020-09-27', periodEnd: '' };
  const after = { start: 40, end: 50, periodStart: '1988-02', periodEnd: '1994-05' };
  it('takes the period nearest before the figure, else the first after it', () => {
    expect(periodFor([before, after], 20)).toBe(before);
    expect(periodFor([after], 20)).toBe(after);
    expect(periodFor([], 20)).toBeNull();
  });
  it('lends figures without a period the latest open period on or before publication', () => {
    expect(ongoingPeriod([before, after], '2020-10-21')).toBe(before);
    expect(ongoingPeriod([{ ...before, periodStart: '2020-11-01' }], '2020-10-21')).toBeNull();
  });
});

// The date a figure counts up to, when the sentence states one: it becomes the figure's as_of.
describe('as_of from the text', () => {
  const asOfRows: [string, string, string[]][] = [
    ['As of Oct. 20, 874 servicemen had been killed', 'en', ['2020-10-20']],
    ['The number of dead had climbed to 300 by Friday evening', 'en', ['2020-10-16']],
    ['Tính đến ngày 20/10, 874 binh sĩ đã thiệt mạng', 'vi', ['2020-10-20']],
    ['Đến ngày 10/11, số người chết đã lên tới 2.425', 'vi', ['2019-11-10']],
    // A possessive date is an event's, not a day counted up to; a date with no connector is none.
    ["12 people were killed by Sunday's strike", 'en', []],
    ['12 soldiers were killed on Sunday', 'en', []],
  ];
  it.each(asOfRows)('%j (%s)', (text, code, expected) => {
    const l = lang(code);
    expect(findAsOf(text, l.dates.scan(text, PUBLISHED), 0, text.length, indexLexicon(l)).map((a) => a.date)).toEqual(expected);
  });
  it('sets as_of of the figure, never after publication, and leaves its period alone', () => {
    const [first] = readText('As of Oct. 20, 874 servicemen had been killed since Sept. 27.', 'en').mentions;
    expect([first?.period_start, first?.period_end, first?.as_of]).toEqual(['2020-09-27', '', '2020-10-20']);
    const [later] = readText('Tính đến ngày 20/10/2021, 874 binh sĩ đã thiệt mạng.', 'vi', '2020-10-21').mentions;
    expect(later?.as_of).toBe('2020-10-21');
  });
});
