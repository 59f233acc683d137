// A strict CSV reader: every record comes back with its line, or becomes a finding. Unlike a lenient
// reader it never drops a field, a record or the rest of a file without saying so.
import { parse } from 'csv-parse/sync';
import type { Finding } from '../schemas.ts';
import { finding } from './finding.ts';

export interface CsvRecord { line: number; fields: Record<string, string>; columns: Record<string, number> }
export interface CsvResult { records: CsvRecord[]; findings: Finding[]; header: string[] | null }

interface Parsed { record: string[]; info: { lines: number }; raw: string }

export function readCsv(text: string, file: string, required: readonly string[], optional: readonly string[] = [], sourceId = ''): CsvResult {
  const findings: Finding[] = [];
  const skipped: { line: number; message: string }[] = [];
  const parsed = parse(text, {
    bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => { if (err) skipped.push({ line: Number((err as unknown as { lines?: number }).lines ?? 0), message: err.message }); return undefined; },
  }) as unknown as Parsed[];
  const at = (line: number | null, code: string, message: string, fix: string, column: number | null = null) =>
    findings.push(finding({ file, line, column, source_id: sourceId, outcome: 'rejected', code, message, fix }));

  const headerRow = parsed[0];
  if (!headerRow) {
    at(1, 'csv_empty', 'the file has no header row', `Add the header: ${required.join(',')}.`);
    return { records: [], findings, header: null };
  }
  const header = headerRow.record.map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  const duplicate = header.filter((h, i) => header.indexOf(h) !== i);
  if (missing.length || duplicate.length) {
    const what = [missing.length ? `missing column(s) ${missing.join(', ')}` : '', duplicate.length ? `duplicate column(s) ${duplicate.join(', ')}` : ''].filter(Boolean).join('; ');
    at(1, 'csv_header', `the header has ${what}`, `Make the header ${[...required, ...optional].join(',')} (each once).`);
    return { records: [], findings, header: null };
  }
  for (const [i, h] of header.entries()) {
    if (![...required, ...optional].includes(h)) {
      findings.push(finding({ file, line: 1, column: i + 1, source_id: sourceId, outcome: 'flagged', code: 'csv_unknown_column', message: `column "${h}" is not part of this format and was ignored`, fix: `Remove it or rename it to one of ${[...required, ...optional].join(', ')}.` }));
    }
  }

  const records: CsvRecord[] = [];
  const columns = Object.fromEntries(header.map((h, i) => [h, i + 1]));
  for (const p of parsed.slice(1)) {
    const body = p.raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
    const line = p.info.lines - (body.match(/\n/g)?.length ?? 0);
    if (p.record.length !== header.length) {
      at(line, 'csv_field_count', `${p.record.length} fields where the header has ${header.length}`, 'Quote any field that contains a comma, and give every row one field per column.');
      continue;
    }
    records.push({ line, fields: Object.fromEntries(header.map((h, i) => [h, p.record[i] ?? ''])), columns });
  }
  for (const s of skipped) {
    const from = Math.max(0, ...parsed.map((p) => p.info.lines).filter((l) => l < s.line)) + 1;
    at(from, 'csv_malformed', `${s.message}; lines ${from}–${s.line} were not read`, 'Close the open quote (a literal quote inside a quoted field is written "").');
  }
  return { records, findings, header };
}
