// The README's reference sections, generated from the schemas, the rule table and the language
// modules. They sit between markers; the pipeline rewrites them and a test fails when they are stale.
import type { z } from 'zod';
import type { LanguageModule } from '../languages/module.ts';
import { TABLES } from '../publish/outputs.ts';
import { ruleRecords } from '../publish/rules-table.ts';
import { guards } from '../reconcile/guards.ts';
import { FigureRow } from '../schemas.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head: string[], rows: string[][]) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
const describeColumns = (schema: z.ZodObject) => Object.entries(schema.shape).map(([name, s]) => [`\`${name}\``, (s as z.ZodType).description ?? '']);

export function readmeSections(languages: readonly LanguageModule[]): Record<string, string> {
  const outputs = table(['file', 'grain'], [
    ...TABLES.map((t) => [`\`out/${t.file}\``, t.grain]),
    ['`out/*.vl.json`', 'one Vega-Lite spec per chart, data inline, valid against the Vega-Lite schema'],
    ['`out/*.svg`, `out/*.png`', 'each chart rendered without a browser'],
    ['`out/datapackage.json`', 'Frictionless Data Package v2: one resource per CSV with its Table Schema, bytes, sha256, keys and licences'],
    ['`out/index.html`', 'the report page: headline estimates, every chart, every claim (filterable, with its quote and source), the findings; opens from the file system, no network'],
    ['`out/vendor/`, `out/assets/`', 'local copies of vega, vega-lite and vega-embed (with their licences) and the page\'s own CSS and JS'],
  ]);
  const columns = TABLES.map((t) => `#### \`${t.file}\`\n\n${table(['column', 'meaning'], describeColumns(t.schema))}`).join('\n\n');
  const rules = table(['rule', 'cues', 'low', 'best', 'high', 'conservative', 'rationale'],
    ruleRecords(languages).map((r) => [`\`${r.rule}\``, r.cues, r.low, r.best, r.high, r.conservative, r.rationale]));
  const langs = table(['language', 'qualifiers', 'vague quantities', 'casualty cues', 'victims'], languages.map((l) => [
    `${l.name} (\`${l.code}\`)`,
    Object.values(l.lexicon.qualifiers).flat().join(', '),
    Object.values(l.lexicon.vague).flat().join(', '),
    [...Object.entries(l.lexicon.measures).map(([cue, m]) => `${cue} (${m})`),
      ...Object.entries(l.lexicon.describingMeasures).map(([cue, m]) => `${cue} (${m}, only before its victims)`),
      ...Object.entries(l.lexicon.measuresBefore).map(([cue, m]) => `${cue} (${m}, only right before the number)`),
      ...Object.entries(l.lexicon.oneMeasures).map(([cue, m]) => `${cue} (${m}, only right after one)`),
      ...Object.entries(l.lexicon.objectMeasures).map(([cue, m]) => `${cue} (${m}, only with victims after the number)`),
      ...Object.entries(l.lexicon.lifeMeasures).map(([cue, m]) => `${cue} (${m}, only with ${l.lexicon.lives.map((w) => `'${w}'`).join(' or ')} after the number)`)].join(', '),
    Object.entries(l.lexicon.victims).map(([noun, p]) => `${noun} (${p})`).join(', '),
  ]));
  const figures = table(['column', 'meaning'], describeColumns(FigureRow));
  const guardTable = table(['flag', 'fires on', 'why'], guards.map((g) => [`\`${g.code}\``, g.rule, g.rationale]));
  return { outputs, columns, rules, languages: langs, 'figures-format': figures, guards: guardTable };
}

export function fillSections(readme: string, sections: Record<string, string>): string {
  let out = readme;
  for (const [name, body] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!re.test(out)) throw new Error(`README has no markers for the generated section "${name}"`);
    out = out.replace(re, (_m, open: string, close: string) => `${open}${body}\n${close}`);
  }
  return out;
}
