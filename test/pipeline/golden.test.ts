// The whole pipeline on a small collection with deliberate defects, compared with reviewed golden
// files. To accept a change, run with GOLDEN_UPDATE=1 and review the diff of test/fixtures/*/expected.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCollection } from '../helpers/run-collection.ts';

const GOLDEN = ['claims.csv', 'estimates.csv', 'findings.csv'];
const dir = fixture('basic');
let result: Awaited<ReturnType<typeof runCollection>>;

beforeAll(async () => { result = await runCollection(dir); });

describe('pipeline on the basic fixture collection', () => {
  it.each(GOLDEN)('%s matches its golden file', async (name) => {
    const golden = path.join(dir, 'expected', name);
    if (process.env.GOLDEN_UPDATE) {
      await mkdir(path.dirname(golden), { recursive: true });
      await writeFile(golden, result.text(name));
    }
    expect(result.text(name)).toBe(await readFile(golden, 'utf8'));
  });

  it('reports each bad input with its location while the rest goes through', () => {
    const findings = parse(result.text('findings.csv'), { columns: true }) as Record<string, string>[];
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => `${f.file}:${f.line}`);
    expect(at('csv_field_count')).toEqual(['sources.csv:9']);
    expect(at('file_missing')).toEqual(['sources.csv:4']);
    expect(at('path_outside_sources')).toEqual(['sources.csv:5']);
    expect(at('not_utf8')).toEqual(['articles/broken-encoding.txt:2']);
    expect(at('language_unsupported')).toEqual(['sources.csv:7']);
    expect(at('claimant_name_ambiguous')).toEqual(['claimants.csv:3']);
    expect(at('invalid_field')).toEqual(['figures/tolls.csv:6', 'sources.csv:6']);
    const claims = parse(result.text('claims.csv'), { columns: true }) as Record<string, string>[];
    expect(new Set(claims.map((c) => c.source_id))).toEqual(new Set(['vi-clashes', 'tolls']));
  });

  it('every input record is a claim or a finding', async () => {
    const table = parse(await readFile(path.join(dir, 'figures/tolls.csv')), { columns: true }) as unknown[];
    const claims = parse(result.text('claims.csv'), { columns: true }) as Record<string, string>[];
    const findings = parse(result.text('findings.csv'), { columns: true }) as Record<string, string>[];
    const tableClaims = claims.filter((c) => c.source_id === 'tolls').length;
    const tableFindings = findings.filter((f) => f.source_id === 'tolls').length;
    expect(tableClaims + tableFindings).toBe(table.length);
  });

  it('quote offsets slice the quote out of the source text', async () => {
    const claims = parse(result.text('claims.csv'), { columns: true }) as Record<string, string>[];
    const text = await readFile(path.join(dir, 'articles/vi-clashes.txt'), 'utf8');
    const fromArticle = claims.filter((c) => c.source_id === 'vi-clashes');
    expect(fromArticle.length).toBeGreaterThan(0);
    for (const c of fromArticle) {
      expect(text.slice(Number(c.quote_start), Number(c.quote_end))).toBe(c.quote);
      expect(c.quote).toContain(c.value_text);
    }
  });

  it('gives byte-identical outputs on a second run', async () => {
    const again = await runCollection(dir);
    expect([...again.files.keys()]).toEqual([...result.files.keys()]);
    for (const [name, bytes] of result.files) expect(again.files.get(name)?.equals(bytes), name).toBe(true);
  });

  it('prints one progress line per stage with counts', () => {
    expect(result.log.map((l) => l.split(' ')[0])).toEqual(['ingest', 'extract', 'interpret', 'reconcile', 'publish']);
    expect(result.log[0]).toMatch(/3 sources: 2 articles, 5 table rows; 7 findings/);
  });
});
