// Stage 4, reconcile: claims about the same quantity (conflict, measure, population, side, period) and
// as_of date combine into one estimate. Enemy claims stay out of the consensus unless nothing else exists.
import * as aq from 'arquero';
import { combine } from '../reconcile/combine.ts';
import type { Claim, Estimate, Finding } from '../schemas.ts';

export interface ReconcileInput { claims: Claim[] }
export interface ReconcileOutput { estimates: Estimate[]; findings: Finding[] }

export const QUANTITY_KEYS = ['conflict', 'measure', 'population', 'side', 'period_start', 'period_end'] as const;
const KEYS = [...QUANTITY_KEYS, 'as_of'] as const;

interface Group { [k: string]: unknown; ids: string[]; lows: number[]; bests: number[]; highs: number[]; enemy: boolean[] }

export function reconcile(input: ReconcileInput): ReconcileOutput {
  if (input.claims.length === 0) return { estimates: [], findings: [] };
  const rows = input.claims.map((c) => ({ ...c, enemy: c.flags.split(';').includes('enemy_claim') }));
  const groups = aq.from(rows)
    .groupby(...KEYS)
    .rollup({ ids: aq.op.array_agg('claim_id'), lows: aq.op.array_agg('low'), bests: aq.op.array_agg('best'), highs: aq.op.array_agg('high'), enemy: aq.op.array_agg('enemy') })
    .orderby(...KEYS)
    .objects() as Group[];
  const estimates = groups.map((g): Estimate => {
    const all = g.ids.map((id, i) => ({ id, low: g.lows[i] ?? 0, best: g.bests[i] ?? 0, high: g.highs[i] ?? 0, enemy: g.enemy[i] ?? false }));
    const own = all.filter((c) => !c.enemy);
    const used = own.length ? own : all;
    const c = combine(used);
    const excluded = all.length - used.length;
    const method = [c.method, excluded ? `excludes ${excluded} enemy claim(s)` : '', own.length ? '' : 'enemy claims only'].filter(Boolean).join('; ');
    const key = Object.fromEntries(KEYS.map((k) => [k, String(g[k] ?? '')])) as Pick<Estimate, (typeof KEYS)[number]>;
    return { ...key, low: c.low, best: c.best, high: c.high, n_claims: used.length, claim_ids: used.map((u) => u.id).join(';'), agreement: c.agreement, method };
  });
  return { estimates, findings: [] };
}
