// The series guards on small hand-made running totals: each flag fires where it should and nowhere
// else, and a flagged claim is kept (in claims and series) but left out of the consensus.
import { describe, expect, it } from 'vitest';
import { runningSeries } from '../../pipeline/reconcile/series.ts';
import { reconcile } from '../../pipeline/stages/reconcile.ts';
import { claim, exact } from '../helpers/claims.ts';

const flagsOf = (claims: ReturnType<typeof exact>[]) => {
  const { flags } = runningSeries(claims);
  return Object.fromEntries(claims.map((c) => [c.claim_id, [...(flags.get(c.claim_id) ?? [])].join(';')]));
};

describe('series guards', () => {
  it('a steadily rising running total raises nothing', () => {
    expect(flagsOf([exact('a:1', '2021-03-05', 16), exact('a:2', '2021-03-06', 58), exact('a:3', '2021-03-08', 104)])).toEqual({ 'a:1': '', 'a:2': '', 'a:3': '' });
  });

  it('flags a running total that falls below the same voice\'s earlier figure', () => {
    expect(flagsOf([exact('a:1', '2021-03-05', 200), exact('a:2', '2021-03-07', 150)])).toEqual({ 'a:1': '', 'a:2': 'series_decrease' });
  });

  it('flags both same-day figures that disagree, even from two names of one party\'s officials', () => {
    const c = [exact('a:1', '2021-03-05', 873), exact('a:2', '2021-03-05', 874, { claimant: 'North authorities' })];
    expect(flagsOf(c)).toEqual({ 'a:1': 'same_day_conflict', 'a:2': 'same_day_conflict' });
  });

  it('does not flag same-day figures whose intervals overlap', () => {
    const c = [claim({ claim_id: 'a:1', low: 100, best: 200, high: 999 }), claim({ claim_id: 'a:2', low: 900, best: 950, high: 1000 })];
    expect(flagsOf(c)).toEqual({ 'a:1': '', 'a:2': '' });
  });

  it('flags a jump that at least doubles and adds more than 500', () => {
    expect(flagsOf([exact('a:1', '2021-03-05', 920), exact('a:2', '2021-03-12', 4719)])).toEqual({ 'a:1': '', 'a:2': 'implausible_jump' });
  });

  it('does not flag doubling below the absolute threshold (early small numbers)', () => {
    expect(flagsOf([exact('a:1', '2021-03-05', 16), exact('a:2', '2021-03-06', 58), exact('a:3', '2021-03-07', 400)])).toEqual({ 'a:1': '', 'a:2': '', 'a:3': '' });
  });

  it('keeps different voices and third parties in separate series', () => {
    const c = [exact('a:1', '2021-03-05', 900), exact('b:1', '2021-03-06', 100, { claimant: 'Observer Group', claimant_party: '', claimant_kind: 'third_party' })];
    expect(flagsOf(c)).toEqual({ 'a:1': '', 'b:1': '' });
  });

  it('ignores closed periods (final tolls are not running totals)', () => {
    const c = [exact('a:1', '2021-03-05', 900), exact('a:2', '2021-04-01', 100, { period_end: '2021-03-31' })];
    expect(runningSeries(c).steps.map((s) => s.claim_id)).toEqual(['a:1']);
  });

  it('reports each flag as a finding pointing at the claim\'s file and line', () => {
    const { findings } = runningSeries([exact('tolls:4', '2021-03-05', 200), exact('tolls:9', '2021-03-07', 150)], new Map([['tolls', 'figures/tolls.csv']]));
    expect(findings.map((f) => [f.file, f.line, f.code, f.outcome])).toEqual([['figures/tolls.csv', 9, 'series_decrease', 'flagged']]);
  });
});

describe('enemy claims and jumps in reconciliation', () => {
  const sources = [{ id: 'a', path: 'a.csv' }];
  it('keeps an enemy claim in claims but out of the estimate, and says so', () => {
    const own = exact('a:1', '2021-03-05', 120);
    const enemy = exact('a:2', '2021-03-05', 300, { claimant: 'South Army', claimant_party: 'south', flags: 'enemy_claim' });
    const r = reconcile({ claims: [own, enemy], sources });
    expect(r.claims.map((c) => c.claim_id)).toEqual(['a:1', 'a:2']);
    expect(r.estimates).toHaveLength(1);
    expect(r.estimates[0]).toMatchObject({ low: 120, best: 120, high: 120, n_claims: 1, claim_ids: 'a:1', agreement: 'single' });
    expect(r.estimates[0]?.method).toMatch(/excludes 1 enemy claim/);
  });

  it('uses enemy claims only when nothing else exists, and says so', () => {
    const enemy = exact('a:2', '2021-03-05', 300, { claimant: 'South Army', claimant_party: 'south', flags: 'enemy_claim' });
    expect(reconcile({ claims: [enemy], sources }).estimates[0]?.method).toMatch(/only enemy claims/);
  });

  it('adds the series flags to the claims it returns', () => {
    const r = reconcile({ claims: [exact('a:1', '2021-03-05', 920), exact('a:2', '2021-03-12', 4719)], sources });
    expect(r.claims.map((c) => c.flags)).toEqual(['', 'implausible_jump']);
    expect(r.series.map((s) => [s.claim_id, s.change, s.flags, s.series])).toEqual([['a:1', null, '', 'north officials'], ['a:2', 3799, 'implausible_jump', 'north officials']]);
  });
});
