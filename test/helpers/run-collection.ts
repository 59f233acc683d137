// Runs the whole pipeline on a sources folder into a fresh temporary folder, as the CLI would.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../pipeline/run/runner.ts';
import type { Policy } from '../../pipeline/schemas.ts';

export const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', name);

export async function runCollection(sourcesDir: string, policy: Policy = 'interval') {
  const tmp = await mkdtemp(path.join(tmpdir(), 'pipeline-test-'));
  const outDir = path.join(tmp, 'out');
  const log: string[] = [];
  await run({ sourcesDir, outDir, workDir: path.join(tmp, 'work'), policy, log: (l) => log.push(l) });
  const names = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.relative(outDir, path.join(d.parentPath, d.name))).sort();
  const files = new Map<string, Buffer>();
  for (const n of names) files.set(n, await readFile(path.join(outDir, n)));
  return { tmp, outDir, log, files, text: (n: string) => files.get(n)?.toString('utf8') ?? '' };
}
