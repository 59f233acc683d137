// Reported deaths over time in the main episode, one panel per population: running totals as steps
// per voice, every figure as a point with its interval, enemy claims hollow and dashed, figures read
// from articles labelled with their words, and the conflict's dated events (events.csv) marked.
import type { TopLevelSpec } from 'vega-lite';
import { Population, type Claim } from '../pipeline/schemas.ts';
import { baseConfig, type ChartDefinition } from './chart.ts';
import { isEnemyClaim, mainEpisode, voice } from './episode.ts';

const POPULATIONS = Population.options;

function point(c: Claim) {
  return {
    as_of: c.as_of, voice: voice(c), low: Math.max(1, c.low), best: Math.max(1, c.best), high: Math.max(1, c.high),
    kind: isEnemyClaim(c) ? 'enemy claim' : 'own or third-party figure', running: c.period_end === '' ? 'running total' : 'final toll',
    label: c.quote_start !== null ? `“${c.value_text}”` : '', claim_id: c.claim_id, claimant: c.claimant, value_text: c.value_text, rule: c.rule,
  };
}

export const deathsTimeline: ChartDefinition = {
  name: 'deaths-timeline',
  title: 'Reported deaths over time',
  build({ claims, events }) {
    const episode = mainEpisode(claims);
    if (!episode) return null;
    const inEpisode = claims.filter((c) => c.measure === 'killed' && c.period_start === episode && c.as_of.length === 10);
    const conflict = inEpisode[0]?.conflict ?? '';
    const marks = events.filter((e) => e.conflict === conflict && e.date >= episode && e.date.length === 10).map((e) => ({ date: e.date, label: e.label }));
    const panels = POPULATIONS.map((population) => ({ population, rows: inEpisode.filter((c) => c.population === population) })).filter((p) => p.rows.length > 0);
    if (panels.length === 0) return null;
    // Dates are calendar days, not instants: a UTC scale draws them on the same day in every time zone.
    const x = { field: 'as_of', type: 'temporal' as const, title: 'as of', scale: { type: 'utc' as const }, axis: { format: '%d %b' } };
    const spec: TopLevelSpec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: `${this.title} since ${episode}`, subtitle: 'Steps: running totals per voice; whiskers: low to high; hollow marks and dashed steps: enemy claims (kept out of estimates). Log scale.' },
      vconcat: panels.map(({ population, rows }) => ({
        title: { text: `${population} deaths`, anchor: 'start' as const, fontSize: 12 },
        width: 640, height: 220,
        // A layer with no rows makes Vega warn about an empty extent, so empty layers are left out.
        layer: [
          { data: { values: marks }, mark: { type: 'rule' as const, color: '#999', strokeDash: [2, 2] }, encoding: { x: { field: 'date', type: 'temporal' as const, scale: { type: 'utc' as const } } } },
          { data: { values: marks }, mark: { type: 'text' as const, angle: 270, align: 'right' as const, baseline: 'top' as const, dx: -4, dy: 2, fontSize: 9, color: '#666' },
            encoding: { x: { field: 'date', type: 'temporal' as const, scale: { type: 'utc' as const } }, y: { value: 0 }, text: { field: 'label' } } },
          { data: { values: rows.filter((c) => c.period_end === '').map(point) }, mark: { type: 'line' as const, interpolate: 'step-after' as const, strokeWidth: 1.5 },
            encoding: { x, y: { field: 'best', type: 'quantitative' as const, scale: { type: 'log' as const }, title: 'deaths' }, color: { field: 'voice', type: 'nominal' as const, title: 'voice · whose dead', legend: { labelLimit: 480 } },
              strokeDash: { field: 'kind', type: 'nominal' as const, title: null, scale: { domain: ['own or third-party figure', 'enemy claim'], range: [[1, 0], [4, 3]] }, legend: null } } },
          { data: { values: rows.filter((c) => c.low !== c.high).map(point) }, mark: { type: 'rule' as const, strokeWidth: 1 },
            encoding: { x, y: { field: 'low', type: 'quantitative' as const }, y2: { field: 'high' }, color: { field: 'voice', type: 'nominal' as const } } },
          { data: { values: rows.map(point) }, mark: { type: 'point' as const, size: 40, strokeWidth: 1.5 },
            encoding: { x, y: { field: 'best', type: 'quantitative' as const }, color: { field: 'voice', type: 'nominal' as const },
              fill: { condition: { test: "datum.kind === 'enemy claim'", value: 'white' }, field: 'voice', type: 'nominal' as const },
              shape: { field: 'kind', type: 'nominal' as const, title: 'figure', scale: { domain: ['own or third-party figure', 'enemy claim'], range: ['circle', 'diamond'] } },
              tooltip: [{ field: 'claim_id' }, { field: 'claimant' }, { field: 'value_text' }, { field: 'as_of', type: 'temporal' as const, timeUnit: 'utcyearmonthdate' as const }, { field: 'low' }, { field: 'best' }, { field: 'high' }, { field: 'rule' }, { field: 'running' }] } },
          { data: { values: rows.filter((c) => c.quote_start !== null).map(point) }, mark: { type: 'text' as const, align: 'left' as const, dx: 6, dy: -6, fontSize: 10 },
            encoding: { x, y: { field: 'best', type: 'quantitative' as const }, text: { field: 'label' } } },
        ].filter((l) => l.data.values.length > 0),
      })),
      resolve: { scale: { x: 'shared', color: 'shared', y: 'independent' } },
      config: baseConfig,
    };
    return spec;
  },
};
