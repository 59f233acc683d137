// Who a claimant is: the claimants.csv row one of whose names it is, however a text writes it. An article's
// claimant that no row names takes the one party its name holds ("the Armenian Health Ministry"), marked
// as inferred: that is what makes a claim by one party about another's dead an enemy claim.
import { partyNames } from '../extract/party-names.ts';
import { claimantKey } from '../ingest/claimant-names.ts';
import type { ClaimantRow, PartyRow } from '../schemas.ts';

export interface Who { party: string; kind: ClaimantRow['kind'] | ''; inferred: boolean }

const nobody: Who = { party: '', kind: '', inferred: false };

export class ClaimantLookup {
  private readonly byKey = new Map<string, ClaimantRow>();

  /** `claimants` share no name (see distinctClaimantNames); were one shared, the first row would keep it. */
  constructor(claimants: readonly ClaimantRow[], private readonly parties: readonly PartyRow[]) {
    for (const row of claimants) {
      for (const name of [row.claimant, ...row.aliases]) {
        const key = claimantKey(name);
        if (!this.byKey.has(key)) this.byKey.set(key, row);
      }
    }
  }

  /** Who `name` is; when no row names it and it comes from an article, the one party of `conflict` it names, if any. */
  who(name: string, conflict: string, fromArticle: boolean): Who {
    const row = this.byKey.get(claimantKey(name));
    if (row) return { party: row.party, kind: row.kind, inferred: false };
    if (!fromArticle) return nobody;
    const named = new Set(partyNames(this.parties, conflict).findAll(name).map((h) => h.tag));
    const [party] = named;
    return named.size === 1 && party ? { party, kind: '', inferred: true } : nobody;
  }
}
