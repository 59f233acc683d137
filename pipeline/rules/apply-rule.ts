// Turns stated words into an interval by the rule for their qualifier, under the chosen policy.
import type { Policy, Qualifier } from '../schemas.ts';
import { derivations, type Interval } from './derivations.ts';
import { ruleFor } from './rule-table.ts';

export interface StatedFigure {
  qualifier: Qualifier;
  value: number | null;
  valueHigh: number | null;
  /**
   * For stacked words ("hundreds, if not thousands", "several hundred, perhaps a thousand"): the qualifiers, lower
   * first; a number among them has its own qualifier ('exact', 'approx'), its value in `value` (the lower) or
   * `valueHigh` (the higher).
   */
  parts?: Qualifier[];
}

function reasoned(f: StatedFigure): Interval {
  const rule = ruleFor(f.qualifier);
  if (f.qualifier === 'vague_range') {
    const [lowWord, highWord] = (f.parts ?? []).map((q, i) => reasoned({ qualifier: q, value: i === 0 ? f.value : f.valueHigh, valueHigh: null }));
    if (!lowWord || !highWord) throw new Error('vague_range needs two stacked words');
    return { low: Math.min(lowWord.low, highWord.low), best: lowWord.best, high: Math.max(lowWord.high, highWord.high) };
  }
  return derivations[rule.derivation].apply({ value: f.value, valueHigh: f.valueHigh }, rule.fixed);
}

export function applyRule(f: StatedFigure, policy: Policy): Interval & { rule: string } {
  const rule = ruleFor(f.qualifier);
  const interval = reasoned(f);
  if (policy === 'interval') return { ...interval, rule: rule.id };
  const point =
    rule.conservative === 'low' || f.value === null ? interval.low
    : rule.conservative === 'N + 1' ? f.value + 1
    : f.value;
  return { low: point, best: point, high: point, rule: rule.id };
}
