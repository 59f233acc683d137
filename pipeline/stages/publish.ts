// Stage 5, publish: the tables, the rule table and the charts, as a map of file name to content. The
// runner writes them; this stage only decides what they say.
import { charts } from '../../charts/index.ts';
import { finding } from '../ingest/finding.ts';
import type { LanguageModule } from '../languages/module.ts';
import { renderChart } from '../publish/render-chart.ts';
import { RULE_COLUMNS, ruleRecords } from '../publish/rules-table.ts';
import { toCsv } from '../publish/safe-csv.ts';
import { Claim, Estimate, Finding, SourceRow } from '../schemas.ts';

export interface PublishInput { sources: SourceRow[]; claims: Claim[]; estimates: Estimate[]; findings: Finding[]; languages: readonly LanguageModule[] }
export type OutFiles = Map<string, string | Uint8Array>;

export const columnsOf = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);

const findingOrder = (a: Finding, b: Finding) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);

export async function publish(input: PublishInput): Promise<OutFiles> {
  const files: OutFiles = new Map();
  const findings = [...input.findings];
  for (const chart of charts) {
    const spec = chart.build({ claims: input.claims, estimates: input.estimates });
    if (!spec) {
      findings.push(finding({ file: `${chart.name}.vl.json`, outcome: 'flagged', code: 'chart_empty', message: `no data for "${chart.title}"; the chart was not drawn`, fix: 'Add sources with figures this chart shows.' }));
      continue;
    }
    const r = await renderChart(spec);
    files.set(`${chart.name}.vl.json`, r.spec).set(`${chart.name}.svg`, r.svg).set(`${chart.name}.png`, r.png);
  }
  const sources = [...input.sources].sort((a, b) => a.id.localeCompare(b.id));
  files.set('claims.csv', toCsv(columnsOf(Claim), input.claims));
  files.set('estimates.csv', toCsv(columnsOf(Estimate), input.estimates));
  files.set('rules.csv', toCsv(RULE_COLUMNS, ruleRecords(input.languages)));
  files.set('sources.csv', toCsv(columnsOf(SourceRow), sources));
  files.set('findings.csv', toCsv(columnsOf(Finding), findings.sort(findingOrder)));
  return files;
}
