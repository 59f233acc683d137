// Whether a number phrase is a casualty figure, and of what: measure, population, side, per side.
import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../pipeline/extract/phrases.ts';
import { readingsOf } from './engine-helpers.ts';
import { PARTIES } from './read-text.ts';

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
  // Victims and a party named with the toll are the figure's, even when the figure has its own cue.
  ['Civilian casualties stood at 143 dead and 685 wounded', 'en', [['143', 'killed', 'civilian'], ['685', 'wounded', 'civilian']]],
  ['Casualties among civilians stood at 143 dead and 685 wounded', 'en', [['143', 'killed', 'civilian'], ['685', 'wounded', 'civilian']]],
  ['The toll among civilians rose to 45', 'en', [['45', 'killed', 'civilian']]],
  ['The Armenian death toll in the war has risen to 3,825', 'en', [['3,825', 'killed', 'total', 'armenian']]],
  ["Azerbaijan's military death toll rose to 2,783", 'en', [['2,783', 'killed', 'military', 'azerbaijani']]],
  ['Armenia said the death toll rose to 50', 'en', [['50', 'killed', 'total']]],
  // A qualifier that is a verb hands the toll its number; headlines say it in the present.
  ['The death toll in Gaza surpassed 30,000', 'en', [['surpassed 30,000', 'killed', 'total']]],
  ['Death toll tops 1,000 as fighting rages', 'en', [['tops 1,000', 'killed', 'total']]],
  ['Death toll hits 100', 'en', [['100', 'killed', 'total']]],
  // A passive verb hands the toll its number, and an estimate is approximate.
  ['The death toll is estimated at 5,000', 'en', [['estimated at 5,000', 'killed', 'total']]],
  ['Casualties on both sides are estimated at several thousand', 'en', [['estimated at several thousand', 'casualties', 'total']]],
  ['Số người chết được ước tính khoảng 5.000 người', 'vi', [['ước tính khoảng 5.000', 'killed', 'total']]],
  ['Death toll in Gaza nears 30,000', 'en', [['nears 30,000', 'killed', 'total']]],
  ['Số người chết ở Gaza vượt quá 30.000', 'vi', [['vượt quá 30.000', 'killed', 'total']]],
  ['25,000 soldiers and civilians died', 'en', [['25,000', 'killed', 'total']]],
  ['up to 5,000 had been killed, including more than 2,000 on each side', 'en', [['up to 5,000', 'killed', 'total'], ['more than 2,000', 'killed', 'total', '', true]]],
  // 'each' right before the figure's verb: a figure per side.
  ['Armenia and Azerbaijan have each lost about 3,000 soldiers', 'en', [['about 3,000', 'killed', 'military', '', true]]],
  ['Armenia and Azerbaijan have each reported about 3,000 deaths', 'en', [['about 3,000', 'killed', 'total', '', true]]],
  // 'each' before a verb whose cue reaches the figure across a count of things.
  ['Armenia and Azerbaijan each lost 300 tanks and 5,000 soldiers', 'en', [['5,000', 'killed', 'military', '', true]]],
  ['Russia lost 300 tanks and 5,000 soldiers', 'en', [['5,000', 'killed', 'military']]],
  // The party that lost the victims is their side; a party past a conjunction is another clause's.
  ['Armenia lost 3,825 soldiers', 'en', [['3,825', 'killed', 'military', 'armenian']]],
  ['Azerbaijan said Armenia had suffered 3,825 military deaths', 'en', [['3,825', 'killed', 'military', 'armenian']]],
  ['Azerbaijan said Armenia had lost 200 soldiers', 'en', [['200', 'killed', 'military', 'armenian']]],
  // …or the party of the force that lost them; a force's party that is the agent of a killing is not the victims'.
  ['Armenian forces lost 300 soldiers', 'en', [['300', 'killed', 'military', 'armenian']]],
  ['The Armenian army lost 40 soldiers on Sunday', 'en', [['40', 'killed', 'military', 'armenian']]],
  ['Azerbaijani troops lost 200 men in the assault', 'en', [['200', 'killed', 'total', 'azerbaijani']]],
  ['Armenian forces killed 300 soldiers', 'en', [['300', 'killed', 'military']]],
  ['Armenia lost 12 soldiers and Azerbaijan lost 20', 'en', [['12', 'killed', 'military', 'armenian'], ['20', 'killed', 'military', 'azerbaijani']]],
  ['Nga mất 300 xe tăng và 5.000 binh sĩ', 'vi', [['5.000', 'killed', 'military', 'russian']]],
  ['Armenia đã mất 3.825 binh sĩ', 'vi', [['3.825', 'killed', 'military', 'armenian']]],
  ['Cả hai bên đều mất khoảng 3.000 binh sĩ', 'vi', [['khoảng 3.000', 'killed', 'military', '', true]]],
  // 'Each day' marks no side but a rate, which counts no one.
  ['Each day, 20 people were killed', 'en', [null]],
  ['Each side said 12 of its soldiers were killed, and 40 civilians died', 'en', [['12', 'killed', 'military', '', true], ['40', 'killed', 'civilian']]],
  // A comma that groups thousands closes no aside: the part's party is not the whole's.
  ['killed at least 6,500 people, including 2,900 Armenian soldiers', 'en', [['at least 6,500', 'killed', 'total'], ['2,900', 'killed', 'military', 'armenian']]],
  ['killed 45 people, including three children', 'en', [['45', 'killed', 'total'], ['three', 'killed', 'children']]],
  ['killed 45 people, including three women', 'en', [['45', 'killed', 'total'], ['three', 'killed', 'women']]],
  // Women and children together are no group counted apart: a subset of the toll, not a second count.
  ['killed 45 people, including 30 women and children', 'en', [['45', 'killed', 'total'], null]],
  ['1.9 million people, or about 85% of the population, had been displaced', 'en', [['1.9 million', 'displaced', 'total']]],
  ['5,000 troops were deployed to the border', 'en', [null]],
  ['2 million people live in the region', 'en', [null]],
  ['scores of fighters were killed or wounded', 'en', [['scores', 'casualties', 'military']]],
  // A running total takes what the number phrase nearest before it counts, when that is a figure or an increase.
  ['40 more soldiers were killed, bringing the total to 1,166', 'en', [['1,166', 'killed', 'military']]],
  // An increase named by its cue noun alone, after a modifier ('more', 'new'): still the running total's measure.
  ['Officials reported 11 more deaths, bringing the total to 1,177', 'en', [['1,177', 'killed', 'total']]],
  ['Officials reported 11 new deaths, bringing the total to 1,177', 'en', [['1,177', 'killed', 'total']]],
  ['Four suspicious deaths were reported', 'en', [['Four', 'killed', 'total']]],
  ['3 soldiers were killed, bringing its losses in the operation to 48', 'en', [['3', 'killed', 'military'], ['48', 'killed', 'military']]],
  ['3 civilians died and 40 trucks arrived, bringing the total to 200', 'en', [['3', 'killed', 'civilian'], null]],
  ['40 more trucks arrived, bringing the total to 200', 'en', [null]],
  ['bringing the total to 200', 'en', [null]],
  // A toll's verb hands on a second number across a date and a conjunction or comma, and nothing else.
  ["Armenia's death toll stood at 300 on Friday and rose to 350 by Sunday", 'en', [['300', 'killed', 'total', 'armenian'], ['350', 'killed', 'total', 'armenian']]],
  // A figure after another's day and a conjunction repeats its verb, and its victims when it names none.
  ['12 soldiers were killed on Sunday, and 15 on Monday', 'en', [['12', 'killed', 'military'], ['15', 'killed', 'military']]],
  ['Shelling killed 12 civilians on Sunday and 15 soldiers on Monday', 'en', [['12', 'killed', 'civilian'], ['15', 'killed', 'military']]],
  ['12 người thiệt mạng hôm Chủ nhật và 15 người hôm thứ Hai', 'vi', [['12', 'killed', 'total'], ['15', 'killed', 'total']]],
  // …but a count of things after the conjunction is none.
  ['12 people were killed on Sunday and 15 more houses on Monday', 'en', [['12', 'killed', 'total']]],
  ['The death toll stood at 300, in a town of 5,000', 'en', [['300', 'killed', 'total'], null]],
  ["Armenia's death toll rose to 300, while Azerbaijan reached 200", 'en', [['300', 'killed', 'total', 'armenian'], null]],
  // A second party's possessive, the toll's noun left out, is that party's toll.
  ["Armenia's death toll rose to 300, while Azerbaijan's reached 200", 'en', [['300', 'killed', 'total', 'armenian'], ['200', 'killed', 'total', 'azerbaijani']]],
  ['thêm 300 người phải sơ tán, đưa tổng số lên 90.000', 'vi', [['90.000', 'displaced', 'total']]],
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

  it('reads "the other side" as the other of two parties, and as no side among more', () => {
    const armeniaAzerbaijan = new PhraseSet(PARTIES.filter((p) => p.party === 'armenian' || p.party === 'azerbaijani')
      .flatMap((p) => p.aliases.map((a): [string, string] => [a, p.party])));
    const sides = (text: string, code: string, parties?: PhraseSet<string>) => readingsOf(text, code, parties).map(({ reading }) => reading?.side ?? null);
    const en = '3,825 soldiers were killed on the Armenian side and 2,906 on the other side';
    const vi = '3.825 binh sĩ phía Armenia thiệt mạng và 2.906 binh sĩ ở phía bên kia';
    expect(sides(en, 'en', armeniaAzerbaijan)).toEqual(['armenian', 'azerbaijani']);
    expect(sides(vi, 'vi', armeniaAzerbaijan)).toEqual(['armenian', 'azerbaijani']);
    expect(sides(en, 'en')).toEqual(['armenian', '']);
    expect(sides('Azerbaijan lost 2,906 soldiers, and 3,825 were killed on the other side', 'en', armeniaAzerbaijan)).toEqual(['azerbaijani', 'armenian']);
  });

  it('says when the measure came from the figure a running total totals', () => {
    const flagged = (text: string) => readingsOf(text, 'en').map(({ reading }) => reading?.measureFromContext ?? null);
    expect(flagged('3 soldiers were killed, bringing the total to 48')).toEqual([false, true]);
    expect(flagged('the death toll rose to 48')).toEqual([false]);
  });
});
