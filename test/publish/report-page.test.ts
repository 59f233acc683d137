// index.html without a browser: self-contained (no network address in anything it loads), every text
// escaped, deterministic. test/browser/ opens it in Chromium.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { esc, jsonScript, safeHref } from '../../pipeline/publish/html.ts';
import { latestEstimates } from '../../pipeline/publish/report-sections.ts';
import { publish, type OutFiles } from '../../pipeline/stages/publish.ts';
import type { Estimate } from '../../pipeline/schemas.ts';
import { HOSTILE_TEXTS, hostileInput } from './hostile.ts';

const html = (files: OutFiles) => String(files.get('index.html'));

describe('the report page on hostile input', () => {
  let files: OutFiles;
  beforeAll(async () => { files = await publish(hostileInput()); });

  it('loads only files beside it: vendor/ and assets/, no CDN', () => {
    const page = html(files);
    const scripts = [...page.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['vendor/vega.min.js', 'vendor/vega-lite.min.js', 'vendor/vega-embed.min.js', 'assets/report-page.js']);
    const loaded = [...page.matchAll(/<(?:script|link|img)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    for (const src of loaded) expect(files.has(src), src).toBe(true);
    const linked = [...page.matchAll(/<a\b[^>]*\bhref="([^"#:]+)"/g)].map((m) => m[1]!);
    expect(linked).toEqual(expect.arrayContaining(['claims.csv', 'datapackage.json']));
    for (const file of linked) expect(files.has(file), `link to ${file}`).toBe(true);
    expect(page).toContain(esc("connect-src 'none'"));
  });

  it('copies vega, vega-lite and vega-embed byte for byte, each with its licence', () => {
    expect(files.get('vendor/vega.min.js')).toEqual(readFileSync('node_modules/vega/build/vega.min.js'));
    expect(files.get('vendor/vega-embed.min.js')).toEqual(readFileSync('node_modules/vega-embed/build/vega-embed.min.js'));
    for (const p of ['vega', 'vega-lite', 'vega-embed']) expect(String(files.get(`vendor/${p}.LICENSE.txt`))).toMatch(/Copyright/);
  });

  it('escapes every text and links only http(s) addresses', () => {
    const page = html(files);
    expect(page).not.toMatch(/<script>window|<img src=x|href="javascript:/i);
    expect(page).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i); // no event handler attribute at all
    expect(page.match(/<script\b/g)?.length).toBe(page.match(/<\/script>/g)?.length);
    expect(page).toContain(esc(HOSTILE_TEXTS[13]));
    expect(page).toContain('href="https://example.org/0?q=&quot;0&quot;&amp;x=&lt;b&gt;"');
  });

  it('is the same every time', async () => {
    expect(html(await publish(hostileInput()))).toBe(html(files));
  });
});

describe('html helpers', () => {
  it('escapes the five characters HTML gives meaning to', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('keeps JSON in a script element from closing it', () => {
    const out = jsonScript('x', { s: '</script><!-- \u2028' });
    expect(out.slice(0, -'</script>'.length)).not.toMatch(/<\/|<!--|\u2028/);
    expect(JSON.parse(out.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual({ s: '</script><!-- \u2028' });
  });

  it('links http and https only', () => {
    expect(['https://a.example/x', 'HTTP://a.example', 'javascript:alert(1)', ' https://a.example', 'data:text/html,x', 'http://'].map(safeHref))
      .toEqual(['https://a.example/x', 'HTTP://a.example', null, null, null, null]);
  });
});

describe('latestEstimates', () => {
  const e = (measure: Estimate['measure'], population: Estimate['population'], side: string, as_of: string, best: number): Estimate => ({
    conflict: 'c', measure, population, side, period_start: '2020', period_end: '', as_of, low: best, best, high: best, n_claims: 1, claim_ids: '', agreement: 'single', method: 'overlap',
  });

  it('keeps the latest of each quantity, killed and total and all sides first', () => {
    const got = latestEstimates([e('wounded', 'total', '', '2020-02', 5), e('killed', 'military', 'a', '2020-01', 1), e('killed', 'total', '', '2020-01', 2), e('killed', 'total', '', '2020-03', 3), e('killed', 'total', 'b', '2020-05', 4)]);
    expect(got.map((x) => [x.measure, x.population, x.side, x.best])).toEqual([['killed', 'total', '', 3], ['killed', 'total', 'b', 4], ['killed', 'military', 'a', 1], ['wounded', 'total', '', 5]]);
  });
});
