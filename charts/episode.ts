// Which claims a time-based chart is about: the episode (start date) most figures count from, so the
// same chart serves any conflict. Running totals and final tolls of that episode are both included.
import { seriesOf } from '../pipeline/reconcile/series.ts';
import type { Claim } from '../pipeline/schemas.ts';

export function mainEpisode(claims: Claim[]): string | null {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.period_start.length === 10) counts.set(c.period_start, (counts.get(c.period_start) ?? 0) + 1);
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || b.localeCompare(a));
  return ranked[0]?.[0] ?? null;
}

/** "armenian officials · azerbaijani dead": whose figure, and whose dead. */
export function voice(c: Pick<Claim, 'claimant' | 'claimant_kind' | 'claimant_party' | 'side'>): string {
  const who = seriesOf(c);
  const whose = c.side === '' ? 'all sides' : c.side === 'each' ? 'each side' : `${c.side} dead`;
  return `${who} · ${whose}`;
}

export const isEnemyClaim = (c: Claim) => c.flags.split(';').includes('enemy_claim');
