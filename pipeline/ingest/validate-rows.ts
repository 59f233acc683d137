// Validates CSV records against a zod schema; a record that fails becomes a finding naming the line,
// the column and what the value should be, and the other records go on.
import type { z } from 'zod';
import type { Finding } from '../schemas.ts';
import type { CsvRecord } from './csv-records.ts';
import { finding } from './finding.ts';

export interface Located<T> { line: number; row: T }

export function validateRows<S extends z.ZodType>(
  records: CsvRecord[], schema: S, file: string, prepare: (fields: Record<string, string>) => unknown, sourceId = '',
): { rows: Located<z.infer<S>>[]; findings: Finding[] } {
  const rows: Located<z.infer<S>>[] = [];
  const findings: Finding[] = [];
  for (const rec of records) {
    const result = schema.safeParse(prepare(rec.fields));
    if (result.success) { rows.push({ line: rec.line, row: result.data }); continue; }
    const issue = result.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const value = rec.fields[field];
    findings.push(finding({
      file, line: rec.line, column: rec.columns[field] ?? null, source_id: sourceId || (rec.fields.id ?? ''), outcome: 'rejected', code: 'invalid_field',
      message: `${field || 'row'}${value !== undefined ? ` "${value}"` : ''}: ${issue?.message ?? 'invalid'}`,
      fix: `Correct ${field || 'the row'} on line ${rec.line}; the row was left out until then.`,
    }));
  }
  return { rows, findings };
}

/** Empty cells become null for numeric columns (zod would coerce "" to 0). */
export function integerOrNull(s: string | undefined): number | null | string {
  const t = (s ?? '').trim();
  if (t === '') return null;
  return /^\d+$/.test(t) ? Number(t) : t;
}

export const splitList = (s: string | undefined): string[] => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);
