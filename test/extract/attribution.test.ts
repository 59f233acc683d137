// Claimants: the name an attribution gives, or '' when it names no one (the publisher stands in later).
import { describe, expect, it } from 'vitest';
import { findClaimant } from '../../pipeline/extract/attribution.ts';
import { indexLexicon } from '../../pipeline/extract/lexicon-index.ts';
import { lang, PUBLISHED } from './engine-helpers.ts';

const rows: [string, string, string][] = [
  ['Bộ Quốc phòng Armenia cho biết 874 binh sĩ đã thiệt mạng.', 'vi', 'Bộ Quốc phòng Armenia'],
  ['Theo Bộ Y tế Gaza, ít nhất 16 người thiệt mạng.', 'vi', 'Bộ Y tế Gaza'],
  ['Tổ chức Y tế Thế giới (WHO) cho biết 112 người thương vong.', 'vi', 'Tổ chức Y tế Thế giới (WHO)'],
  ['Hơn 1.000 binh sĩ đã thiệt mạng, phía Armenia tuyên bố.', 'vi', 'phía Armenia'],
  ['Một quan chức địa phương cho biết 31 người chết.', 'vi', ''],
  ['Ông cho biết 5 người chết.', 'vi', ''],
  ['The Armenian Defence Ministry said 874 servicemen had been killed.', 'en', 'The Armenian Defence Ministry'],
  ['16 people were killed, the ministry said.', 'en', ''],
  ['"Sixteen people died," said Ali Hassan, a local official.', 'en', 'Ali Hassan'],
  ['According to the UN refugee agency, 90,000 people fled.', 'en', 'the UN refugee agency'],
  ['Nagorno-Karabakh officials have reported 1,177 military deaths.', 'en', 'Nagorno-Karabakh officials'],
  ['He said 16 people were killed.', 'en', ''],
  ['The ministry said on Monday that 16 soldiers died.', 'en', ''],
  ['Over 1,000 troops have been killed, Armenian officials claimed.', 'en', 'Armenian officials'],
];

describe('findClaimant', () => {
  it.each(rows)('%j (%s) → %j', (text, code, expected) => {
    const l = lang(code);
    expect(findClaimant(text, 0, text.length, indexLexicon(l), l.dates.scan(text, PUBLISHED))).toBe(expected);
  });
});
