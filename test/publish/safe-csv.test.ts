// Output CSVs open safely in a spreadsheet and read back exactly: RFC 4180, UTF-8, \n, formulas
// neutralised with an apostrophe (OWASP), numbers left as numbers.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../pipeline/publish/safe-csv.ts';
import { publish, type OutFiles } from '../../pipeline/stages/publish.ts';
import { HOSTILE_TEXTS, hostileInput } from './hostile.ts';

const FORMULA = /^[=+\-@\t\r]/;
const text = (content: string | Uint8Array | undefined) => (typeof content === 'string' ? content : Buffer.from(content ?? []).toString('utf8'));
/** Strict reading: \n records, no BOM, every row as wide as the header. */
const read = (csv: string) => parse(csv, { record_delimiter: '\n', bom: false, relax_quotes: false, relax_column_count: false }) as string[][];
const column = (rows: string[][], name: string) => rows.slice(1).map((r) => r[rows[0]!.indexOf(name)]!);

describe('toCsv', () => {
  const rows = HOSTILE_TEXTS.map((t, i) => ({ text: t, n: [-2, 0, 874, 1e6][i % 4], missing: null }));
  const csv = toCsv(['text', 'n', 'missing'], rows);
  const parsed = read(csv);

  it('reads back every cell, formulas behind an apostrophe and nothing else changed', () => {
    expect(parsed[0]).toEqual(['text', 'n', 'missing']);
    expect(parsed.slice(1).map((r) => r[0])).toEqual(HOSTILE_TEXTS.map((t) => (FORMULA.test(t) ? `'${t}` : t)));
    for (const cell of column(parsed, 'text')) expect(cell).not.toMatch(FORMULA);
  });

  it('leaves numbers as numbers, negative ones too, and writes null as empty', () => {
    expect(column(parsed, 'n')).toEqual(rows.map((r) => String(r.n)));
    expect(column(parsed, 'missing').every((c) => c === '')).toBe(true);
  });

  it('quotes as RFC 4180 asks: quotes doubled; commas, line breaks and a lone CR inside quotes', () => {
    expect(csv).toContain('"a ""quoted"" word, and a comma"');
    expect(csv).toContain('"line one\nline two"');
    expect(csv).toContain('"bare\rCR inside"');
    expect(csv).toContain('"\'\rleading carriage return"');
    expect(csv).toContain('" leading and trailing spaces "');
    // A reader that guesses line ends (\r, \r\n or \n) must find the same records: no \r outside quotes.
    expect(parse(csv, { bom: false })).toEqual(parsed);
  });

  it('is UTF-8 without a BOM, with \\n after every record', () => {
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(Buffer.from(csv, 'utf8').toString('utf8')).toBe(csv);
    expect(csv).toContain('東京; ناگورنو-قره‌باغ; 🕊');
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv.split('\r\n').length).toBe(2); // only the CRLF inside the one quoted cell
  });

  it('neutralises only what a spreadsheet would run', () => {
    expect(['=1', '+1', '-1', '@a', '\t1', '\r1'].map(neutralise)).toEqual(["'=1", "'+1", "'-1", "'@a", "'\t1", "'\r1"]);
    expect(['1', 'a=1', ' =1', "'=1", ''].map(neutralise)).toEqual(['1', 'a=1', ' =1', "'=1", '']);
  });
});

describe('the publish stage on hostile claims, sources and findings', () => {
  let files: OutFiles;
  beforeAll(async () => { files = await publish(hostileInput()); });

  it.each([
    ['claims.csv', ['value_text', 'quote', 'claimant', 'publisher', 'side', 'flags']],
    ['sources.csv', ['title', 'publisher', 'notes']],
    ['findings.csv', ['file', 'message', 'fix']],
  ])('%s: every text cell reads back, neutralised', (file, columns) => {
    // publish adds findings of its own (charts it could not draw): only the hand-made rows are checked.
    const all = read(text(files.get(file)));
    const codeAt = all[0]!.indexOf('code');
    const rows = codeAt < 0 ? all : [all[0]!, ...all.slice(1).filter((r) => r[codeAt] === 'hostile_text')];
    expect(rows.length, file).toBeGreaterThan(1);
    for (const name of columns) {
      for (const cell of column(rows, name)) {
        expect(cell, `${file} ${name}`).not.toMatch(FORMULA);
        const original = cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
        expect(HOSTILE_TEXTS, `${file} ${name}: ${JSON.stringify(cell)}`).toContain(original);
      }
    }
  });

  it('claims.csv: every hostile text appears in each free-text column, and the numbers stay numbers', () => {
    const rows = read(text(files.get('claims.csv')));
    const expected = HOSTILE_TEXTS.map((t) => neutralise(t)).sort();
    expect([...column(rows, 'quote')].sort()).toEqual(expected);
    expect(column(rows, 'best').sort()).toEqual(HOSTILE_TEXTS.map((_, i) => String(200 + i)).sort());
    expect(column(rows, 'quote_start')).toContain('');
    expect(rows.slice(1).every((r) => r.length === rows[0]!.length)).toBe(true);
  });
});
