// Claimant names compare by a key that ignores case, a leading article and a possessive; two rows of
// claimants.csv may not share a name.
import { describe, expect, it } from 'vitest';
import { claimantKey, distinctClaimantNames } from '../../pipeline/ingest/claimant-names.ts';
import type { ClaimantRow } from '../../pipeline/schemas.ts';

const row = (claimant: string, party: string, aliases: string[] = []): ClaimantRow => ({ claimant, party, kind: 'official', aliases, notes: '' });

describe('claimantKey', () => {
  it('gives one key to the spellings of one name', () => {
    const keys = ["Azerbaijan's Defence Ministry", 'the Azerbaijan Defence Ministry', 'Azerbaijan’s defence  ministry', 'AZERBAIJAN DEFENCE MINISTRY']
      .map(claimantKey);
    expect(new Set(keys)).toEqual(new Set(['azerbaijan defence ministry']));
  });

  it('keeps names that differ in a word apart', () => {
    expect(claimantKey('Armenian Health Ministry')).not.toBe(claimantKey('Armenia Health Ministry'));
    expect(claimantKey('Theo Bộ Quốc phòng')).toBe('theo bộ quốc phòng'); // "the" only as a whole word
    expect(claimantKey('Bộ Quốc phòng Armenia')).toBe('bộ quốc phòng armenia');
  });
});

describe('distinctClaimantNames', () => {
  it('keeps every name that only one row has', () => {
    const rows = [{ line: 2, row: row('Armenia Health Ministry', 'armenian', ['Bộ Y tế Armenia']) }, { line: 3, row: row('Azerbaijan Defence Ministry', 'azerbaijani') }];
    const out = distinctClaimantNames(rows, 'claimants.csv');
    expect(out.findings).toEqual([]);
    expect(out.rows).toEqual(rows);
  });

  it('gives a name two rows share to the first, and reports the second with its line', () => {
    const rows = [
      { line: 2, row: row('Armenia Defence Ministry', 'armenian', ['Defence Ministry']) },
      { line: 5, row: row('Azerbaijan Defence Ministry', 'azerbaijani', ['the Defence Ministry', 'MoD Azerbaijan']) },
    ];
    const out = distinctClaimantNames(rows, 'claimants.csv');
    expect(out.rows.map((r) => r.row.aliases)).toEqual([['Defence Ministry'], ['MoD Azerbaijan']]);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ file: 'claimants.csv', line: 5, code: 'claimant_name_ambiguous', outcome: 'repaired' });
    expect(out.findings[0]?.message).toContain('"the Defence Ministry"');
    expect(out.findings[0]?.fix).toContain('Take "the Defence Ministry" out');
  });
});
