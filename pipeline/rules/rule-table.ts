// The interval rules: one per qualifier. This table is the single source of truth for out/rules.csv and
// the README's rule section. The cues that select each rule live in the language modules.
import type { Qualifier } from '../schemas.ts';
import type { DerivationId, Interval } from './derivations.ts';

export interface Rule {
  id: string;
  qualifier: Qualifier;
  derivation: DerivationId;
  /** Values for a vague word ("hundreds"), which states no number. */
  fixed?: Interval;
  /** The single figure an ACLED-style conservative policy reports. */
  conservative: 'N' | 'N + 1' | 'low';
  rationale: string;
}

const vague = (qualifier: Qualifier, low: number, best: number, high: number, rationale: string): Rule => ({
  id: `vague.${qualifier}`, qualifier, derivation: 'fixed', fixed: { low, best, high }, conservative: 'low', rationale,
});

export const ruleTable: readonly Rule[] = [
  { id: 'exact', qualifier: 'exact', derivation: 'point', conservative: 'N',
    rationale: 'A figure stated without qualification is taken at its word (ACLED, UCDP GED, Iraq Body Count).' },
  { id: 'approx.rounding', qualifier: 'approx', derivation: 'rounding_band', conservative: 'N',
    rationale: '"About N" is as precise as N is round: the band b is N\'s rounding unit (largest 10^k or 5·10^k dividing N, at most N/2), at least a tenth of N. About 30,000 → 25,000–35,000.' },
  { id: 'nearly.just_under', qualifier: 'nearly', derivation: 'just_under', conservative: 'N',
    rationale: '"Nearly N" puts the value just under N: never above it (UCDP: best ≤ N), within a tenth below it.' },
  { id: 'more_than.rounding', qualifier: 'more_than', derivation: 'above', conservative: 'N',
    rationale: '"More than N" is a lower bound; speakers round down to the nearest round number, so the value lies within one rounding band above N (Cummins, Sauerland & Solt 2012). Best is the bound itself, as UCDP\'s conservative low.' },
  { id: 'at_least.rounding', qualifier: 'at_least', derivation: 'from', conservative: 'N',
    rationale: '"At least N" includes N; bounded above by one rounding band as for "more than".' },
  { id: 'fewer_than.rounding', qualifier: 'fewer_than', derivation: 'below', conservative: 'low',
    rationale: '"Fewer than N" is an upper bound; the value lies within one rounding band below N.' },
  { id: 'at_most.rounding', qualifier: 'at_most', derivation: 'up_to', conservative: 'low',
    rationale: '"Up to N" allows N itself; the value lies within one rounding band below N.' },
  { id: 'range.midpoint', qualifier: 'range', derivation: 'range', conservative: 'N',
    rationale: 'A stated range N–M is kept as it is (UCDP low/high), as are two bounds of one estimate ("at least N, and possibly as many as M") and a number stacked on a smaller one ("5,000, if not 6,000"); with no reason to favour an end, best is the midpoint. A low end that leaves the high end\'s unit unsaid shares it: "2 to 3 thousand", "20-30 nghìn", "two to three dozen" are 2,000–3,000, 20,000–30,000 and 24–36 ("two to thirty" is 2–30). Where a language says ranges so, two number words in a row, the second one more than the first in its unit, are one too: "hai ba chục" is 20–30, "năm, sáu người" 5–6.' },
  vague('a_few', 2, 3, 5, '"A few", "vài": at least two, typically three (Duckling reads "a few" as 3).'),
  vague('several', 3, 5, 9, '"Several", "một số": more than a few, fewer than ten.'),
  vague('tens', 10, 20, 99, '"Tens", "hàng chục": a multiple of ten below a hundred; ACLED codes "tens" as 10.'),
  vague('dozens', 12, 24, 99, '"Dozens": at least one dozen, typically two, below a hundred; ACLED codes "dozens" as 12.'),
  vague('scores', 40, 60, 199, '"Scores": at least two score (40), below two hundred.'),
  vague('few_tens', 20, 30, 90, '"Vài chục" (a few tens): two to nine tens.'),
  vague('hundreds', 100, 200, 999, '"Hundreds", "hàng trăm": at least 100, typically a few hundred, below a thousand; ACLED codes "hundreds" as 100.'),
  vague('few_hundreds', 200, 300, 900, '"Vài trăm" (a few hundred): two to nine hundred.'),
  vague('thousands', 1000, 2000, 9999, '"Thousands", "hàng nghìn/ngàn": at least 1,000, below ten thousand.'),
  vague('few_thousands', 2000, 3000, 9000, '"Vài nghìn" (a few thousand): two to nine thousand.'),
  vague('tens_of_thousands', 10000, 20000, 99999, '"Tens of thousands", "hàng chục nghìn": at least 10,000, below 100,000.'),
  vague('few_tens_of_thousands', 20000, 30000, 90000, '"A few tens of thousands", "vài chục nghìn", "vài vạn": two to nine tens of thousands.'),
  vague('hundreds_of_thousands', 100000, 200000, 999999, '"Hundreds of thousands", "hàng trăm nghìn": at least 100,000, below a million.'),
  vague('few_hundreds_of_thousands', 200000, 300000, 900000, '"A few hundred thousand", "vài trăm nghìn": two to nine hundred thousand.'),
  vague('millions', 1000000, 2000000, 9999999, '"Millions", "hàng triệu": at least a million, typically two, below ten million.'),
  vague('few_millions', 2000000, 3000000, 9000000, '"A few million", "vài triệu": two to nine million.'),
  vague('tens_of_millions', 10000000, 20000000, 99999999, '"Tens of millions", "hàng chục triệu": at least ten million, below a hundred million.'),
  { id: 'vague_range.envelope', qualifier: 'vague_range', derivation: 'envelope', conservative: 'low',
    rationale: 'Stacked vague words ("hundreds, if not thousands") span from the lower word\'s low to the higher word\'s high; best is the lower word\'s best. Either word may be a number on the side of the other it says, read by its own rule: "several hundred, perhaps a thousand" is 200–1,000, best 300; "about 500, if not thousands" 450–9,999, best 500.' },
];

const byQualifier = new Map(ruleTable.map((r) => [r.qualifier, r]));

export function ruleFor(qualifier: Qualifier): Rule {
  const rule = byQualifier.get(qualifier);
  if (!rule) throw new Error(`no interval rule for qualifier ${qualifier}`);
  return rule;
}
