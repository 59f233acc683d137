import { describe, expect, it } from 'vitest';
import { viDates } from '../../pipeline/languages/vi/dates.ts';
import { viNumerals } from '../../pipeline/languages/vi/numerals.ts';

const parseRows: Array<[string, number | null]> = [
  // digits, Vietnamese separators and suffixes
  ['30.000', 30000],
  ['1.200.000', 1200000],
  ['3.000.000', 3000000],
  ['100000', 100000],
  ['1,5', 1.5],
  ['01,10', 1.1],
  [',77', 0.77],
  ['1.200.000,5', 1200000.5],
  ['100K', 100000],
  ['3M', 3000000],
  ['1,2M', 1200000],
  [',0012G', 1200000],
  ['-1,2M', -1200000],
  ['âm 1.200.000', -1200000],
  // words
  ['mười lăm', 15],
  ['hai mươi mốt', 21],
  ['hai mươi một', 21],
  ['ba mươi tư', 34],
  ['ba mươi bốn', 34],
  ['Mười Lăm', 15],
  ['ba mươi nghìn', 30000],
  ['một nghìn', 1000],
  ['năm ngàn', 5000],
  ['hai trăm linh năm', 205],
  ['một trăm lẻ tư', 104],
  ['hai trăm năm mươi', 250],
  ['hai chục', 20],
  ['trăm', 100],
  ['chục', 10],
  ['chục nghìn', 10000],
  ['một triệu hai trăm nghìn', 1200000],
  ['hai mươi mốt nghìn không trăm mười một', 21011],
  ['một triệu năm nghìn', 1005000],
  ['hai triệu rưỡi', 2500000],
  ['nửa triệu', 500000],
  ['nửa tỷ', 500000000],
  ['một nghìn tỷ', 1e12],
  // digits with a multiplier word
  ['30 nghìn', 30000],
  ['1,5 triệu', 1500000],
  ['1,1 nghìn', 1100],
  ['2 tỷ', 2000000000],
  ['2 triệu 500 nghìn', 2500000],
  // not numerals
  ['nửa', null],
  ['chục chục', null],
  ['nửa triệu hai', null],
  ['17.10', null],
  ['27/9', null],
  ['21/110', null],
  ['1.2', null],
  ['mười năm', null],
  ['hai mươi năm', null],
  ['một nghìn năm', null],
  ['hai năm', null],
  ['tư', null],
  ['nghìn', null],
  ['hai nghìn nghìn', null],
  ['30, 40', null],
  ['100km', null],
  ['người', null],
  ['', null],
];

describe('viNumerals.parse', () => {
  it.each(parseRows)('%j -> %j', (given, expected) => {
    expect(viNumerals.parse(given)).toBe(expected);
  });
});

const scanRows: Array<[string, Array<[string, number]>]> = [
  [
    'cuộc chiến tranh kéo dài từ tháng 2/1988 đến tháng 5/1994, khiến khoảng 30.000 người thiệt mạng. Căng thẳng tái bùng phát từ sáng 27/9 vừa qua',
    [['30.000', 30000]],
  ],
  // The first of two days is a date, not a numeral.
  ['trong hai ngày 20 và 21/10', [['hai', 2]]],
  ['Cũng trong ngày 21/110, Thủ tướng Armenia Nikol Pashinyan cho rằng', []],
  ['Một tuần sau', [['Một', 1]]],
  ['năm 1988 có năm người chết', [['năm', 5]]],
  ['năm nay và năm ngoái', []],
  ['hai mươi năm chiến tranh, mười năm hòa bình', [['hai mươi', 20], ['mười', 10]]],
  ['5 năm chiến tranh có ba mươi nghìn người chết', [['5', 5], ['ba mươi nghìn', 30000]]],
  // "5 năm qua" (the past five years) is a date: its digits are no numeral.
  ['5 năm qua có ba mươi nghìn người chết', [['ba mươi nghìn', 30000]]],
  ['hàng trăm người bị thương, hàng trăm nghìn người sơ tán', []],
  ['hàng chục người, vài chục nghìn người, hơn chục người', [['chục', 10]]],
  ['khoảng 1,5 triệu người, 30 nghìn binh sĩ và 2 tỷ USD', [['1,5 triệu', 1500000], ['30 nghìn', 30000], ['2 tỷ', 2000000000]]],
  ['ba, bốn người', [['ba', 3], ['bốn', 4]]],
  ['hai và ba', [['hai', 2], ['ba', 3]]],
  ['ngày 17.10 có 1.200 người', [['1.200', 1200]]],
  ['17.10 và 1/2/3', []],
  ['ngày 27 tháng 9 năm 2020 có 12 người chết', [['12', 12]]],
  ['tháng sáu có hai trăm linh năm người', [['hai trăm linh năm', 205]]],
  ['không có người nào thiệt mạng', []],
  ['H5N1 giết 100K gia cầm', [['100K', 100000]]],
  ['Hai Mươi Mốt người', [['Hai Mươi Mốt', 21]]],
  ['một nghìn năm lịch sử', [['một nghìn', 1000]]],
  ['tổng cộng 30.000.', [['30.000', 30000]]],
  // Thousands apart by spaces are one number; "000" alone was read as a toll of zero.
  ['30 000 binh sĩ và 1 200 000 người', [['30 000', 30000], ['1 200 000', 1200000]]],
  ['ngày 27 9 người và 12 1234 người', [['27', 27], ['9', 9], ['12', 12], ['1234', 1234]]],
  ['hơn 2 vạn người, hai vạn rưỡi người', [['2 vạn', 20000], ['hai vạn rưỡi', 25000]]],
];

describe('viNumerals.scan', () => {
  it.each(scanRows)('%j', (given, expected) => {
    const spans = viNumerals.scan(given);
    expect(spans.map((s) => [s.text, s.value])).toEqual(expected);
    let last = 0;
    for (const s of spans) {
      expect(given.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
  });
});

describe('viNumerals.scan with the dates already found', () => {
  it('uses the caller\'s date spans instead of looking for its own', () => {
    const text = 'Từ ngày 27/9, 874 binh sĩ thiệt mạng; 12 người mất tích';
    const own = viNumerals.scan(text);
    expect(own.map((s) => s.text)).toEqual(['874', '12']);
    expect(viNumerals.scan(text, viDates.scan(text, '2020-10-21'))).toEqual(own);
    const at = text.indexOf('874');
    expect(viNumerals.scan(text, [{ start: at, end: at + 3 }]).map((s) => s.text)).toEqual(['12']);
    // With no dates given as known, "27/9" is still not a numeral: it is no number shape at all.
    expect(viNumerals.scan(text, []).map((s) => s.text)).toEqual(['874', '12']);
  });
});
