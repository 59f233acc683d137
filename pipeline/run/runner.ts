// Runs the stages in order: load inputs, run the pure stage, check its output against its contract,
// save it as an artifact, report one line. With `only`, one stage runs from the saved artifacts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { languages } from '../languages/index.ts';
import type { Policy } from '../schemas.ts';
import { extract } from '../stages/extract.ts';
import { ingest } from '../stages/ingest.ts';
import { interpret } from '../stages/interpret.ts';
import { publish } from '../stages/publish.ts';
import { reconcile } from '../stages/reconcile.ts';
import { readSources } from './read-sources.ts';
import { ExtractArtifact, IngestArtifact, InterpretArtifact, ReconcileArtifact, type StageName } from './stage-contracts.ts';
import { writeArtifact, writeOutAtomically } from './write-out.ts';

export interface RunOptions { sourcesDir: string; outDir: string; workDir: string; policy: Policy; only?: StageName; log: (line: string) => void }

async function timed<T>(log: (l: string) => void, stage: string, work: () => Promise<T> | T, describe: (r: T) => string): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  log(`${stage.padEnd(9)} ${describe(result)} (${Math.round(performance.now() - t0)} ms)`);
  return result;
}

async function load<S extends z.ZodType>(workDir: string, stage: string, schema: S): Promise<z.infer<S>> {
  const file = path.join(workDir, `${stage}.json`);
  const text = await readFile(file, 'utf8').catch(() => { throw new Error(`${file} not found: run the stages before ${stage} first (npm run pipeline)`); });
  return schema.parse(JSON.parse(text));
}

export async function run(o: RunOptions): Promise<void> {
  const want = (s: StageName) => !o.only || o.only === s;
  const save = async <S extends z.ZodType>(stage: string, schema: S, value: unknown) => { const v = schema.parse(value); await writeArtifact(o.workDir, stage, v); return v as z.infer<S>; };
  const from = <S extends z.ZodType>(stage: string, schema: S) => load(o.workDir, stage, schema);

  const ing = want('ingest')
    ? await timed(o.log, 'ingest', async () => save('ingest', IngestArtifact, ingest(await readSources(o.sourcesDir))),
      (r) => `${r.sources.length} sources: ${r.documents.length} articles, ${r.figures.length} table rows; ${r.findings.length} findings`)
    : await from('ingest', IngestArtifact);
  const ext = want('extract')
    ? await timed(o.log, 'extract', () => save('extract', ExtractArtifact, extract(ing)), (r) => `${r.mentions.length} casualty mentions; ${r.findings.length} findings`)
    : o.only === 'ingest' ? null : await from('extract', ExtractArtifact);
  const int = ext && want('interpret')
    ? await timed(o.log, 'interpret', () => save('interpret', InterpretArtifact, interpret({ ...ing, mentions: ext.mentions, policy: o.policy })), (r) => `${r.claims.length} claims (${o.policy} policy); ${r.findings.length} findings`)
    : ext && o.only !== 'extract' ? await from('interpret', InterpretArtifact) : null;
  const rec = int && want('reconcile')
    ? await timed(o.log, 'reconcile', () => save('reconcile', ReconcileArtifact, reconcile({ claims: int.claims, sources: ing.sources })), (r) => `${r.estimates.length} estimates (${r.estimates.filter((e) => e.agreement === 'conflicting').length} conflicting); ${r.series.length} running-total steps; ${r.findings.length} findings`)
    : int && o.only !== 'interpret' ? await from('reconcile', ReconcileArtifact) : null;
  if (!ext || !int || !rec || !want('publish')) return;
  const findings = [...ing.findings, ...ext.findings, ...int.findings, ...rec.findings];
  await timed(o.log, 'publish', async () => {
    const files = await publish({ sources: ing.sources, claims: rec.claims, estimates: rec.estimates, series: rec.series, events: ing.events, findings, languages });
    await writeOutAtomically(o.outDir, files);
    return files;
  }, (files) => `${files.size} files to ${o.outDir}/; ${String(files.get('findings.csv') ?? '').trimEnd().split('\n').length - 1} findings in findings.csv`);
}
