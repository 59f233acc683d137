// Who a claimant is: the claimants.csv row one of whose names it is, however a text writes it. An article's
// claimant that no row names is the row whose name its words hold ("Russian President Vladimir Putin", "A Reuters
// tally"), when they hold one row's; else it takes the one party its name holds ("the Armenian Health Ministry"),
// marked as inferred: that is what makes a claim by one party about another's dead an enemy claim.
import { partyNames } from '../extract/party-names.ts';
import { PhraseSet } from '../extract/phrases.ts';
import { claimantKey } from '../ingest/claimant-names.ts';
import type { ClaimantRow, PartyRow } from '../schemas.ts';

export interface Who { party: string; kind: ClaimantRow['kind'] | ''; inferred: boolean }

const nobody: Who = { party: '', kind: '', inferred: false };

export class ClaimantLookup {
  private readonly byKey = new Map<string, ClaimantRow>();
  private readonly names: PhraseSet<ClaimantRow>;

  /** `claimants` share no name (see distinctClaimantNames); were one shared, the first row would keep it. */
  constructor(claimants: readonly ClaimantRow[], private readonly parties: readonly PartyRow[]) {
    for (const row of claimants) {
      for (const name of [row.claimant, ...row.aliases]) {
        const key = claimantKey(name);
        if (!this.byKey.has(key)) this.byKey.set(key, row);
      }
    }
    this.names = new PhraseSet(this.byKey);
  }

  /** Who `name` is; when no row names it and it comes from an article, the one party of `conflict` it names, if any. */
  who(name: string, conflict: string, fromArticle: boolean): Who {
    const key = claimantKey(name);
    const row = this.byKey.get(key) ?? (fromArticle ? this.heldIn(key) : undefined);
    if (row) return { party: row.party, kind: row.kind, inferred: false };
    if (!fromArticle) return nobody;
    const named = new Set(partyNames(this.parties, conflict).findAll(name).map((h) => h.tag));
    const [party] = named;
    return named.size === 1 && party ? { party, kind: '', inferred: true } : nobody;
  }

  /**
   * The one row whose name `key` holds as whole words, a longer name before the shorter ones inside it ("Azerbaijan
   * Defence Ministry" before "Azerbaijan"); none when it holds the names of two rows ("Reuters, citing the Armenian
   * Health Ministry" could be either).
   */
  private heldIn(key: string): ClaimantRow | undefined {
    const rows = new Set(this.names.findAll(key).map((h) => h.tag));
    const [row] = rows;
    return rows.size === 1 ? row : undefined;
  }
}
