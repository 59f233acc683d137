import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { enNumerals } from '../../pipeline/languages/en/numerals.ts';

interface Entry { text: string; value: number }

const corpus = JSON.parse(
  readFileSync(new URL('../../../shared/reference/conformance/duckling-numeral-en.json', import.meta.url), 'utf8'),
) as Entry[];

// Lakh, crore and koti (with their abbreviations) are Indian-English units; English news in scope writes
// these tolls with million/billion, so supporting them is optional and skipped here.
const SOUTH_ASIAN = /\b(?:lakhs?|lkhs?|lacs?|l|crores?|cr|koti|krores?|kr)\b/i;
const inScope = corpus.filter((e) => !SOUTH_ASIAN.test(e.text));
const skipped = corpus.filter((e) => SOUTH_ASIAN.test(e.text));

describe('en numeral conformance (duckling corpus)', () => {
  it('has the expected corpus', () => {
    expect(corpus).toHaveLength(105);
    expect(inScope.length + skipped.length).toBe(corpus.length);
  });

  let passed = 0;
  it.each(inScope.map((e) => [e.text, e.value] as const))('%j → %d', (text, value) => {
    expect(enNumerals.parse(text)).toBe(value);
    passed++;
  });

  it.skip.each(skipped.map((e) => [e.text, e.value] as const))('optional South Asian unit: %j → %d', () => {});

  afterAll(() => {
    const rate = ((100 * passed) / inScope.length).toFixed(1);
    console.log(`en numeral conformance: ${passed}/${inScope.length} in scope (${rate}%), ${skipped.length} optional skipped`);
  });
});
