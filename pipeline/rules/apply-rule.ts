// Turns stated words into an interval by the rule for their qualifier, under the chosen policy.
import type { Policy, Qualifier } from '../schemas.ts';
import { derivations, type Interval } from './derivations.ts';
import { ruleFor } from './rule-table.ts';

export interface StatedFigure {
  qualifier: Qualifier;
  value: number | null;
  valueHigh: number | null;
  /** For stacked vague words ("hundreds, if not thousands"): the qualifiers, lower first. */
  parts?: Qualifier[];
}

function reasoned(f: StatedFigure): Interval {
  const rule = ruleFor(f.qualifier);
  if (f.qualifier === 'vague_range') {
    const [lowWord, highWord] = (f.parts ?? []).map((q) => reasoned({ qualifier: q, value: null, valueHigh: null }));
    if (!lowWord || !highWord) throw new Error('vague_range needs two vague words');
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
