// The thresholds the series guards use. They are data, published in the README, so a reader can see
// exactly when a figure is flagged and argue with the choice.

export interface Guard { code: string; rule: string; rationale: string }

/** A running total that at least doubles AND grows by more than this many is an implausible jump. */
export const JUMP_RATIO = 2;
export const JUMP_MIN_INCREASE = 500;

export const guards: readonly Guard[] = [
  { code: 'series_decrease', rule: 'a running total whose high is below the low of the same claimant\'s previous figure for the same quantity',
    rationale: 'Cumulative tolls do not fall; a fall is a correction, a different scope or an error, and a reader should know which figure to trust.' },
  { code: 'same_day_conflict', rule: 'two figures from the same claimant for the same quantity and as_of date whose intervals do not overlap',
    rationale: 'Same-day updates that disagree (873 and 874 on 22 Oct 2020) mean at least one is superseded; both are kept, both are flagged.' },
  { code: 'implausible_jump', rule: `a running total that reaches at least ${JUMP_RATIO}× the same claimant's previous figure and rises by more than ${JUMP_MIN_INCREASE}`,
    rationale: 'Like The Economist\'s tracker, a sudden jump is held back from the consensus until checked: it is kept in claims.csv and on the charts, flagged, but left out of estimates.' },
];
