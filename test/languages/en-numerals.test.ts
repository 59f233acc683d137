import { describe, expect, it } from 'vitest';
import { enDates } from '../../pipeline/languages/en/dates.ts';
import { enNumerals } from '../../pipeline/languages/en/numerals.ts';

describe('enNumerals.parse', () => {
  it.each([
    ['30,000', 30000], ['2,425', 2425], ['874', 874], ['0033', 33], ['1.5', 1.5],
    ['1.5 million', 1500000], ['2 million', 2000000], ['3 thousand', 3000], ['1.2 billion', 1200000000],
    ['100K', 100000], ['3M', 3000000], ['1.2bn', 1200000000],
    ['zero', 0], ['seven', 7], ['nineteen', 19], ['ninety', 90], ['twenty-one', 21], ['Twenty One', 21],
    ['three hundred and twenty-five', 325], ['a hundred', 100], ['a thousand', 1000], ['one million', 1000000],
    ['two thousand', 2000], ['twelve hundred', 1200], ['two thousand five hundred and six', 2506],
    ['a dozen', 12], ['two dozen', 24], ['2 dozens', 24], ['a couple', 2], ['a couple of', 2], ['a pair', 2],
    ['a few', 3], ['few', 3], ['  Forty-Five  ', 45],
    ['half a million', 500000], ['a half million', 500000], ['one and a half million', 1500000], ['a million and a half', 1500000], ['two million and a half', 2500000], ['half a dozen', 6],
    ['two and a half thousand', 2500],
    ['a quarter of a million', 250000], ['a quarter million', 250000], ['three quarters of a million', 750000],
    ['three-quarters of a million', 750000], ['one quarter of a billion', 250000000],
  ])('%j → %d', (phrase, value) => {
    expect(enNumerals.parse(phrase)).toBe(value);
  });

  it.each([
    [''], ['people'], ['several'], ['dozens'], ['hundreds'], ['thousands'], ['tens of thousands'], ['many'],
    ['first'], ['27th'], ['five six'], ['twenty thirty'], ['hundred hundred'], ['and'], ['a'], ['twenty-'],
    ['three and'], ['often'], ['one two three'], ['half'], ['half a'], ['one and a half'], ['the other half'],
    ['a quarter'], ['a quarter of'], ['a quarter of a'], ['a quarter of the million'], ['three quarters'], ['a quarter of a dozen'],
    ['five quarters of a million'], ['a quarter of a hundred'],
  ])('%j is not a numeral', (phrase) => {
    expect(enNumerals.parse(phrase)).toBeNull();
  });
});

type Row = [string, [string, number][]];
const scanned = (text: string): [string, number][] => enNumerals.scan(text).map((s) => [s.text, s.value]);

