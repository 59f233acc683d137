// Runs the English and Vietnamese corpora through the extractor. A figure counts as correct when its
// measure, population, qualifier and low/best/high match an expected one; precision and recall per
// language are printed. Rows marked `gap` are known misses: they must still miss (so a fix is noticed
// and the row updated), and they count against the figures.
import { afterAll, describe, expect, it } from 'vitest';
import { corpusEn } from './corpus-en.ts';
import { corpusVi } from './corpus-vi.ts';
import { figureOf, readText, sameContext, sameFigure, type CorpusRow } from './read-text.ts';

function score(rows: CorpusRow[], language: string) {
  let expected = 0, found = 0, correct = 0;
  for (const row of rows) {
    const got = readText(row.text, language).mentions.map(figureOf);
    expected += row.expect.length;
    found += got.length;
    const left = [...got];
    for (const e of row.expect) {
      const k = left.findIndex((g) => sameFigure(e, g));
      if (k >= 0) { correct++; left.splice(k, 1); }
    }
  }
  return { expected, found, correct, precision: found ? correct / found : 1, recall: expected ? correct / expected : 1 };
}

for (const [language, rows] of [['en', corpusEn], ['vi', corpusVi]] as const) {
  describe(`${language} corpus`, () => {
    it('is large enough to mean something', () => {
      expect(rows.length).toBeGreaterThanOrEqual(40);
      expect(rows.filter((r) => r.expect.length === 0).length).toBeGreaterThanOrEqual(10);
    });

    it.each(rows.filter((r) => !r.gap).map((r) => [r.text, r] as const))('%s', (_text, row) => {
      const got = readText(row.text, language).mentions.map(figureOf);
      expect(got.length, JSON.stringify(got)).toBe(row.expect.length);
      row.expect.forEach((e, i) => {
        const g = got[i];
        expect(g && sameFigure(e, g) && sameContext(e, g), `figure ${i}: expected ${JSON.stringify(e)}, got ${JSON.stringify(g)}`).toBe(true);
      });
    });

    it.each(rows.filter((r) => r.gap).map((r) => [r.text, r] as const))('known gap, still missed: %s', (_text, row) => {
      const got = readText(row.text, language).mentions.map(figureOf);
      expect(row.expect.every((e, i) => got[i] && sameFigure(e, got[i]))).toBe(false);
    });

    afterAll(() => {
      const s = score(rows, language);
      const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
      console.log(`${language} extraction corpus: ${rows.length} sentences, ${s.expected} expected figures, ${s.found} found, ` +
        `${s.correct} correct; precision ${pct(s.precision)}, recall ${pct(s.recall)}`);
    });
  });
}
