// CSV that any spreadsheet opens safely: RFC 4180 quoting, UTF-8, \n line ends, and no text cell that
// a spreadsheet could run as a formula (OWASP CSV injection: a leading = + - @ tab or CR is escaped
// with an apostrophe). Numbers are written as numbers, so they are never escaped.
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Said wherever the tables are described (the data package), so a reader can undo the escaping. */
export const NEUTRALISED_NOTE = 'A text cell that would start with = + - @, a tab or a carriage return is written with an apostrophe in front, so that no spreadsheet runs it as a formula; drop that one apostrophe to get the text as published.';

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

// csv-stringify quotes a field holding the delimiter, a quote or the record delimiter (\n), but not a
// lone \r, which RFC 4180 also requires quoted and which readers that accept \r\n split a record on.
// Leading or trailing space is quoted so that no reader trims it.
const MUST_QUOTE = /^\s|\s$|\r/;

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const records = rows.map((r) => columns.map((c) => {
    const v = r[c];
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return String(v);
    return neutralise(String(v));
  }));
  return stringify([columns as string[], ...records], { record_delimiter: '\n', quoted_match: MUST_QUOTE });
}
