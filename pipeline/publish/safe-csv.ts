// CSV that any spreadsheet opens safely: RFC 4180 quoting, UTF-8, \n line ends, and no text cell that
// a spreadsheet could run as a formula (OWASP CSV injection: a leading = + - @ tab or CR is escaped
// with an apostrophe). Numbers are written as numbers, so they are never escaped.
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export type Cell = string | number | null | undefined;

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const records = rows.map((r) => columns.map((c) => {
    const v = r[c];
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return String(v);
    return neutralise(String(v));
  }));
  return stringify([columns as string[], ...records], { record_delimiter: '\n', quoted_match: /^\s|\s$/ });
}
