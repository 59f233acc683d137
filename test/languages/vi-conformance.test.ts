import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { viNumerals } from '../../pipeline/languages/vi/numerals.ts';

interface Entry {
  text: string;
  value: number;
}

const corpusUrl = new URL('../../../shared/reference/conformance/duckling-numeral-vi.json', import.meta.url);
const corpus = JSON.parse(readFileSync(corpusUrl, 'utf8')) as Entry[];

describe('vi numerals against the Duckling conformance corpus', () => {
  it.each(corpus)('parses "$text" as $value', ({ text, value }) => {
    expect(viNumerals.parse(text)).toBe(value);
  });

  it('summary: pass rate over the whole corpus', () => {
    const failed = corpus.filter(({ text, value }) => viNumerals.parse(text) !== value);
    const passed = corpus.length - failed.length;
    const rate = ((100 * passed) / corpus.length).toFixed(1);
    console.log(`vi numeral conformance: ${passed}/${corpus.length} (${rate}%)`);
    expect(corpus.length).toBe(53);
    expect(failed.map((e) => e.text)).toEqual([]);
  });
});
