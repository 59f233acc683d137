// The charts publish draws, in order.
import type { ChartDefinition } from './chart.ts';
import { claimsIntervals } from './claims-intervals.ts';
import { warsCompared } from './wars-compared.ts';

export const charts: readonly ChartDefinition[] = [claimsIntervals, warsCompared];
