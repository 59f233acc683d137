// Every claim as its interval with its best value, one panel per period it covers, on one shared log
// scale. One-sided figures show which end the source stated: the rule-implied side is dashed.
import type { TopLevelSpec } from 'vega-lite';
import type { Claim } from '../pipeline/schemas.ts';
import { baseConfig, boundOf, periodLabel, type ChartDefinition } from './chart.ts';

const BOUNDS = ['exact', 'interval', 'lower bound', 'upper bound'];

function row(c: Claim) {
  return {
    claim: `${c.claimant.slice(0, 40)} · ${c.value_text.slice(0, 28)} · ${c.as_of}`,
    claim_id: c.claim_id, population: c.population, measure: c.measure,
    low: Math.max(1, c.low), best: Math.max(1, c.best), high: Math.max(1, c.high),
    bound: boundOf(c.qualifier), rule: c.rule, quote: c.quote.slice(0, 160),
  };
}

export const claimsIntervals: ChartDefinition = {
  name: 'claims-intervals',
  title: 'Every reported figure as an interval, by period',
  build({ claims }) {
    if (claims.length === 0) return null;
    const byPeriod = new Map<string, Claim[]>();
    for (const c of claims) {
      const key = periodLabel(c.period_start, c.period_end);
      byPeriod.set(key, [...(byPeriod.get(key) ?? []), c]);
    }
    const panels = [...byPeriod].sort(([a], [b]) => a.localeCompare(b)).map(([period, list]) => ({
      title: { text: `Period ${period}`, anchor: 'start' as const, fontSize: 12 },
      width: 520,
      data: { values: [...list].sort((a, b) => b.best - a.best || a.claim_id.localeCompare(b.claim_id)).map(row) },
      encoding: { y: { field: 'claim', type: 'nominal' as const, title: null, sort: null } },
      layer: [
        { mark: { type: 'rule' as const, strokeWidth: 2 },
          encoding: {
            x: { field: 'low', type: 'quantitative' as const, scale: { type: 'log' as const }, title: 'reported figure (log scale)' }, x2: { field: 'high' },
            color: { field: 'population', type: 'nominal' as const, title: 'population', scale: { domain: ['total', 'military', 'civilian'] } },
            strokeDash: { field: 'bound', type: 'nominal' as const, title: 'what the source stated', scale: { domain: BOUNDS, range: [[1, 0], [1, 0], [4, 3], [4, 3]] } },
          } },
        { mark: { type: 'point' as const, filled: true, size: 60 },
          encoding: {
            x: { field: 'best', type: 'quantitative' as const },
            color: { field: 'population', type: 'nominal' as const },
            shape: { field: 'bound', type: 'nominal' as const, title: 'what the source stated', scale: { domain: BOUNDS, range: ['circle', 'circle', 'triangle-right', 'triangle-left'] } },
            tooltip: [{ field: 'claim_id' }, { field: 'low' }, { field: 'best' }, { field: 'high' }, { field: 'rule' }, { field: 'quote' }],
          } },
      ],
    }));
    const spec: TopLevelSpec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: this.title, subtitle: 'Line: low to high by the claim\'s rule, dashed where the source stated one bound only; mark: best.' },
      vconcat: panels,
      resolve: { scale: { x: 'shared', color: 'shared', shape: 'shared', strokeDash: 'shared' } },
      config: baseConfig,
    };
    return spec;
  },
};
