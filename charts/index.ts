// The charts publish draws, in order.
import type { ChartDefinition } from './chart.ts';
import { claimsIntervals } from './claims-intervals.ts';
import { deathsTimeline } from './deaths-timeline.ts';
import { rangesBySource } from './ranges-by-source.ts';
import { warsCompared } from './wars-compared.ts';

export const charts: readonly ChartDefinition[] = [deathsTimeline, rangesBySource, warsCompared, claimsIntervals];
