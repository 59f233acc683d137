// What every authored chart is: a name (its file name in out/), a title, and a function from the
// published tables to a Vega-Lite spec with its data inline, so the spec stands alone anywhere.
import type { TopLevelSpec } from 'vega-lite';
import type { Claim, Estimate, EventRow, SeriesStep } from '../pipeline/schemas.ts';

export interface ChartData { claims: Claim[]; estimates: Estimate[]; series: SeriesStep[]; events: EventRow[] }

export interface ChartDefinition {
  name: string;
  title: string;
  /** Null when the data hold nothing this chart shows; publish then says so instead of drawing it empty. */
  build(data: ChartData): TopLevelSpec | null;
}

/** A one-sided figure is drawn with its stated bound marked, never as a plain range. */
export function boundOf(qualifier: string): 'lower bound' | 'upper bound' | 'interval' | 'exact' {
  if (qualifier === 'more_than' || qualifier === 'at_least') return 'lower bound';
  if (qualifier === 'fewer_than' || qualifier === 'at_most' || qualifier === 'nearly') return 'upper bound';
  return qualifier === 'exact' ? 'exact' : 'interval';
}

export function periodLabel(start: string, end: string): string {
  if (!start && !end) return 'period unstated';
  return `${start || '…'} to ${end || 'date'}`;
}

export const FONT = 'DejaVu Sans';
export const baseConfig = { font: FONT, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 560 }, legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 480, titleLimit: 480 } };
