// Who a claimant is: the registered row by any of its names, or for an article's claimant the one party
// its name holds, marked as inferred.
import { describe, expect, it } from 'vitest';
import { ClaimantLookup } from '../../pipeline/stages/claimant-lookup.ts';
import type { ClaimantRow, PartyRow } from '../../pipeline/schemas.ts';

const claimants: ClaimantRow[] = [
  { claimant: 'Azerbaijan Defence Ministry', party: 'azerbaijani', kind: 'official', aliases: ['Bộ Quốc phòng Azerbaijan'], notes: '' },
  { claimant: 'Human Rights Watch', party: '', kind: 'third_party', aliases: [], notes: '' },
  { claimant: 'Vladimir Putin', party: '', kind: 'third_party', aliases: [], notes: '' },
  { claimant: 'Reuters', party: '', kind: 'media', aliases: [], notes: '' },
];
const parties: PartyRow[] = [
  { party: 'armenian', conflict: 'nk', aliases: ['Armenia', 'Armenian', 'phía Armenia'] },
  { party: 'azerbaijani', conflict: 'nk', aliases: ['Azerbaijan', 'Azerbaijani'] },
];
const lookup = new ClaimantLookup(claimants, parties);

describe('ClaimantLookup', () => {
  it('finds a registered claimant by any spelling of its name or an alias', () => {
    for (const name of ["Azerbaijan's Defence Ministry", 'the Azerbaijan Defence Ministry', 'Bộ Quốc phòng Azerbaijan']) {
      expect(lookup.who(name, 'nk', true)).toEqual({ party: 'azerbaijani', kind: 'official', inferred: false });
    }
    expect(lookup.who('Human Rights Watch', 'nk', true)).toEqual({ party: '', kind: 'third_party', inferred: false });
  });

  it("finds the one registered claimant whose name an article's claimant holds as whole words", () => {
    expect(lookup.who('Russian President Vladimir Putin', 'nk', true)).toEqual({ party: '', kind: 'third_party', inferred: false });
    expect(lookup.who('Tổng thống Nga Vladimir Putin', 'nk', true)).toEqual({ party: '', kind: 'third_party', inferred: false });
    expect(lookup.who('A Reuters tally', 'nk', true)).toEqual({ party: '', kind: 'media', inferred: false });
    expect(lookup.who("The Azerbaijan defence ministry's figures", 'nk', true)).toEqual({ party: 'azerbaijani', kind: 'official', inferred: false });
    expect(lookup.who("a spokesman for Azerbaijan's Defence Ministry", 'nk', true)).toEqual({ party: 'azerbaijani', kind: 'official', inferred: false });
  });

  it('finds no registered claimant in words that hold two, in part of a word, or for the publisher or a table row', () => {
    expect(lookup.who('Reuters, citing the Azerbaijan Defence Ministry', 'nk', true)).toEqual({ party: 'azerbaijani', kind: '', inferred: true });
    expect(lookup.who('Reutersfeed editors', 'nk', true).kind).toBe('');
    expect(lookup.who('A Reuters tally', 'nk', false).kind).toBe('');
  });

  it("infers an article claimant's party from the one party its name holds", () => {
    expect(lookup.who('the Armenian Health Ministry', 'nk', true)).toEqual({ party: 'armenian', kind: '', inferred: true });
    expect(lookup.who('Bộ Quốc phòng phía Armenia', 'nk', true)).toEqual({ party: 'armenian', kind: '', inferred: true });
  });

  it('infers nothing from a name with no party, or two, or from another conflict, or for a table row', () => {
    expect(lookup.who('U.S. officials', 'nk', true).party).toBe('');
    expect(lookup.who('Armenian and Azerbaijani officials', 'nk', true).party).toBe('');
    expect(lookup.who('the Armenian Health Ministry', 'other-war', true).party).toBe('');
    expect(lookup.who('the Armenian Health Ministry', 'nk', false).party).toBe('');
  });
});
