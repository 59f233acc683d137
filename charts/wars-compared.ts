// Reconciled death tolls of each period a conflict's sources describe, side by side: the latest
// estimate of total deaths per period, with its interval.
import type { TopLevelSpec } from 'vega-lite';
import { baseConfig, periodLabel, type ChartDefinition } from './chart.ts';

export const warsCompared: ChartDefinition = {
  name: 'wars-compared',
  title: 'Reconciled total deaths, by period',
  build({ estimates }) {
    const latest = new Map<string, (typeof estimates)[number]>();
    for (const e of estimates) {
      if (e.measure !== 'killed' || e.population !== 'total' || e.side !== '') continue;
      const key = `${e.conflict}|${e.period_start}|${e.period_end}`;
      const seen = latest.get(key);
      if (!seen || e.as_of > seen.as_of) latest.set(key, e);
    }
    if (latest.size === 0) return null;
    const values = [...latest.values()].sort((a, b) => b.best - a.best || a.period_start.localeCompare(b.period_start)).map((e) => ({ period: `${periodLabel(e.period_start, e.period_end)} (as of ${e.as_of})`, conflict: e.conflict, low: e.low, best: e.best, high: e.high, agreement: e.agreement, n_claims: e.n_claims }));
    const spec: TopLevelSpec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: this.title, subtitle: 'Bar: best estimate; whisker: reconciled low to high (all sides, all populations).' },
      data: { values },
      width: 420,
      encoding: { y: { field: 'period', type: 'nominal', title: null, sort: null } },
      layer: [
        { mark: { type: 'bar', opacity: 0.5, height: { band: 0.6 } }, encoding: { x: { field: 'best', type: 'quantitative', title: 'deaths' }, color: { field: 'agreement', type: 'nominal', scale: { domain: ['single', 'consistent', 'conflicting'] } } } },
        { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
        { mark: { type: 'text', align: 'left', dx: 6, dy: -10 }, encoding: { x: { field: 'high', type: 'quantitative' }, text: { field: 'best', type: 'quantitative', format: ',' } } },
      ],
      config: baseConfig,
    };
    return spec;
  },
};
