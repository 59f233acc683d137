// Running totals over time: for each quantity and claimant, the open-ended ("to date") figures in
// as_of order. Falls, same-day disagreements and implausible jumps are flagged on the claims and
// reported as findings; nothing is removed.
import { finding } from '../ingest/finding.ts';
import type { Claim, Finding, SeriesStep } from '../schemas.ts';
import { JUMP_MIN_INCREASE, JUMP_RATIO } from './guards.ts';

/**
 * Whose running total a figure continues. A party's officials keep one tally whichever ministry or
 * spokesperson states it (873 from the defence ministry and 874 from "the authorities" on the same day
 * are one series disagreeing with itself); anyone else's figures are their own series.
 */
export const seriesOf = (c: Pick<Claim, 'claimant' | 'claimant_kind' | 'claimant_party'>) =>
  c.claimant_kind === 'official' && c.claimant_party ? `${c.claimant_party} officials` : c.claimant;

type Keyed = Pick<Claim, 'conflict' | 'measure' | 'population' | 'side' | 'period_start'> & { series: string };
const seriesKey = (c: Keyed) => [c.conflict, c.measure, c.population, c.side, c.period_start, c.series].join('|');
const overlap = (a: Claim, b: Claim) => a.low <= b.high && b.low <= a.high;

/** Which claims belong to a running total: an open period with a known start. */
export const isRunningTotal = (c: Claim) => c.period_end === '' && c.period_start !== '';

/** Where a claim's words are: its source file, and the line (and column) its id carries. */
function locate(c: Claim, paths: ReadonlyMap<string, string>) {
  const [, line, column] = c.claim_id.split(':').map(Number);
  return { file: paths.get(c.source_id) ?? c.source_id, line: line || null, column: column || null };
}

export function runningSeries(claims: Claim[], paths: ReadonlyMap<string, string> = new Map()): { steps: SeriesStep[]; flags: Map<string, Set<string>>; findings: Finding[] } {
  const groups = new Map<string, Claim[]>();
  for (const c of claims.filter(isRunningTotal)) {
    const key = seriesKey({ ...c, series: seriesOf(c) });
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const flags = new Map<string, Set<string>>();
  const findings: Finding[] = [];
  const mark = (c: Claim, code: string) => flags.set(c.claim_id, (flags.get(c.claim_id) ?? new Set()).add(code));
  const report = (c: Claim, code: string, message: string) => {
    mark(c, code);
    findings.push(finding({ ...locate(c, paths), source_id: c.source_id, outcome: 'flagged', code, message: `${c.claim_id}: ${message}`, fix: 'Check the source; the claim stays in claims.csv with this flag.' }));
  };
  const ordered = [...groups.values()].map((list) => [...list].sort((a, b) => a.as_of.localeCompare(b.as_of) || a.claim_id.localeCompare(b.claim_id)));
  for (const list of ordered) {
    list.forEach((c, i) => {
      const prev = list[i - 1];
      if (!prev) return;
      const who = seriesOf(c);
      if (prev.as_of === c.as_of) {
        if (overlap(prev, c)) return;
        mark(prev, 'same_day_conflict');
        report(c, 'same_day_conflict', `${who} gave ${c.value_text} (${c.claimant}) and ${prev.value_text} (${prev.claimant}, ${prev.claim_id}) for the same day ${c.as_of}`);
      } else if (c.high < prev.low) {
        report(c, 'series_decrease', `${who}: running total fell from ${prev.value_text} (${prev.as_of}) to ${c.value_text} (${c.as_of})`);
      } else if (prev.best > 0 && c.best >= JUMP_RATIO * prev.best && c.best - prev.best > JUMP_MIN_INCREASE) {
        report(c, 'implausible_jump', `${who}: running total jumped from ${prev.value_text} (${prev.as_of}) to ${c.value_text} (${c.as_of})`);
      }
    });
  }
  const steps = ordered.flatMap((list) => list.map((c, i): SeriesStep => ({
    conflict: c.conflict, measure: c.measure, population: c.population, side: c.side, period_start: c.period_start, series: seriesOf(c), claimant: c.claimant,
    as_of: c.as_of, low: c.low, best: c.best, high: c.high, change: i > 0 ? c.best - (list[i - 1]?.best ?? 0) : null,
    claim_id: c.claim_id, flags: [...(flags.get(c.claim_id) ?? [])].sort().join(';'),
  })));
  steps.sort((a, b) => seriesKey(a).localeCompare(seriesKey(b)) || a.as_of.localeCompare(b.as_of) || a.claim_id.localeCompare(b.claim_id));
  return { steps, flags, findings };
}
