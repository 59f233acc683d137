// The few interval shapes every rule is made of. Each carries its own wording, so rules.csv describes
// exactly the arithmetic that runs.

export interface Interval { low: number; best: number; high: number }
export interface Stated { value: number | null; valueHigh: number | null }

/**
 * Rounding unit of a stated number: the largest 10^k or 5·10^k that divides it and is at most half of
 * it. 30,000 → 10,000; 25,000 → 5,000; 1,000 → 500; 874 → 1. Round numbers signal coarse knowledge.
 */
export function roundingUnit(n: number): number {
  if (!Number.isInteger(n) || n < 2) return 1;
  let unit = 1;
  for (let u = 1; u <= n / 2; u *= 10) {
    if (n % u === 0) unit = u;
    if (5 * u <= n / 2 && n % (5 * u) === 0) unit = 5 * u;
  }
  return unit;
}

/** The band a bound implies: the rounding unit, but never under a tenth of the number. */
export function band(n: number): number {
  return Math.max(roundingUnit(n), Math.ceil(n / 10));
}

export interface Derivation {
  id: string;
  low: string;
  best: string;
  high: string;
  apply(s: Stated, fixed?: Interval): Interval;
}

function need(v: number | null, what: string): number {
  if (v === null) throw new Error(`this rule needs ${what}`);
  return v;
}

const half = (n: number) => Math.floor(n / 2);

export const derivations = {
  point: {
    id: 'point', low: 'N', best: 'N', high: 'N',
    apply: (s) => { const n = need(s.value, 'a number'); return { low: n, best: n, high: n }; },
  },
  rounding_band: {
    id: 'rounding_band', low: 'N − b/2', best: 'N', high: 'N + b/2',
    apply: (s) => { const n = need(s.value, 'a number'); const b = band(n); return { low: n - half(b), best: n, high: n + half(b) }; },
  },
  just_under: {
    id: 'just_under', low: 'N − ⌈N/10⌉', best: 'N − ⌈N/20⌉', high: 'N',
    apply: (s) => { const n = need(s.value, 'a number'); return { low: n - Math.ceil(n / 10), best: n - Math.ceil(n / 20), high: n }; },
  },
  above: {
    id: 'above', low: 'N + 1', best: 'N + 1', high: 'N + b',
    apply: (s) => { const n = need(s.value, 'a number'); return { low: n + 1, best: n + 1, high: n + band(n) }; },
  },
  from: {
    id: 'from', low: 'N', best: 'N', high: 'N + b',
    apply: (s) => { const n = need(s.value, 'a number'); return { low: n, best: n, high: n + band(n) }; },
  },
  below: {
    id: 'below', low: 'max(0, N − b)', best: 'N − 1', high: 'N − 1',
    apply: (s) => { const n = need(s.value, 'a number'); return { low: Math.max(0, n - band(n)), best: Math.max(0, n - 1), high: Math.max(0, n - 1) }; },
  },
  up_to: {
    id: 'up_to', low: 'max(0, N − b)', best: 'N', high: 'N',
    apply: (s) => { const n = need(s.value, 'a number'); return { low: Math.max(0, n - band(n)), best: n, high: n }; },
  },
  range: {
    id: 'range', low: 'N', best: 'round((N + M) / 2)', high: 'M',
    apply: (s) => {
      const a = need(s.value, 'a lower end'); const b = need(s.valueHigh, 'an upper end');
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return { low: lo, best: Math.round((lo + hi) / 2), high: hi };
    },
  },
  envelope: {
    id: 'envelope', low: "lower word's low", best: "lower word's best", high: "higher word's high",
    // Stacked vague words are resolved word by word in apply-rule; this entry only describes the result.
    apply: () => { throw new Error('stacked vague words need their words'); },
  },
  fixed: {
    id: 'fixed', low: 'L', best: 'B', high: 'H',
    apply: (_s, fixed) => { if (!fixed) throw new Error('a fixed rule needs its values'); return fixed; },
  },
} satisfies Record<string, Derivation>;

export type DerivationId = keyof typeof derivations;
