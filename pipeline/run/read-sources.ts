// The only code that reads a sources folder. It gathers bytes; the ingest stage decides what they mean.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { readRegistry, REGISTRY_FILE } from '../ingest/registry.ts';
import { TABLE_FILES } from '../ingest/reference-tables.ts';
import type { IngestInput, RawFile } from '../stages/ingest.ts';

export class RegistryUnusable extends Error {}

async function optionalText(file: string): Promise<string | undefined> {
  try { return await readFile(file, 'utf8'); } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function readListed(root: string, rel: string): Promise<RawFile> {
  try {
    const real = await realpath(path.join(root, rel));
    if (path.relative(root, real).startsWith('..')) return { bytes: null, error: 'the path leads outside the sources folder through a link' };
    return { bytes: new Uint8Array(await readFile(real)), error: null };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { bytes: null, error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message };
  }
}

export async function readSources(dir: string): Promise<IngestInput> {
  const root = await realpath(dir).catch(() => { throw new RegistryUnusable(`sources folder not found: ${dir}`); });
  const registryText = await optionalText(path.join(root, REGISTRY_FILE));
  if (registryText === undefined) throw new RegistryUnusable(`${path.join(dir, REGISTRY_FILE)} not found: a sources folder needs a registry (see README, "Adding a source")`);
  const registry = readRegistry(registryText);
  if (!registry.usable) {
    const why = registry.findings.map((f) => `${f.file}:${f.line ?? ''} ${f.message}. ${f.fix}`).join('\n');
    throw new RegistryUnusable(`${path.join(dir, REGISTRY_FILE)} cannot be used:\n${why}`);
  }
  const files: Record<string, RawFile> = {};
  for (const { row } of registry.sources) files[row.path] ??= await readListed(root, row.path);
  const tables: IngestInput['tables'] = {};
  for (const [key, file] of Object.entries(TABLE_FILES) as [keyof typeof TABLE_FILES, string][]) {
    const text = await optionalText(path.join(root, file));
    if (text !== undefined) tables[key] = text;
  }
  return { registry, tables, files };
}
