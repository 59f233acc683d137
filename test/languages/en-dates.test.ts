import { describe, expect, it } from 'vitest';
import type { DateSpan } from '../../pipeline/languages/grammar.ts';
import { enDates } from '../../pipeline/languages/en/dates.ts';

type Brief = [text: string, date: string | null, precision: DateSpan['precision'], yearInferred: boolean];
const brief = (s: DateSpan): Brief => [s.text, s.date, s.precision, s.yearInferred];
const PUB = '2020-10-22'; // a Thursday

// Several years named as one: `date` is the first, `last` the last; early, mid and late are a third of the decade.
describe('decades', () => {
  it.each<[string, string, string]>([
    ['a war in the 1990s', '1990', '1999'],
    ['in the early 1990s', '1990', '1993'],
    ['the mid-1990s', '1993', '1996'],
    ['since the late 1980s', '1986', '1989'],
  ])('%j → %s to %s', (text, first, last) => {
    const [decade] = enDates.scan(text, PUB);
    expect([decade?.text, decade?.date, decade?.last, decade?.precision]).toEqual([/\d{4}s/.exec(text)?.[0], first, last, 'year']);
  });
  it('is no decade without the s', () => expect(enDates.scan('in 1990', PUB).map((d) => d.last)).toEqual([undefined]));
});

// A stretch up to publication: from the first day it touches (`date`) to publication (`last`).
describe('stretches up to publication', () => {
  it.each<[string, string | null, string | null, string?]>([
    ['killed in the past 24 hours', 'the past 24 hours', '2020-10-21'],
    ['over the last 48 hours', 'the last 48 hours', '2020-10-20'],
    ['In the past day', 'the past day', '2020-10-21'],
    ['The past week', 'The past week', '2020-10-15'],
    ['in the last two weeks', 'the last two weeks', '2020-10-08'],
    ['over the past month', 'the past month', '2020-09-22'],
    ['in the past month', 'the past month', '2020-02-29', '2020-03-31'],
    ['in the past year', 'the past year', '2019-10-22'],
    ['shelling overnight', 'overnight', '2020-10-21'],
    // 'last' without a count is as often the final one; a stretch 'of' something ends elsewhere.
    ['on the last day of the ceasefire', null, null],
    ['the last 24 hours of the truce', null, null],
    ['the last week', null, null],
  ])('%j', (text, spanText, first, published = PUB) => {
    const spans = enDates.scan(text, published);
    if (spanText === null) return expect(spans).toEqual([]);
    expect(spans.map((s) => [s.text, s.date, s.last, s.precision])).toEqual([[spanText, first, published, 'day']]);
  });
});

// The last weekend begun by publication, Saturday and Sunday, ending no later than publication; one to come is no date.
describe('weekends', () => {
  it.each<[string, string, string | null, string | null, string | null]>([
    ['over the weekend', PUB, 'the weekend', '2020-10-17', '2020-10-18'],
    ['at the weekend', '2020-10-18', 'the weekend', '2020-10-17', '2020-10-18'],
    ['Last weekend', '2020-10-17', 'Last weekend', '2020-10-17', '2020-10-17'],
    ["the weekend's shelling", '2020-10-19', 'the weekend', '2020-10-17', '2020-10-18'],
    ['this weekend', PUB, null, null, null],
    ['next weekend', PUB, null, null, null],
  ])('%j (published %s)', (text, published, spanText, first, last) => {
    const spans = enDates.scan(text, published);
    if (spanText === null) return expect(spans).toEqual([]);
    expect(spans.map((s) => [s.text, s.date, s.last, s.precision, s.adverb])).toEqual([[spanText, first, last, 'day', true]]);
  });
  it('leaves the weekend of a named day to that day', () =>
    expect(enDates.scan('on the weekend of Oct. 3', PUB).map((s) => s.text)).toEqual(['Oct. 3']));
});

