// rules.csv: the interval rules with the cues each language module gives them, generated from the rule
// table and the lexicons so that neither is written down twice.
import { z } from 'zod';
import type { LanguageModule } from '../languages/module.ts';
import { derivations } from '../rules/derivations.ts';
import { ruleTable } from '../rules/rule-table.ts';
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

export function ruleRecords(languages: readonly LanguageModule[]): RuleRecord[] {
  return ruleTable.map((r) => {
    const perLanguage = languages
      .map((l) => ({ code: l.code, cues: [...(l.lexicon.qualifiers[r.qualifier] ?? []), ...(l.lexicon.vague[r.qualifier] ?? []), ...(l.lexicon.qualifierSuffixes[r.qualifier] ?? []).map((s) => `N … ${s}`)] }))
      .filter((l) => l.cues.length > 0);
    const d = derivations[r.derivation];
    const fixed = r.fixed;
    const cues = r.qualifier === 'exact' ? 'a number with no qualifying word'
      : r.qualifier === 'range' ? perLanguageText(languages.map((l) => ({ code: l.code, cues: l.lexicon.rangeJoiners.map((j) => `N ${j} M`) })))
      : r.qualifier === 'vague_range' ? perLanguageText(languages.map((l) => ({ code: l.code, cues: l.lexicon.vagueJoiners.map((j) => `vague ${j.trim()} vague`) })))
      : perLanguageText(perLanguage);
    return {
      rule: r.id, qualifier: r.qualifier, languages: r.qualifier === 'exact' || r.qualifier === 'range' || r.qualifier === 'vague_range' ? languages.map((l) => l.code).join(';') : perLanguage.map((l) => l.code).join(';'),
      cues,
      low: fixed ? String(fixed.low) : r.qualifier === 'vague_range' ? 'lower word\'s low' : d.low,
      best: fixed ? String(fixed.best) : r.qualifier === 'vague_range' ? 'lower word\'s best' : d.best,
      high: fixed ? String(fixed.high) : r.qualifier === 'vague_range' ? 'higher word\'s high' : d.high,
      conservative: r.conservative === 'low' ? 'low' : r.conservative,
      rationale: r.rationale,
    };
  });
}

function perLanguageText(list: { code: string; cues: string[] }[]): string {
  return list.filter((l) => l.cues.length).map((l) => `${l.code}: ${[...new Set(l.cues)].join(', ')}`).join(' | ');
}
