// Every chart: valid against Vega-Lite's schema, compiled and rendered without a warning, and drawing
// what it promises (one-sided bounds marked, enemy claims distinct, events annotated).
import { describe, expect, it } from 'vitest';
import { charts } from '../../charts/index.ts';
import { checkSpec, renderChart } from '../../pipeline/publish/render-chart.ts';
import { claim, exact } from '../helpers/claims.ts';

const claims = [
  exact('t:2', '2021-03-05', 120),
  exact('t:3', '2021-03-06', 180),
  claim({ claim_id: 't:4', as_of: '2021-03-06', low: 301, best: 301, high: 400, qualifier: 'more_than', value_text: 'more than 300', claimant: 'South Army', claimant_party: 'south', flags: 'enemy_claim' }),
  claim({ claim_id: 'a:1:5', as_of: '2021-03-07', population: 'total', side: '', low: 100, best: 200, high: 999, qualifier: 'hundreds', value_text: 'hàng trăm', quote_start: 0, quote_end: 10 }),
  claim({ claim_id: 'w:1', period_start: '1990', period_end: '1995', as_of: '1995', population: 'total', side: '', low: 25000, best: 30000, high: 35000, qualifier: 'approx' }),
  claim({ claim_id: 'w:2', period_start: '1990', period_end: '1995', as_of: '1995', population: 'total', side: '', low: 20000, best: 25000, high: 30000, qualifier: 'range' }),
  claim({ claim_id: 'w:3', period_start: '1990', period_end: '1995', as_of: '1995', population: 'total', side: '', low: 30001, best: 30001, high: 40000, qualifier: 'more_than' }),
];
const estimates = [{ conflict: 'river-war', measure: 'killed' as const, population: 'total' as const, side: '', period_start: '1990', period_end: '1995', as_of: '1995', low: 30001, best: 30001, high: 30000 + 1, n_claims: 2, claim_ids: 'w:1;w:3', agreement: 'consistent' as const, method: 'overlap' }];
const events = [{ conflict: 'river-war', date: '2021-03-06', label: 'Ceasefire', kind: 'ceasefire' }];
const data = { claims, estimates, series: [], events };

describe.each(charts.map((c) => [c.name, c] as const))('chart %s', (_name, chart) => {
  const spec = chart.build(data);
  it('has a spec for this data', () => expect(spec).not.toBeNull());
  it('is valid against the Vega-Lite schema and compiles without warnings', () => expect(checkSpec(spec!)).toEqual([]));
  it('renders to SVG and PNG, the same bytes twice', async () => {
    const a = await renderChart(spec!);
    const b = await renderChart(spec!);
    expect(a.svg.startsWith('<svg')).toBe(true);
    expect(Buffer.from(a.png).subarray(1, 4).toString()).toBe('PNG');
    expect(a.svg).toBe(b.svg);
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true);
  });
  it('draws nothing rather than an empty chart when there is no data', () => {
    expect(chart.build({ claims: [], estimates: [], series: [], events: [] })).toBeNull();
  });
});

describe('what the charts show', () => {
  const byName = Object.fromEntries(charts.map((c) => [c.name, JSON.stringify(c.build(data))]));
  it('the timeline marks events, enemy claims and figures read from articles', () => {
    expect(byName['deaths-timeline']).toContain('"label":"Ceasefire"');
    expect(byName['deaths-timeline']).toContain('"kind":"enemy claim"');
    expect(byName['deaths-timeline']).toContain('“hàng trăm”');
    expect(byName['deaths-timeline']).toContain('step-after');
  });
  it('one-sided figures are drawn as bounds, not as plain ranges', () => {
    expect(byName['ranges-by-source']).toContain('"bound":"lower bound"');
    expect(byName['claims-intervals']).toContain('"bound":"lower bound"');
    expect(byName['claims-intervals']).toContain('triangle-right');
  });
});

describe('the committed chart specs in out/', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const out = new URL('../../out/', import.meta.url);
  const specs = (await readdir(out)).filter((f) => f.endsWith('.vl.json')).sort();
  it('exist', () => expect(specs.length).toBeGreaterThanOrEqual(charts.length - 1));
  it.each(specs)('%s is valid against the Vega-Lite schema and compiles without warnings', async (file) => {
    expect(checkSpec(JSON.parse(await readFile(new URL(file, out), 'utf8')))).toEqual([]);
  });
});
