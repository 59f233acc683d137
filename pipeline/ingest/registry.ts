// sources/sources.csv: the list of sources. A bad row is reported and left out; a registry that cannot
// be read at all (no file, no usable header) stops the run, since nothing else could go through.
import path from 'node:path';
import { SourceRow, type Finding } from '../schemas.ts';
import { readCsv } from './csv-records.ts';
import { finding } from './finding.ts';
import { validateRows, type Located } from './validate-rows.ts';

export const REGISTRY_FILE = 'sources.csv';
const REQUIRED = ['id', 'kind', 'path', 'title', 'publisher', 'url', 'published_at', 'language'] as const;
const OPTIONAL = ['accessed_at', 'conflict', 'notes'] as const;

export interface Registry { sources: Located<SourceRow>[]; findings: Finding[]; usable: boolean }

/** True when a registry path names a file inside the sources folder. */
export function staysInside(p: string): boolean {
  if (path.isAbsolute(p) || /^[a-zA-Z]:/.test(p)) return false;
  const normal = path.posix.normalize(p.replace(/\\/g, '/'));
  return normal !== '..' && !normal.startsWith('../') && normal !== '.';
}

export function readRegistry(text: string): Registry {
  const csv = readCsv(text, REGISTRY_FILE, REQUIRED, OPTIONAL);
  if (!csv.header) return { sources: [], findings: csv.findings, usable: false };
  const { rows, findings } = validateRows(csv.records, SourceRow, REGISTRY_FILE, (f) => ({
    ...f, accessed_at: f.accessed_at ?? '', conflict: f.conflict ?? '', notes: f.notes ?? '',
  }));
  const out = [...csv.findings, ...findings];
  const seen = new Set<string>();
  const sources = rows.filter(({ line, row }) => {
    const reject = (code: string, message: string, fix: string, col: string) => {
      out.push(finding({ file: REGISTRY_FILE, line, column: csv.header!.indexOf(col) + 1, source_id: row.id, outcome: 'rejected', code, message, fix }));
      return false;
    };
    if (seen.has(row.id)) return reject('duplicate_id', `id "${row.id}" is used by an earlier row`, 'Give each source its own id.', 'id');
    seen.add(row.id);
    if (!staysInside(row.path)) return reject('path_outside_sources', `path "${row.path}" leaves the sources folder`, 'Copy the file into the sources folder and give its path relative to it.', 'path');
    return true;
  });
  return { sources, findings: out, usable: true };
}
