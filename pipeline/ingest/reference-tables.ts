// The small tables beside the registry: conflicts and their names, parties, claimants.
import { ClaimantRow, ConflictRow, EventRow, PartyRow, type Finding } from '../schemas.ts';
import { readCsv } from './csv-records.ts';
import { splitList, validateRows } from './validate-rows.ts';

export interface ReferenceTables { conflicts: ConflictRow[]; parties: PartyRow[]; claimants: ClaimantRow[]; events: EventRow[]; findings: Finding[] }
export const TABLE_FILES = { conflicts: 'conflicts.csv', parties: 'parties.csv', claimants: 'claimants.csv', events: 'events.csv' } as const;

/** Each table is optional: a collection without one simply has no conflicts, parties, claimants or events known. */
export function readReferenceTables(texts: Partial<Record<keyof typeof TABLE_FILES, string>>): ReferenceTables {
  const findings: Finding[] = [];
  const load = <T>(key: keyof typeof TABLE_FILES, required: string[], optional: string[], schema: Parameters<typeof validateRows>[1], prep: (f: Record<string, string>) => unknown): T[] => {
    const text = texts[key];
    if (text === undefined) return [];
    const csv = readCsv(text, TABLE_FILES[key], required, optional);
    const v = validateRows(csv.records, schema, TABLE_FILES[key], prep);
    findings.push(...csv.findings, ...v.findings);
    return v.rows.map((r) => r.row as T);
  };
  const conflicts = load<ConflictRow>('conflicts', ['id', 'name', 'aliases'], ['notes'], ConflictRow, (f) => ({ ...f, aliases: splitList(f.aliases) }));
  const parties = load<PartyRow>('parties', ['party', 'conflict', 'aliases'], ['notes'], PartyRow, (f) => ({ ...f, aliases: splitList(f.aliases) }));
  const claimants = load<ClaimantRow>('claimants', ['claimant', 'party', 'kind'], ['notes'], ClaimantRow, (f) => ({ ...f, notes: f.notes ?? '' }));
  const events = load<EventRow>('events', ['conflict', 'date', 'label'], ['kind', 'notes'], EventRow, (f) => ({ ...f, kind: f.kind ?? '' }));
  return { conflicts, parties, claimants, events, findings };
}
