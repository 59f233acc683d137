import { describe, expect, it } from 'vitest';
import { combine } from '../../pipeline/reconcile/combine.ts';

const i = (low: number, best: number, high: number) => ({ low, best, high });

describe('combining claims about one quantity', () => {
  it.each([
    ['one claim stands alone', [i(100, 200, 999)], { low: 100, best: 200, high: 999, agreement: 'single', method: 'overlap' }],
    ['hundreds and nearly a thousand overlap and narrow', [i(100, 200, 999), i(900, 950, 1000)], { low: 900, best: 950, high: 999, agreement: 'consistent', method: 'overlap' }],
    ['an exact figure inside an interval wins', [i(25000, 30000, 35000), i(29000, 29000, 29000)], { low: 29000, best: 29000, high: 29000, agreement: 'consistent', method: 'overlap' }],
    ['disjoint claims conflict and keep both ends', [i(120, 120, 120), i(124, 130, 136)], { low: 120, best: 120, high: 136, agreement: 'conflicting', method: 'envelope' }],
    ['three disjoint claims: best is their median', [i(873, 873, 873), i(874, 874, 874), i(900, 900, 900)], { low: 873, best: 874, high: 900, agreement: 'conflicting', method: 'envelope' }],
  ] as const)('%s', (_name, claims, expected) => expect(combine([...claims])).toEqual(expected));
  it('refuses to combine nothing', () => expect(() => combine([])).toThrow());
});
