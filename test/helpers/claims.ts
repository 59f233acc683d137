// A claim with sensible defaults, for tests that care about a few fields.
import type { Claim } from '../../pipeline/schemas.ts';

export function claim(over: Partial<Claim> & { claim_id: string }): Claim {
  return {
    source_id: over.claim_id.split(':')[0] ?? 'src', conflict: 'river-war', measure: 'killed', population: 'military', side: 'north',
    period_start: '2021-03-03', period_end: '', as_of: '2021-03-05', low: 100, best: 100, high: 100, qualifier: 'exact', rule: 'exact',
    value_text: String(over.best ?? 100), quote: '', quote_start: null, quote_end: null, claimant: 'North Defence Ministry', claimant_party: 'north',
    claimant_kind: 'official', publisher: 'Wire', url: '', published_at: over.as_of ?? '2021-03-05', language: 'en', flags: '', policy: 'interval',
    ...over,
  };
}

export const exact = (claim_id: string, as_of: string, n: number, over: Partial<Claim> = {}) =>
  claim({ claim_id, as_of, low: n, best: n, high: n, value_text: String(n), ...over });
