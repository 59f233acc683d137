// rules.csv: the interval rules with the cues each language module gives them, generated from the rule
// table and the lexicons so that neither is written down twice.
import type { LanguageModule } from '../languages/module.ts';
import { derivations } from '../rules/derivations.ts';
import { ruleTable } from '../rules/rule-table.ts';

export const RULE_COLUMNS = ['rule', 'qualifier', 'languages', 'cues', 'low', 'best', 'high', 'conservative', 'rationale'] as const;
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
