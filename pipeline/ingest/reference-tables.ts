// The small tables beside the registry: conflicts and their names, parties, claimants.
import { ClaimantRow, ConflictRow, EventRow, PartyRow, type Finding } from '../schemas.ts';
import { distinctClaimantNames } from './claimant-names.ts';
import { readCsv } from './csv-records.ts';
import { splitList, validateRows, type Located } from './validate-rows.ts';

export interface ReferenceTables { conflicts: ConflictRow[]; parties: PartyRow[]; claimants: ClaimantRow[]; events: EventRow[]; findings: Finding[] }
export const TABLE_FILES = { conflicts: 'conflicts.csv', parties: 'parties.csv', claimants: 'claimants.csv', events: 'events.csv' } as const;

/** Each table is optional: a collection without one simply has no conflicts, parties, claimants or events known. */
export function readReferenceTables(texts: Partial<Record<keyof typeof TABLE_FILES, string>>): ReferenceTables {
  const findings: Finding[] = [];
  const located = <T>(key: keyof typeof TABLE_FILES, required: string[], optional: string[], schema: Parameters<typeof validateRows>[1], prep: (f: Record<string, string>) => unknown): Located<T>[] => {
    const text = texts[key];
    if (text === undefined) return [];
    const csv = readCsv(text, TABLE_FILES[key], required, optional);
    const v = validateRows(csv.records, schema, TABLE_FILES[key], prep);
    findings.push(...csv.findings, ...v.findings);
    return v.rows as Located<T>[];
  };
  const load = <T>(...args: Parameters<typeof located>): T[] => located<T>(...args).map((r) => r.row);
  const conflicts = load<ConflictRow>('conflicts', ['id', 'name', 'aliases'], ['notes'], ConflictRow, (f) => ({ ...f, aliases: splitList(f.aliases) }));
  const parties = load<PartyRow>('parties', ['party', 'conflict', 'aliases'], ['notes'], PartyRow, (f) => ({ ...f, aliases: splitList(f.aliases) }));
  const named = distinctClaimantNames(located<ClaimantRow>('claimants', ['claimant', 'party', 'kind'], ['aliases', 'notes'], ClaimantRow,
    (f) => ({ ...f, aliases: splitList(f.aliases), notes: f.notes ?? '' })), TABLE_FILES.claimants);
  findings.push(...named.findings);
  const claimants = named.rows.map((r) => r.row);
  const events = load<EventRow>('events', ['conflict', 'date', 'label'], ['kind', 'notes'], EventRow, (f) => ({ ...f, kind: f.kind ?? '' }));
  return { conflicts, parties, claimants, events, findings };
}
