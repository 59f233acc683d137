// out/ is replaced as a whole: everything is written to a sibling folder first and swapped in by rename,
// so a crash leaves either the old outputs or the new ones, never a half-written file.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeOutAtomically(outDir: string, files: Map<string, string | Uint8Array>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(path.resolve(outDir));
  const fresh = path.join(parent, `.${base}.new-${process.pid}`);
  const stale = path.join(parent, `.${base}.old-${process.pid}`);
  await rm(fresh, { recursive: true, force: true });
  for (const [name, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const target = path.join(fresh, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  await rename(outDir, stale).catch((e: NodeJS.ErrnoException) => { if (e.code !== 'ENOENT') throw e; });
  await rename(fresh, outDir);
  await rm(stale, { recursive: true, force: true });
}

/** Intermediate artifacts: one JSON file per stage, for inspection and for re-running a stage alone. */
export async function writeArtifact(workDir: string, stage: string, value: unknown): Promise<void> {
  await mkdir(workDir, { recursive: true });
  const file = path.join(workDir, `${stage}.json`);
  await writeFile(`${file}.tmp`, JSON.stringify(value));
  await rename(`${file}.tmp`, file);
}
