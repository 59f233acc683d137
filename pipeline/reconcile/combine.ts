// How claims about one quantity combine. Overlapping intervals agree, and the estimate narrows to what
// they all allow; disjoint ones conflict, and the estimate keeps both ends so no claim is hidden.
import type { Interval } from '../rules/derivations.ts';

export interface Combined extends Interval { agreement: 'single' | 'consistent' | 'conflicting'; method: string }

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
}

export function combine(intervals: Interval[]): Combined {
  if (intervals.length === 0) throw new Error('nothing to combine');
  const low = Math.max(...intervals.map((i) => i.low));
  const high = Math.min(...intervals.map((i) => i.high));
  if (low <= high) {
    const width = Math.min(...intervals.map((i) => i.high - i.low));
    const narrowest = intervals.filter((i) => i.high - i.low === width);
    const best = Math.min(high, Math.max(low, median(narrowest.map((i) => i.best))));
    return { low, best, high, agreement: intervals.length === 1 ? 'single' : 'consistent', method: 'overlap' };
  }
  return {
    low: Math.min(...intervals.map((i) => i.low)),
    best: median(intervals.map((i) => i.best)),
    high: Math.max(...intervals.map((i) => i.high)),
    agreement: 'conflicting',
    method: 'envelope',
  };
}
