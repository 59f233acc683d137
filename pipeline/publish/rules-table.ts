// rules.csv: the interval rules with the cues each language module gives them, generated from the rule
// table and the lexicons so that neither is written down twice.
import { z } from 'zod';
import type { LanguageModule } from '../languages/module.ts';
import { derivations } from '../rules/derivations.ts';
import { ruleTable, type Rule } from '../rules/rule-table.ts';
import { Qualifier } from '../schemas.ts';

/** out/rules.csv: one row per interval rule. Its columns and their meaning, described once. */
export const RuleRow = z.object({
  rule: z.string().min(1).describe('Rule id, as in claims.csv.'),
  qualifier: Qualifier.describe('The qualifier the rule interprets, as in claims.csv.'),
  languages: z.string().describe('Semicolon-separated languages (BCP 47) whose modules have cues for the rule.'),
  cues: z.string().describe('The words that select the rule, per language ("vi: khoảng, chừng | en: about"); N and M stand for the stated numbers.'),
  low: z.string().describe('How the lower end is derived from the stated number N, or the fixed value of a vague word.'),
  best: z.string().describe('How the best value is derived, or the fixed value of a vague word.'),
  high: z.string().describe('How the upper end is derived, or the fixed value of a vague word.'),
  conservative: z.string().describe('The single figure the conservative (ACLED-style) policy reports.'),
  rationale: z.string().describe('Why: the convention or study the rule follows.'),
});
export const RULE_COLUMNS = Object.keys(RuleRow.shape) as (keyof z.infer<typeof RuleRow>)[];
export type RuleRecord = Record<(typeof RULE_COLUMNS)[number], string>;

/** A joiner between two stated numbers, as written: "N to M", "N, if not M". */
const joinedBy = (left: string, joiner: string, right: string): string => `${left}${joiner.startsWith(',') ? '' : ' '}${joiner} ${right}`;

/** The words that select a rule in one language; N and M stand for the stated numbers. */
function cuesIn(r: Rule, l: LanguageModule): string[] {
  // Two bounds of one estimate ("at least N, and possibly as many as M") are a range too: ≥ and ≤ stand for the bounds' words.
  // 'N, if not M' joins exact numbers as it joins vague words, when N < M.
  // A range's opener lets a conjunction join its ends: "between N and M", "between several hundred and a few thousand".
  const opened = (left: string, right: string): string[] => l.lexicon.rangeOpeners.map((o) => `${o} ${left} ${l.lexicon.conjunctions[0]} ${right}`);
  if (r.qualifier === 'range') return [...l.lexicon.rangeJoiners.map((j) => `N ${j} M`), ...opened('N', 'M'), ...(l.lexicon.neighbourRanges ? ['N M, N, M (in words, M = N + 1)'] : []), ...l.lexicon.vagueJoiners.filter((j) => !l.lexicon.rangeJoiners.includes(j)).map((j) => joinedBy('N', j, 'M (N < M)')), ...l.lexicon.boundJoiners.map((j) => joinedBy('≥N', j, '≤M'))];
  if (r.qualifier === 'vague_range') return [...l.lexicon.vagueJoiners.map((j) => joinedBy('vague', j, 'vague')), ...opened('vague', 'vague')];
  return [...(l.lexicon.qualifiers[r.qualifier] ?? []), ...(l.lexicon.vague[r.qualifier] ?? []), ...(l.lexicon.qualifierSuffixes[r.qualifier] ?? []).map((s) => `N … ${s}`),
    ...(r.qualifier === 'approx' ? l.lexicon.estimates.map((e) => `${e} … N`) : [])];
}

export function ruleRecords(languages: readonly LanguageModule[]): RuleRecord[] {
  return ruleTable.map((r) => {
    // A bare number selects "exact" in every language, as do the words that leave a figure as it is ("a total of").
    const perLanguage = languages.map((l) => ({ code: l.code, cues: cuesIn(r, l) }))
      .filter((l) => r.qualifier === 'exact' || l.cues.length > 0);
    const d = derivations[r.derivation];
    const fixed = r.fixed;
    return {
      rule: r.id, qualifier: r.qualifier, languages: perLanguage.map((l) => l.code).join(';'),
      cues: r.qualifier === 'exact' ? exactCues(perLanguage) : perLanguageText(perLanguage),
      low: fixed ? String(fixed.low) : d.low,
      best: fixed ? String(fixed.best) : d.best,
      high: fixed ? String(fixed.high) : d.high,
      conservative: r.conservative,
      rationale: r.rationale,
    };
  });
}

function exactCues(list: { code: string; cues: string[] }[]): string {
  const worded = list.filter((l) => l.cues.length > 0);
  return worded.length ? `a number with no qualifying word, or after: ${perLanguageText(worded)}` : 'a number with no qualifying word';
}

function perLanguageText(list: { code: string; cues: string[] }[]): string {
  return list.map((l) => `${l.code}: ${[...new Set(l.cues)].join(', ')}`).join(' | ');
}
