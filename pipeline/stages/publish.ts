// Stage 5, publish: the tables, the rule table and the charts, as a map of file name to content. The
// runner writes them; this stage only decides what they say.
import { charts } from '../../charts/index.ts';
import { finding } from '../ingest/finding.ts';
import type { LanguageModule } from '../languages/module.ts';
import { dataPackage } from '../publish/datapackage.ts';
import { TABLES } from '../publish/outputs.ts';
import { renderChart } from '../publish/render-chart.ts';
import { reportPage, type DrawnChart } from '../publish/report-page.ts';
import { ruleRecords } from '../publish/rules-table.ts';
import { toCsv } from '../publish/safe-csv.ts';
import type { Claim, Estimate, EventRow, Finding, SeriesStep, SourceRow } from '../schemas.ts';

export interface PublishInput {
  sources: SourceRow[]; claims: Claim[]; estimates: Estimate[]; series: SeriesStep[]; events: EventRow[];
  findings: Finding[]; languages: readonly LanguageModule[];
}
export type OutFiles = Map<string, string | Uint8Array>;

const findingOrder = (a: Finding, b: Finding) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);

export async function publish(input: PublishInput): Promise<OutFiles> {
  const files: OutFiles = new Map();
  const findings = [...input.findings];
  const drawn: DrawnChart[] = [];
  for (const chart of charts) {
    const spec = chart.build({ claims: input.claims, estimates: input.estimates, series: input.series, events: input.events });
    if (!spec) {
      findings.push(finding({ file: `${chart.name}.vl.json`, outcome: 'flagged', code: 'chart_empty', message: `no data for "${chart.title}"; the chart was not drawn`, fix: 'Add sources with figures this chart shows.' }));
      continue;
    }
    const r = await renderChart(spec);
    drawn.push({ name: chart.name, title: chart.title, spec });
    files.set(`${chart.name}.vl.json`, r.spec).set(`${chart.name}.svg`, r.svg).set(`${chart.name}.png`, r.png);
  }
  const rows: Record<string, readonly Record<string, unknown>[]> = {
    'claims.csv': input.claims,
    'estimates.csv': input.estimates,
    'series.csv': input.series,
    'rules.csv': ruleRecords(input.languages),
    'sources.csv': [...input.sources].sort((a, b) => a.id.localeCompare(b.id)),
    'findings.csv': findings.sort(findingOrder),
  };
  for (const t of TABLES) files.set(t.file, toCsv(t.columns, rows[t.file] ?? []));
  for (const [name, content] of reportPage({ ...input, findings, charts: drawn })) files.set(name, content);
  files.set('datapackage.json', dataPackage(files, input.sources, input.claims));
  return files;
}
