// Each interval rule as given/expect rows: the stated words in, low/best/high out, under both policies.
import { describe, expect, it } from 'vitest';
import { applyRule, type StatedFigure } from '../../pipeline/rules/apply-rule.ts';
import { band, roundingUnit } from '../../pipeline/rules/derivations.ts';
import { ruleTable } from '../../pipeline/rules/rule-table.ts';
import { Qualifier } from '../../pipeline/schemas.ts';

const f = (qualifier: StatedFigure['qualifier'], value: number | null = null, valueHigh: number | null = null, parts?: StatedFigure['parts']): StatedFigure =>
  ({ qualifier, value, valueHigh, ...(parts ? { parts } : {}) });

describe('rounding unit and band', () => {
  it.each([
    [30000, 10000], [25000, 5000], [1000, 500], [874, 1], [1500, 500], [100, 50], [30, 10], [5, 1], [1, 1], [2425, 5], [2500, 500],
  ])('roundingUnit(%i) = %i', (n, unit) => expect(roundingUnit(n)).toBe(unit));
  it.each([[30000, 10000], [874, 88], [402, 41], [100, 50], [2000, 1000]])('band(%i) = %i', (n, b) => expect(band(n)).toBe(b));
});

describe('interval policy', () => {
  it.each([
    ['exact 874', f('exact', 874), [874, 874, 874], 'exact'],
    ['khoảng 30.000', f('approx', 30000), [25000, 30000, 35000], 'approx.rounding'],
    ['about 874', f('approx', 874), [830, 874, 918], 'approx.rounding'],
    ['gần một nghìn', f('nearly', 1000), [900, 950, 1000], 'nearly.just_under'],
    ['nearing 5,000', f('nearly', 5000), [4500, 4750, 5000], 'nearly.just_under'],
    ['more than 402', f('more_than', 402), [403, 403, 443], 'more_than.rounding'],
    ['hơn 30.000', f('more_than', 30000), [30001, 30001, 40000], 'more_than.rounding'],
    ['at least 143', f('at_least', 143), [143, 143, 158], 'at_least.rounding'],
    ['fewer than 100', f('fewer_than', 100), [50, 99, 99], 'fewer_than.rounding'],
    ['up to 100', f('at_most', 100), [50, 100, 100], 'at_most.rounding'],
    ['20,000–30,000', f('range', 20000, 30000), [20000, 25000, 30000], 'range.midpoint'],
    ['reversed range 60–40', f('range', 60, 40), [40, 50, 60], 'range.midpoint'],
    ['hàng trăm', f('hundreds'), [100, 200, 999], 'vague.hundreds'],
    ['hàng chục', f('tens'), [10, 20, 99], 'vague.tens'],
    ['dozens', f('dozens'), [12, 24, 99], 'vague.dozens'],
    ['tens of thousands', f('tens_of_thousands'), [10000, 20000, 99999], 'vague.tens_of_thousands'],
    ['hundreds, if not thousands', f('vague_range', null, null, ['hundreds', 'thousands']), [100, 200, 9999], 'vague_range.envelope'],
    ['several hundred, perhaps a thousand', f('vague_range', null, 1000, ['few_hundreds', 'exact']), [200, 300, 1000], 'vague_range.envelope'],
    ['khoảng 500, thậm chí hàng nghìn', f('vague_range', 500, null, ['approx', 'thousands']), [450, 500, 9999], 'vague_range.envelope'],
  ] as const)('%s', (_words, stated, [low, best, high], rule) => {
    expect(applyRule(stated, 'interval')).toEqual({ low, best, high, rule });
  });
});

describe('conservative policy gives one ACLED-style figure', () => {
  it.each([
    [f('exact', 874), 874], [f('approx', 30000), 30000], [f('nearly', 1000), 1000], [f('more_than', 2000), 2000],
    [f('hundreds'), 100], [f('dozens'), 12], [f('tens'), 10], [f('range', 20000, 30000), 20000], [f('fewer_than', 100), 50],
  ])('%o → %i', (stated, point) => {
    const r = applyRule(stated, 'conservative');
    expect([r.low, r.best, r.high]).toEqual([point, point, point]);
  });
});

describe('the rule table', () => {
  it('has exactly one rule per qualifier', () => {
    expect(ruleTable.map((r) => r.qualifier).sort()).toEqual([...Qualifier.options].sort());
    expect(new Set(ruleTable.map((r) => r.id)).size).toBe(ruleTable.length);
  });
  it('keeps low ≤ best ≤ high for every rule over many numbers', () => {
    for (const r of ruleTable) {
      for (const n of [1, 2, 7, 10, 16, 99, 100, 874, 1000, 2425, 30000, 1_200_000]) {
        const stated = r.qualifier === 'vague_range' ? f(r.qualifier, null, null, ['tens', 'hundreds']) : r.derivation === 'fixed' ? f(r.qualifier) : f(r.qualifier, n, n * 2);
        const { low, best, high } = applyRule(stated, 'interval');
        expect(low <= best && best <= high, `${r.id} N=${n}: ${low}/${best}/${high}`).toBe(true);
      }
    }
  });
  it('refuses a figure that lacks the number its rule needs', () => {
    expect(() => applyRule(f('range', 40), 'interval')).toThrow(/upper end/);
    expect(() => applyRule(f('approx'), 'interval')).toThrow(/a number/);
  });
});
