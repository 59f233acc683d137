// The periods a conflict's sources describe, compared by their reconciled estimates: for each period,
// the latest estimate of deaths on all sides, by population, with its interval and agreement.
import type { TopLevelSpec } from 'vega-lite';
import type { Estimate } from '../pipeline/schemas.ts';
import { baseConfig, periodLabel, type ChartDefinition } from './chart.ts';

function latestPerPeriod(estimates: Estimate[]): Estimate[] {
  const latest = new Map<string, Estimate>();
  for (const e of estimates) {
    if (e.measure !== 'killed' || e.side !== '') continue;
    const key = [e.conflict, e.period_start, e.period_end, e.population].join('|');
    const seen = latest.get(key);
    if (!seen || e.as_of > seen.as_of) latest.set(key, e);
  }
  return [...latest.values()];
}

export const warsCompared: ChartDefinition = {
  name: 'wars-compared',
  title: 'Reconciled deaths on all sides, by period',
  build({ estimates }) {
    const latest = latestPerPeriod(estimates);
    if (latest.length === 0) return null;
    const values = latest
      .sort((a, b) => a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end) || a.population.localeCompare(b.population))
      .map((e) => ({ period: periodLabel(e.period_start, e.period_end), population: e.population, as_of: e.as_of, low: e.low, best: e.best, high: e.high, agreement: e.agreement, n_claims: e.n_claims, label: `${e.best.toLocaleString('en-US')} (${e.agreement}, ${e.n_claims} claim${e.n_claims === 1 ? '' : 's'}, as of ${e.as_of})` }));
    // Room to the right of the longest whisker for its label.
    const domainMax = Math.max(...values.map((v) => v.high)) * 1.8;
    const spec: TopLevelSpec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: this.title, subtitle: 'Latest reconciled estimate per period and population. Bar: best; whisker: low to high.' },
      data: { values },
      width: 560,
      encoding: {
        y: { field: 'period', type: 'nominal', title: null, sort: null },
        yOffset: { field: 'population', type: 'nominal', sort: ['total', 'military', 'civilian'] },
        color: { field: 'population', type: 'nominal', title: 'population', scale: { domain: ['total', 'military', 'civilian'] } },
      },
      layer: [
        { mark: { type: 'bar', opacity: 0.6 }, encoding: { x: { field: 'best', type: 'quantitative', title: 'deaths', scale: { domainMax, nice: false } } } },
        { mark: { type: 'rule', strokeWidth: 1.5, color: 'black' }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
        { mark: { type: 'text', align: 'left', dx: 4, fontSize: 10 }, encoding: { x: { field: 'high', type: 'quantitative' }, text: { field: 'label' } } },
      ],
      config: baseConfig,
    };
    return spec;
  },
};