describe('enNumerals.scan', () => {
  it.each<Row>([
    ["Nagorno-Karabakh's defence ministry said on Thursday that 874 servicemen had been killed since Sept. 27.",
      [['874', 874]]],
    ['a war in 1988-1994 that killed about 30,000 people', [['30,000', 30000]]],
    ['between 20,000 and 30,000 people', [['20,000', 20000], ['30,000', 30000]]],
    ['16 people were killed and more than 100 wounded', [['16', 16], ['100', 100]]],
    // "half a million" is one number: its "a million" alone would double the toll.
    ['nearly half a million people have fled', [['half a million', 500000]]],
    // "a million and a half" is one number: its "a" is no one.
    ['a million and a half people have fled, and one and a half thousand died', [['a million and a half', 1500000], ['one and a half thousand', 1500]]],
    ['two and a half people', [['two', 2]]],
    ['half of the 200 people were children', [['200', 200]]],
    // So is "a quarter of a million"; a quarter of the people is no number.
    ['a quarter of a million people fled, three-quarters of them women', [['a quarter of a million', 250000]]],
    ['a quarter of the 200 people', [['200', 200]]],
    ['an estimated 20,000-30,000 people died', [['20,000', 20000], ['30,000', 30000]]],
    ['25,000–30,000 were killed', [['25,000', 25000], ['30,000', 30000]]],
    ['three hundred and twenty-five soldiers and ten civilians', [['three hundred and twenty-five', 325], ['ten', 10]]],
    ['A hundred people and a thousand more, a dozen children, two dozen police',
      [['A hundred', 100], ['a thousand', 1000], ['a dozen', 12], ['two dozen', 24]]],
    ['the toll rose to 1.5 million, up from 2 million; 3 thousand; 1.2 billion',
      [['1.5 million', 1500000], ['2 million', 2000000], ['3 thousand', 3000], ['1.2 billion', 1200000000]]],
    ['100K displaced and 3M affected', [['100K', 100000], ['3M', 3000000]]],
    ['forty-five (45) people were killed', [['forty-five (45)', 45]]],
    ['a couple of men and a pair of boys', [['a couple', 2], ['a pair', 2]]],
    ['one of the dead; no one survived; someone; one', [['one', 1], ['one', 1], ['one', 1]]],
    ['a 20-year-old and a twenty-one-year-old', [['20', 20], ['twenty-one', 21]]],
    ['killed 874.', [['874', 874]]],
    ['one point five million fled; at one point 30 people hid', [['one point five million', 1500000], ['one', 1], ['30', 30]]],
    ['Thirteen people, 13 in all', [['Thirteen', 13], ['13', 13]]],
    ['1,200 dead, of whom 0033 were children', [['1,200', 1200], ['0033', 33]]],
    // Thousands apart by spaces (or no-break and thin spaces) are one number; "000" alone was a toll of zero.
    ['30 000 soldiers, 1\u00a0200\u202f000 people', [['30 000', 30000], ['1\u00a0200\u202f000', 1200000]]],
    ['on the 27 9 people died; 12 1234 people', [['27', 27], ['9', 9], ['12', 12], ['1234', 1234]]],
    // A full stop right after a word closes it ("c.", "approx."): ".7" was a fraction and ",000" a toll of zero.
    ['c.7,000 killed, ca.7000 dead, a .5 share', [['7,000', 7000], ['7000', 7000], ['.5', 0.5]]],
  ])('%j', (text, expected) => {
    expect(scanned(text)).toEqual(expected);
  });

  it.each([
    ['often, tenfold, nineteenth, seventies, attendance, anyone, someone'],
    ['a few, few, several, dozens, scores, hundreds, thousands, many people'],
    ['tens of thousands and hundreds of thousands fled; a few hundred stayed'],
    ['several hundred, a few thousand, dozens of people'],
    ['on Sept. 27, Oct. 22, 2020, October 22, 2020 and 27 September 2020'],
    ['on 2020-10-22, at 27/9, on 27.09.2020, at 10:30 or 5 p.m. or 1400 GMT'],
    ['from 1988 to 1994, between 1988 and 1994, in 1988–94, since 2014'],
    ['the first, second and third days; the 27th, the 2nd; the twenty-first century'],
    ['COVID-19, MH17, Su-25, S-300 systems'],
    ['2 dozens of bodies, two hundreds'],
  ])('%j yields no numerals', (text) => {
    expect(scanned(text)).toEqual([]);
  });

  it('returns spans with UTF-16 offsets, left to right and non-overlapping', () => {
    const text = 'Ärzte 🚑 zählten: 874 servicemen, twenty-one civilians and 1.5 million displaced — a dozen missing';
    const spans = enNumerals.scan(text);
    expect(spans.map((s) => s.value)).toEqual([874, 21, 1500000, 12]);
    let reached = 0;
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(reached);
      reached = s.end;
    }
  });

  it('agrees with parse on every span it returns', () => {
    const text = 'three hundred and twenty-five dead, 2,425 wounded, two dozen missing, 100K displaced';
    for (const s of enNumerals.scan(text)) expect(enNumerals.parse(s.text)).toBe(s.value);
  });

  it('leaves the digits of dates the caller has found alone, and finds them itself otherwise', () => {
    const text = 'Since Sept. 27 some 874 servicemen died; on 1400 days 12 more';
    const own = enNumerals.scan(text);
    expect(own.map((s) => s.text)).toEqual(['874', '1400', '12']);
    // The caller's spans are used instead of the grammar's own: a span over "1400" keeps it out.
    const at = text.indexOf('1400');
    expect(enNumerals.scan(text, [{ start: at, end: at + 4 }]).map((s) => s.text)).toEqual(['27', '874', '12']);
    expect(enNumerals.scan(text, enDates.scan(text, '2020-10-21'))).toEqual(own);
  });
});
