// Estimates of a closed period (a war that has ended) as ranges by source: what each source said the
// whole period cost, its interval and its stated bound, sorted by best value. One panel per period
// with at least three such estimates, so any conflict's settled tolls can be compared source by source.
import type { TopLevelSpec } from 'vega-lite';
import type { Claim } from '../pipeline/schemas.ts';
import { baseConfig, boundOf, periodLabel, type ChartDefinition } from './chart.ts';

const MIN_SOURCES = 3;
const BOUNDS = ['exact', 'interval', 'lower bound', 'upper bound'];

/** Row labels must be unique, or two sources' figures would share a row. */
function labelled(list: Claim[]) {
  const seen = new Set<string>();
  return list.map((c) => {
    let label = `${c.claimant.slice(0, 36)} (${c.published_at || 'undated'}) · ${c.population} · ${c.value_text}`;
    if (seen.has(label)) label = `${label} [${c.claim_id}]`;
    seen.add(label);
    return { ...row(c), label };
  });
}

const row = (c: Claim) => ({ whose: c.side ? `${c.side} dead` : 'all sides',
  low: Math.max(1, c.low), best: Math.max(1, c.best), high: Math.max(1, c.high), bound: boundOf(c.qualifier), value_text: c.value_text, claim_id: c.claim_id, url: c.url,
});

export const rangesBySource: ChartDefinition = {
  name: 'ranges-by-source',
  title: 'Estimates of ended wars, by source',
  build({ claims }) {
    const closed = claims.filter((c) => c.measure === 'killed' && c.period_start && c.period_end);
    const periods = new Map<string, Claim[]>();
    for (const c of closed) periods.set(`${c.period_start}|${c.period_end}`, [...(periods.get(`${c.period_start}|${c.period_end}`) ?? []), c]);
    const shown = [...periods].filter(([, list]) => list.length >= MIN_SOURCES).sort(([a], [b]) => a.localeCompare(b));
    if (shown.length === 0) return null;
    const spec: TopLevelSpec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: this.title, subtitle: 'Each row a source\'s figure for the whole period; line: low to high (dashed where only one bound was stated); log scale.' },
      vconcat: shown.map(([key, list]) => {
        const [start = '', end = ''] = key.split('|');
        return {
          title: { text: `Deaths ${periodLabel(start, end)}`, anchor: 'start' as const, fontSize: 12 },
          width: 480,
          data: { values: labelled([...list].sort((a, b) => b.best - a.best || a.claim_id.localeCompare(b.claim_id))) },
          encoding: { y: { field: 'label', type: 'nominal' as const, sort: null, title: null } },
          layer: [
            { mark: { type: 'rule' as const, strokeWidth: 2 },
              encoding: { x: { field: 'low', type: 'quantitative' as const, scale: { type: 'log' as const }, title: 'deaths (log scale)' }, x2: { field: 'high' },
                color: { field: 'whose', type: 'nominal' as const, title: 'whose dead' },
                strokeDash: { field: 'bound', type: 'nominal' as const, title: 'what the source stated', scale: { domain: BOUNDS, range: [[1, 0], [1, 0], [4, 3], [4, 3]] } } } },
            { mark: { type: 'point' as const, filled: true, size: 60 },
              encoding: { x: { field: 'best', type: 'quantitative' as const }, color: { field: 'whose', type: 'nominal' as const },
                shape: { field: 'bound', type: 'nominal' as const, title: 'what the source stated', scale: { domain: BOUNDS, range: ['circle', 'circle', 'triangle-right', 'triangle-left'] } },
                tooltip: [{ field: 'claim_id' }, { field: 'value_text' }, { field: 'low' }, { field: 'best' }, { field: 'high' }, { field: 'url' }] } },
          ],
        };
      }),
      resolve: { scale: { x: 'shared', color: 'shared', shape: 'shared', strokeDash: 'shared' } },
      config: baseConfig,
    };
    return spec;
  },
};
