// A figure of the speaker's own victims ("3,825 of its soldiers") takes the speaker's party as its side; one of the
// speaker's enemy's ("220 enemy soldiers") the party opposed to it, when the conflict has two.
import { describe, expect, it } from 'vitest';
import type { ClaimantRow, Mention, PartyRow } from '../../pipeline/schemas.ts';
import { interpret } from '../../pipeline/stages/interpret.ts';

const parties: PartyRow[] = [
  { party: 'armenian', conflict: 'nk', aliases: ['Armenia', 'Armenian'] },
  { party: 'azerbaijani', conflict: 'nk', aliases: ['Azerbaijan', 'Azerbaijani'] },
];
const claimants: ClaimantRow[] = [{ claimant: 'Armenian Defence Ministry', party: 'armenian', kind: 'official', aliases: ['Hovhannisyan'], notes: '' }];

const mention = (claimant: string, side: string, flags: string[]): Mention => ({
  source_id: 's', line: 1, column: 1, conflict: 'nk', measure: 'killed', population: 'military', side, period_start: '', period_end: '',
  as_of: '2020-10-21', qualifier: 'exact', value: 3825, value_high: null, value_text: '3,825', quote: 'q', quote_start: 0, quote_end: 1,
  claimant, language: 'en', flags,
});

const claimOf = (m: Mention) => {
  const { claims } = interpret({ mentions: [m], figures: [], sources: [], claimants, parties, policy: 'interval' });
  return [claims[0]?.side, claims[0]?.flags];
};

describe('the side of the speaker\'s own victims', () => {
  it('is the party the claimant names, or its registered party', () => {
    expect(claimOf(mention('Armenia', '', ['own_side']))).toEqual(['armenian', 'claimant_party_inferred;side_from_claimant']);
    expect(claimOf(mention('Hovhannisyan', '', ['own_side']))).toEqual(['armenian', 'side_from_claimant']);
  });
  it('stays unknown, and flagged, when the claimant has no party', () => {
    expect(claimOf(mention('The ministry', '', ['own_side']))).toEqual(['', 'own_side']);
    expect(claimOf(mention('', '', ['own_side']))).toEqual(['', 'claimant_is_publisher;own_side']);
  });
  it('never overrides a side the words state', () => {
    expect(claimOf(mention('Armenia', 'azerbaijani', []))).toEqual(['azerbaijani', 'claimant_party_inferred;enemy_claim']);
  });
});

describe('the side of the speaker\'s enemy\'s victims', () => {
  it('is the one party opposed to the claimant\'s, and the claim is an enemy claim', () => {
    expect(claimOf(mention('Hovhannisyan', '', ['enemy_side']))).toEqual(['azerbaijani', 'enemy_claim;side_from_claimant']);
    expect(claimOf(mention('Azerbaijan', '', ['enemy_side']))).toEqual(['armenian', 'claimant_party_inferred;enemy_claim;side_from_claimant']);
  });
  it('stays unknown, and flagged, when the claimant has no party or the conflict more than one opponent', () => {
    expect(claimOf(mention('The ministry', '', ['enemy_side']))).toEqual(['', 'enemy_side']);
    const three = [...parties, { party: 'russian', conflict: 'nk', aliases: ['Russia'] }];
    const { claims } = interpret({ mentions: [mention('Hovhannisyan', '', ['enemy_side'])], figures: [], sources: [], claimants, parties: three, policy: 'interval' });
    expect([claims[0]?.side, claims[0]?.flags]).toEqual(['', 'enemy_side']);
  });
});
