// The repository's own seed article: exactly three casualty figures, with their periods, intervals,
// quotes and offsets, and its two defects reported with their locations.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegistry } from '../../pipeline/ingest/registry.ts';
import { extract } from '../../pipeline/stages/extract.ts';
import { interpret } from '../../pipeline/stages/interpret.ts';
import { ingest } from '../../pipeline/stages/ingest.ts';

const root = path.join(import.meta.dirname, '../../sources');

async function seed() {
  const registry = readRegistry(await readFile(path.join(root, 'sources.csv'), 'utf8'));
  const article = registry.sources.find((s) => s.row.kind === 'article' && s.row.language === 'vi');
  if (!article) throw new Error('the seed article is not in sources.csv');
  const bytes = new Uint8Array(await readFile(path.join(root, article.row.path)));
  const only = { ...registry, sources: [article] };
  const tables = { conflicts: await readFile(path.join(root, 'conflicts.csv'), 'utf8'), parties: await readFile(path.join(root, 'parties.csv'), 'utf8') };
  const ing = ingest({ registry: only, tables, files: { [article.row.path]: { bytes, error: null } } });
  const ext = extract(ing);
  const int = interpret({ ...ing, mentions: ext.mentions, policy: 'interval' });
  return { ing, ext, int, text: ing.documents[0]?.text ?? '' };
}

describe('the seed article', async () => {
  const { ext, int, text } = await seed();

  it('has the metadata of its publisher', () => {
    expect(int.claims.every((c) => c.publisher === 'Báo Tin tức (TTXVN)' && c.published_at === '2020-10-21' && c.language === 'vi')).toBe(true);
  });

  it('yields exactly the three casualty figures', () => {
    const rows = int.claims.map((c) => [c.value_text, c.measure, c.population, c.period_start, c.period_end, c.as_of, c.low, c.best, c.high, c.rule]);
    expect(rows).toEqual([
      ['hàng trăm', 'killed', 'total', '2020-09-27', '', '2020-10-21', 100, 200, 999, 'vague.hundreds'],
      ['khoảng 30.000', 'killed', 'total', '1988-02', '1994-05', '1994-05', 25000, 30000, 35000, 'approx.rounding'],
      ['gần một nghìn', 'killed', 'total', '2020-09-27', '', '2020-10-21', 900, 950, 1000, 'nearly.just_under'],
    ]);
  });

  it('quotes each figure verbatim, with offsets into the text', () => {
    for (const c of int.claims) {
      expect(text.slice(c.quote_start ?? -1, c.quote_end ?? -1)).toBe(c.quote);
      expect(c.quote).toContain(`${c.value_text} người thiệt mạng`);
    }
  });

  it('reports the malformed date and the misspelt name with their locations', () => {
    const found = ext.findings.map((f) => [f.code, f.line, f.column, f.message.split(' ')[0]]);
    expect(found).toEqual(expect.arrayContaining([
      ['malformed_date', 5, 12, '"ngày'],
      ['conflict_name_misspelt', 5, 120, '"Nagorny-Karakbakh"'],
    ]));
    expect(text.split('\n')[4]?.slice(11, 22)).toBe('ngày 21/110');
  });
});
