// Number phrases: qualifiers, ranges, stacked vague words, and the numbers that are not quantities.
import { describe, expect, it } from 'vitest';
import { quantitiesOf } from './engine-helpers.ts';

type Row = [string, string, [string, string, number | null, number | null][]];
const rows: Row[] = [
  // [text, language, [[value_text, qualifier, value, valueHigh]]]
  ['khoảng 30.000 người', 'vi', [['khoảng 30.000', 'approx', 30000, null]]],
  ['khoảng gần 200 người', 'vi', [['khoảng gần 200', 'nearly', 200, null]]],
  ['ít nhất hơn 2.000 binh sĩ', 'vi', [['ít nhất hơn 2.000', 'more_than', 2000, null]]],
  ['hàng trăm, thậm chí hàng nghìn người', 'vi', [['hàng trăm, thậm chí hàng nghìn', 'vague_range', null, null]]],
  ['từ 42.000 đến 44.000 người', 'vi', [['từ 42.000 đến 44.000', 'range', 42000, 44000]]],
  ['20.000-30.000 người', 'vi', [['20.000-30.000', 'range', 20000, 30000]]],
  ['gần một nghìn người', 'vi', [['gần một nghìn', 'nearly', 1000, null]]],
  ['chưa đầy 300 binh sĩ', 'vi', [['chưa đầy 300', 'fewer_than', 300, null]]],
  ['không quá 500 người', 'vi', [['không quá 500', 'at_most', 500, null]]],
  ['ít ra 40 người', 'vi', [['ít ra 40', 'at_least', 40, null]]],
  ['nhỉnh hơn 2.000 người', 'vi', [['nhỉnh hơn 2.000', 'more_than', 2000, null]]],
  ['vỏn vẹn 12 người', 'vi', [['vỏn vẹn 12', 'exact', 12, null]]],
  ['chưa đầy một tuần', 'vi', []],
  ['ngày 17.10 và 3/12', 'vi', []],
  ['hơn một tháng giao tranh', 'vi', []],
  ['lần thứ 2', 'vi', []],
  ['thêm 40 binh sĩ', 'vi', []],
  ['cao hơn khoảng 1.000 người', 'vi', []],
  ['cậu bé 12 tuổi', 'vi', []],
  // 'tới' that ends a toll link is "to", also before a second qualifier; 'có tới' is "as many as".
  ['số người chết đã lên tới gần 5.000 người', 'vi', [['gần 5.000', 'nearly', 5000, null]]],
  ['có tới gần 300 binh sĩ', 'vi', [['có tới gần 300', 'nearly', 300, null]]],
  ['in the thousands', 'en', [['in the thousands', 'thousands', null, null]]],
  ['an estimated 25,000 soldiers', 'en', [['an estimated 25,000', 'approx', 25000, null]]],
  // A word of degree before a bound is part of its phrase: just under is nearly, a little over still more than.
  ['a little under 3,000 soldiers', 'en', [['a little under 3,000', 'nearly', 3000, null]]],
  ['slightly fewer than 3,000 soldiers', 'en', [['slightly fewer than 3,000', 'nearly', 3000, null]]],
  ['slightly more than 2,000 people', 'en', [['slightly more than 2,000', 'more_than', 2000, null]]],
  ['far more than 2,000 people', 'en', [['far more than 2,000', 'more_than', 2000, null]]],
  ['far fewer than 3,000 people', 'en', [['far fewer than 3,000', 'fewer_than', 3000, null]]],
  ['more than 2,000 from each side', 'en', [['more than 2,000', 'more_than', 2000, null]]],
  ['25,000–30,000 people', 'en', [['25,000–30,000', 'range', 25000, 30000]]],
  ['between 1,000 and 1,500 troops', 'en', [['between 1,000 and 1,500', 'range', 1000, 1500]]],
  ['from 42,000 to 44,000 people', 'en', [['from 42,000 to 44,000', 'range', 42000, 44000]]],
  // A low end that leaves the high end's unit unsaid shares it; "3 to 400" and "2 to 3,500" say what they say.
  ['between 2 and 3 thousand soldiers', 'en', [['between 2 and 3 thousand', 'range', 2000, 3000]]],
  ['between 1.5 and 2 million people', 'en', [['between 1.5 and 2 million', 'range', 1500000, 2000000]]],
  ['two to three hundred people', 'en', [['two to three hundred', 'range', 200, 300]]],
  ['2 to 3,000 people', 'en', [['2 to 3,000', 'range', 2000, 3000]]],
  ['3 to 400 people', 'en', [['3 to 400', 'range', 3, 400]]],
  ['2 to 3,500 people', 'en', [['2 to 3,500', 'range', 2, 3500]]],
  ['between 1 and 100 people', 'en', [['between 1 and 100', 'range', 1, 100]]],
  ['từ 20 đến 30 nghìn người', 'vi', [['từ 20 đến 30 nghìn', 'range', 20000, 30000]]],
  ['1,5 đến 2 triệu người', 'vi', [['1,5 đến 2 triệu', 'range', 1500000, 2000000]]],
  ['2 đến 3 vạn người', 'vi', [['2 đến 3 vạn', 'range', 20000, 30000]]],
  ['hundreds, if not thousands, of people', 'en', [['hundreds, if not thousands', 'vague_range', null, null]]],
  ['tens of thousands of people', 'en', [['tens of thousands', 'tens_of_thousands', null, null]]],
  ['as many as 300 people', 'en', [['as many as 300', 'at_most', 300, null]]],
  ['rose from 800 to 874', 'en', [['874', 'exact', 874, null]]],
  // A change by an amount, then the new value: no range from 12 to 59.
  ['the toll rose by 12 to 59', 'en', [['59', 'exact', 59, null]]],
  ['killed another 12 to 15 people', 'en', []],
  ['about 1,000 more than previously reported', 'en', []],
  ['40 more servicemen', 'en', []],
  // Durations and ages are no quantities; the article before a victim noun counts one.
  ['six weeks of fighting and a 12-year-old boy', 'en', [['a', 'exact', 1, null]]],
  ['a 12-year-old boy', 'en', [['a', 'exact', 1, null]]],
  ['a drone strike', 'en', []],
  ['a dozen people', 'en', [['a dozen', 'exact', 12, null]]],
  ['Sept. 27 and 3/12', 'en', []],
  ['no one was hurt', 'en', []],
];

describe('findQuantities', () => {
  it.each(rows)('%j (%s)', (text, code, expected) => {
    const got = quantitiesOf(text, code).map((q) => [text.slice(q.start, q.end), q.qualifier, q.value, q.valueHigh]);
    expect(got).toEqual(expected);
  });

  it('keeps the parts of a stacked estimate, lower first', () => {
    expect(quantitiesOf('hundreds, if not thousands, of people', 'en')[0]?.parts).toEqual(['hundreds', 'thousands']);
  });
});
