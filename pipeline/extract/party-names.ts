// The names of a conflict's parties as one phrase set, tagged with the party each names; compiled once per
// party table and conflict, for reading articles and for telling whose a claimant is.
import type { PartyRow } from '../schemas.ts';
import { PhraseSet } from './phrases.ts';

const partySets = new WeakMap<readonly PartyRow[], Map<string, PhraseSet<string>>>();

export function partyNames(parties: readonly PartyRow[], conflict: string): PhraseSet<string> {
  let byConflict = partySets.get(parties);
  if (!byConflict) partySets.set(parties, (byConflict = new Map()));
  let set = byConflict.get(conflict);
  if (!set) {
    set = new PhraseSet(parties.filter((p) => p.conflict === conflict).flatMap((p) => p.aliases.map((a): [string, string] => [a, p.party])));
    byConflict.set(conflict, set);
  }
  return set;
}
