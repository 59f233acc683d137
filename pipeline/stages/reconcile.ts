// Stage 4, reconcile: running totals are checked by the series guards, then claims about the same
// quantity (conflict, measure, population, side, period) and as_of date combine into one estimate.
// Enemy claims and implausible jumps stay out of the consensus unless nothing else exists.
import * as aq from 'arquero';
import { combine } from '../reconcile/combine.ts';
import { runningSeries } from '../reconcile/series.ts';
import type { Claim, Estimate, Finding, SeriesStep, SourceRow } from '../schemas.ts';

export interface ReconcileInput { claims: Claim[]; sources: Pick<SourceRow, 'id' | 'path'>[] }
export interface ReconcileOutput { claims: Claim[]; estimates: Estimate[]; series: SeriesStep[]; findings: Finding[] }

/** Flags that keep a claim out of the consensus. */
export const OUTSIDE_CONSENSUS = ['enemy_claim', 'implausible_jump'] as const;

export const QUANTITY_KEYS = ['conflict', 'measure', 'population', 'side', 'period_start', 'period_end'] as const;
const KEYS = [...QUANTITY_KEYS, 'as_of'] as const;

interface Group { [k: string]: unknown; ids: string[]; lows: number[]; bests: number[]; highs: number[]; outside: string[] }

const WHY: Record<(typeof OUTSIDE_CONSENSUS)[number], string> = { enemy_claim: 'enemy claim', implausible_jump: 'unchecked jump' };

/** "excludes 2 enemy claims, 1 unchecked jump": what was left out of the consensus, and why. */
function exclusions(left: string[]): string {
  const parts = OUTSIDE_CONSENSUS.map((f) => [left.filter((o) => o.split(';').includes(f)).length, WHY[f]] as const)
    .filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}${n > 1 ? 's' : ''}`);
  return parts.length ? `excludes ${parts.join(', ')}` : '';
}

export function reconcile(input: ReconcileInput): ReconcileOutput {
  const series = runningSeries(input.claims, new Map(input.sources.map((s) => [s.id, s.path])));
  const claims = input.claims.map((c) => {
    const added = series.flags.get(c.claim_id);
    return added ? { ...c, flags: [...new Set([...c.flags.split(';').filter(Boolean), ...added])].sort().join(';') } : c;
  });
  if (claims.length === 0) return { claims, estimates: [], series: series.steps, findings: series.findings };
  const rows = claims.map((c) => ({ ...c, outside: OUTSIDE_CONSENSUS.filter((f) => c.flags.split(';').includes(f)).join(';') }));
  const groups = aq.from(rows)
    .groupby(...KEYS)
    .rollup({ ids: aq.op.array_agg('claim_id'), lows: aq.op.array_agg('low'), bests: aq.op.array_agg('best'), highs: aq.op.array_agg('high'), outside: aq.op.array_agg('outside') })
    .orderby(...KEYS)
    .objects() as Group[];
  const estimates = groups.map((g): Estimate => {
    const all = g.ids.map((id, i) => ({ id, low: g.lows[i] ?? 0, best: g.bests[i] ?? 0, high: g.highs[i] ?? 0, outside: g.outside[i] ?? '' }));
    const own = all.filter((c) => !c.outside);
    const used = own.length ? own : all;
    const c = combine(used);
    const method = [c.method, own.length ? exclusions(all.filter((a) => a.outside).map((a) => a.outside)) : 'only enemy claims or unchecked jumps exist'].filter(Boolean).join('; ');
    const key = Object.fromEntries(KEYS.map((k) => [k, String(g[k] ?? '')])) as Pick<Estimate, (typeof KEYS)[number]>;
    return { ...key, low: c.low, best: c.best, high: c.high, n_claims: used.length, claim_ids: used.map((u) => u.id).join(';'), agreement: c.agreement, method };
  });
  return { claims, estimates, series: series.steps, findings: series.findings };
}
