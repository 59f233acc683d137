// Conflict names, exact and one or two letters off, and the edit distance behind them.
import { describe, expect, it } from 'vitest';
import { editDistance, findConflictNames } from '../../pipeline/extract/conflict-names.ts';

const conflicts = [{ id: 'nk', name: 'Nagorno-Karabakh conflict', aliases: ['Nagorno-Karabakh', 'Nagorny-Karabakh', 'Nagorny Karabakh', 'Karabakh', 'Artsakh'] }];

describe('findConflictNames', () => {
  const rows: [string, [string, string, boolean][]][] = [
    ['xung đột tại Nagorny-Karabakh.', [['Nagorny-Karabakh', 'Nagorny-Karabakh', true]]],
    ['cuộc xung đột Nagorny-Karakbakh ở giai đoạn này', [['Nagorny-Karakbakh', 'Nagorny-Karabakh', false]]],
    ['fighting in Nagorny  Karabakh and Artsakh', [['Nagorny  Karabakh', 'Nagorny Karabakh', true], ['Artsakh', 'Artsakh', true]]],
    ['KARABAKH, karabakh and Karabach', [['KARABAKH', 'Karabakh', true], ['Karabach', 'Karabakh', false]]],
    ['Armenia, Azerbaijan and Kabul', []],
    ['the Trans-Karabakh road', []],
  ];
  it.each(rows)('%j', (text, expected) => {
    expect(findConflictNames(text, conflicts).map((h) => [h.text, h.alias, h.exact])).toEqual(expected);
  });
});

describe('editDistance', () => {
  const rows: [string, string, number, number][] = [
    ['nagorny-karakbakh', 'nagorny-karabakh', 2, 1],
    ['karbaakh', 'karabakh', 1, 1], // a transposition is one edit
    ['armenia', 'artsakh', 1, 2], // past the limit: limit + 1
    ['abc', 'abc', 0, 0],
    ['', 'ab', 2, 2],
  ];
  it.each(rows)('%j ~ %j (max %i) → %i', (a, b, max, expected) => expect(editDistance(a, b, max)).toBe(expected));
});
