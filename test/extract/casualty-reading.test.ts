// Whether a number phrase is a casualty figure, and of what: measure, population, side, per side.
import { describe, expect, it } from 'vitest';
import { readingsOf } from './engine-helpers.ts';

type Reading = [string, string, string, string?, boolean?] | null; // [value_text, measure, population, side, eachSide]
const rows: [string, string, Reading[]][] = [
  ['874 binh sĩ và 37 dân thường thiệt mạng', 'vi', [['874', 'killed', 'military'], ['37', 'killed', 'civilian']]],
  ['Số người thiệt mạng đã tăng lên 59 người', 'vi', [['59', 'killed', 'total']]],
  ['hơn 2.000 binh sĩ mỗi bên đã thiệt mạng', 'vi', [['hơn 2.000', 'killed', 'military', '', true]]],
  ['Hơn 100.000 người Armenia đã rời bỏ khu vực', 'vi', [['Hơn 100.000', 'displaced', 'total', 'armenian']]],
  ['Lực lượng gồm 1.960 binh sĩ sẽ được triển khai', 'vi', [null]],
  ['16 people were killed and more than 100 wounded', 'en', [['16', 'killed', 'total'], ['more than 100', 'wounded', 'total']]],
  ['killing at least 16 people', 'en', [['at least 16', 'killed', 'total']]],
  ['killed 12 soldiers and wounded 30 others', 'en', [['12', 'killed', 'military'], ['30', 'wounded', 'total']]],
  ['killed 874 soldiers and 37 civilians', 'en', [['874', 'killed', 'military'], ['37', 'killed', 'civilian']]],
  ['Two Ukrainian servicemen were killed and four wounded', 'en', [['Two', 'killed', 'military', 'ukrainian'], ['four', 'wounded', 'military', 'ukrainian']]],
  ['the death toll rose to 874', 'en', [['874', 'killed', 'total']]],
  ['the death toll on the two sides rose to 5,000', 'en', [['5,000', 'killed', 'total']]],
  ['25,000 soldiers and civilians died', 'en', [['25,000', 'killed', 'total']]],
  ['up to 5,000 had been killed, including more than 2,000 on each side', 'en', [['up to 5,000', 'killed', 'total'], ['more than 2,000', 'killed', 'total', '', true]]],
  ['killed 45 people, including three children', 'en', [['45', 'killed', 'total'], null]],
  ['1.9 million people, or about 85% of the population, had been displaced', 'en', [['1.9 million', 'displaced', 'total']]],
  ['5,000 troops were deployed to the border', 'en', [null]],
  ['2 million people live in the region', 'en', [null]],
  ['scores of fighters were killed or wounded', 'en', [['scores', 'casualties', 'military']]],
];

describe('readSentence', () => {
  it.each(rows)('%j (%s)', (text, code, expected) => {
    const got = readingsOf(text, code).map(({ text: value, reading: r }): Reading => {
      if (!r) return null;
      const row: Reading = [value, r.measure, r.population];
      if (r.side || r.eachSide) row.push(r.side);
      if (r.eachSide) row.push(true);
      return row;
    });
    expect(got).toEqual(expected);
  });
});