describe('enDates.scan', () => {
  it.each<[string, string, Brief[]]>([
    ['since Sept. 27', PUB, [['Sept. 27', '2020-09-27', 'day', true]]],
    ['on Sep 27', PUB, [['Sep 27', '2020-09-27', 'day', true]]],
    ['on September 27,', PUB, [['September 27', '2020-09-27', 'day', true]]],
    ['on 27 September', PUB, [['27 September', '2020-09-27', 'day', true]]],
    ['from Sept 27th', PUB, [['Sept 27th', '2020-09-27', 'day', true]]],
    ['on the 27th of September', PUB, [['27th of September', '2020-09-27', 'day', true]]],
    ['on 27 September 2020', PUB, [['27 September 2020', '2020-09-27', 'day', false]]],
    ['on Oct. 22, 2020', PUB, [['Oct. 22, 2020', '2020-10-22', 'day', false]]],
    ['October 22, 2020', PUB, [['October 22, 2020', '2020-10-22', 'day', false]]],
    ['Dec. 30', '2021-01-05', [['Dec. 30', '2020-12-30', 'day', true]]],
    // Two days of one month, the month written once: each is its own date.
    ['on Sept. 27 and 28', PUB, [['Sept. 27', '2020-09-27', 'day', true], ['28', '2020-09-28', 'day', true]]],
    ['on Oct. 1-3, 2019', PUB, [['Oct. 1', '2019-10-01', 'day', false], ['3, 2019', '2019-10-03', 'day', false]]],
    ['between 27 and 29 September', PUB, [['27', '2020-09-27', 'day', true], ['29 September', '2020-09-29', 'day', true]]],
    // …not when the second is the smaller, or a count: "on Sept. 27 and 28 people were killed".
    ['on Sept. 27 and 12 more', PUB, [['Sept. 27', '2020-09-27', 'day', true]]],
    ['on Sept. 27 and 28 people were killed', PUB, [['Sept. 27', '2020-09-27', 'day', true]]],
    ['on Oct. 23', PUB, [['Oct. 23', '2019-10-23', 'day', true]]],
    ['2020-10-22', PUB, [['2020-10-22', '2020-10-22', 'day', false]]],
    ['in October 2020', PUB, [['October 2020', '2020-10', 'month', false]]],
    ['February 1988', PUB, [['February 1988', '1988-02', 'month', false]]],
    ['Feb. 1988', PUB, [['Feb. 1988', '1988-02', 'month', false]]],
    ['since September', PUB, [['September', '2020-09', 'month', true]]],
    ['in December', PUB, [['December', '2019-12', 'month', true]]],
    ['in 2020', PUB, [['2020', '2020', 'year', false]]],
    ['Since 1994, fighting', PUB, [['1994', '1994', 'year', false]]],
    // Before a verb: two close years, not round, are years; a count is round or wide, and a noun makes one.
    ['The war of 1988-1994 killed about 30,000 people', PUB, [['1988', '1988', 'year', false], ['1994', '1994', 'year', false]]],
    ['1900-2000 killed', PUB, []],
    ['1990-1995 people died', PUB, []],
    ['a war in 1988-1994 that killed about 30,000 people', PUB,
      [['1988', '1988', 'year', false], ['1994', '1994', 'year', false]]],
    ['the 1988–94 war', PUB, [['1988', '1988', 'year', false], ['94', '1994', 'year', false]]],
    ['between 1988 and 1994', PUB, [['1988', '1988', 'year', false], ['1994', '1994', 'year', false]]],
    ['from 1988 to 1994', PUB, [['1988', '1988', 'year', false], ['1994', '1994', 'year', false]]],
    // A year before an event's noun, or after one and 'of', is a year; before a noun of people, a count.
    ['Nearly 200 people died in the 2016 four-day war', PUB, [['2016', '2016', 'year', false]]],
    ['The war of 2016 killed about 200 people', PUB, [['2016', '2016', 'year', false]]],
    ['the 2000 displaced people', PUB, []],
    // The other end of a range of counts is the larger: "in 1994 and 200 people" is a year and a count.
    ['5,000 people were killed in 1994 and 200 people in 2016', PUB, [['1994', '1994', 'year', false], ['2016', '2016', 'year', false]]],
    ['since 2000 and 3000 people fled', PUB, []],
    ['a toll of 2000 killed', PUB, []],
    ['today', PUB, [['today', '2020-10-22', 'day', false]]],
    ['Yesterday', PUB, [['Yesterday', '2020-10-21', 'day', false]]],
    ['yesterday', '2021-01-01', [['yesterday', '2020-12-31', 'day', false]]],
    ['on Wednesday', PUB, [['Wednesday', '2020-10-21', 'day', false]]],
    ['Thursday', PUB, [['Thursday', '2020-10-22', 'day', false]]],
    ['on Friday', PUB, [['Friday', '2020-10-16', 'day', false]]],
    // Calendar units: a week runs Monday to Sunday; "the last month" is a stretch, written with its count.
    ['last week', PUB, [['last week', '2020-10-12', 'day', false]]],
    ['This week', PUB, [['This week', '2020-10-19', 'day', false]]],
    ['last month', '2021-01-15', [['last month', '2020-12', 'month', false]]],
    ['earlier this month', PUB, [['this month', '2020-10', 'month', false]]],
    ['Last year', PUB, [['Last year', '2019', 'year', false]]],
    ['in the last month', PUB, []],
    ["last year's war", PUB, []],
    ["Nagorno-Karabakh's defence ministry said on Thursday that 874 servicemen had been killed since Sept. 27.", PUB,
      [['Thursday', '2020-10-22', 'day', false], ['Sept. 27', '2020-09-27', 'day', true]]],
  ])('%j (published %s)', (text, published, expected) => {
    const spans = enDates.scan(text, published);
    expect(spans.map(brief)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each<[string, string, string]>([
    ['February 30', 'February 30', 'day 30 is out of range for February 2020'],
    ['on Sept. 31', 'Sept. 31', 'day 31 is out of range for September 2020'],
    ['2020-13-01', '2020-13-01', 'month 13 is out of range'],
    ['2019-02-29', '2019-02-29', 'day 29 is out of range for February 2019'],
  ])('%j is date-shaped but invalid', (text, spanText, problem) => {
    const [span, ...rest] = enDates.scan(text, PUB);
    expect(rest).toEqual([]);
    expect(span).toMatchObject({ text: spanText, date: null, precision: 'day', problem });
  });

  it.each([
    ['27/9'], ['on 27/9/2020'], ['874 servicemen'], ['between 20,000 and 30,000 people'],
    ['16 people were killed and more than 100 wounded'], ['the toll rose to 2000 people'],
    ['since 2000 people fled'], ['it may rise'], ['a march on wednesday'], ['20,000-30,000'], ['about 1950-2000 dead'],
  ])('%j contains no date', (text) => {
    expect(enDates.scan(text, PUB)).toEqual([]);
  });

  it('rejects a malformed publication date', () => {
    expect(() => enDates.scan('today', '22/10/2020')).toThrow(/YYYY-MM-DD/);
  });
});

// A time of day right before a day is part of its date: its digits are no count.
describe('times of day', () => {
  it.each<[string, string | null]>([
    ['As of 6 p.m. on Oct. 20', '6 p.m. on Oct. 20'],
    ['as of 0800 GMT on Tuesday', '0800 GMT on Tuesday'],
    ['at midnight on Sunday', 'midnight on Sunday'],
    ['at 10:30 on Oct. 20', '10:30 on Oct. 20'],
    ['killed 12 on Oct. 20', 'Oct. 20'],
  ])('%j', (text, spanText) => {
    expect(enDates.scan(text, PUB).map((s) => s.text)).toEqual([spanText]);
  });
});
