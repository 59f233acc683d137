// A small Frictionless validator for the tests: checks a data package's resources against the bytes on
// disk (size, sha256, header) and every row against its Table Schema (types, constraints, keys).
// Returns problems as text, so a failing test says which file, row and column.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { TableSchema } from '../../pipeline/publish/table-schema.ts';

export interface Resource { name: string; path: string; bytes: number; hash: string; schema: TableSchema }
export interface Package { resources: Resource[] }

export async function readTables(dir: string, pkg: Package) {
  const tables = new Map<string, { header: string[]; rows: string[][]; raw: Buffer }>();
  for (const r of pkg.resources) {
    const raw = await readFile(path.join(dir, r.path));
    const [header = [], ...rows] = parse(raw, { bom: false, record_delimiter: '\n', relax_column_count: false }) as string[][];
    tables.set(r.name, { header, rows, raw });
  }
  return tables;
}

export async function checkPackage(dir: string, pkg: Package): Promise<string[]> {
  const problems: string[] = [];
  const tables = await readTables(dir, pkg);
  const valuesOf = (resource: string, fields: string[]) => {
    const t = tables.get(resource);
    if (!t) return null;
    const idx = fields.map((f) => t.header.indexOf(f));
    return new Set(t.rows.map((row) => JSON.stringify(idx.map((i) => row[i]))));
  };
  for (const r of pkg.resources) {
    const t = tables.get(r.name);
    if (!t) continue;
    const where = (row: number, column?: string) => `${r.path} row ${row}${column ? ` ${column}` : ''}`;
    if (t.raw.byteLength !== r.bytes) problems.push(`${r.path}: ${t.raw.byteLength} bytes, package says ${r.bytes}`);
    const sha = `sha256:${createHash('sha256').update(t.raw).digest('hex')}`;
    if (sha !== r.hash) problems.push(`${r.path}: hash ${sha}, package says ${r.hash}`);
    const names = r.schema.fields.map((f) => f.name);
    if (JSON.stringify(names) !== JSON.stringify(t.header)) problems.push(`${r.path}: header ${t.header.join(',')} but fields ${names.join(',')}`);
    t.rows.forEach((row, i) => {
      r.schema.fields.forEach((f, j) => {
        const cell = row[j] ?? '';
        const missing = (f.missingValues ?? r.schema.missingValues).includes(cell);
        const c = f.constraints ?? {};
        if (missing) { if (c.required) problems.push(`${where(i + 1, f.name)}: required but empty`); return; }
        if (f.type === 'integer' && !/^-?\d+$/.test(cell)) problems.push(`${where(i + 1, f.name)}: "${cell}" is not an integer`);
        if (c.minimum !== undefined && Number(cell) < c.minimum) problems.push(`${where(i + 1, f.name)}: ${cell} < ${c.minimum}`);
        if (c.enum && !c.enum.map(String).includes(cell)) problems.push(`${where(i + 1, f.name)}: "${cell}" not in enum`);
        // XML Schema patterns match the whole value.
        if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell)) problems.push(`${where(i + 1, f.name)}: "${cell}" does not match ${c.pattern}`);
      });
    });
    const pk = r.schema.primaryKey ?? [];
    if (pk.length && valuesOf(r.name, pk)?.size !== t.rows.length) problems.push(`${r.path}: primary key ${pk.join('+')} is not unique`);
    for (const fk of r.schema.foreignKeys ?? []) {
      const targets = valuesOf(fk.reference.resource, fk.reference.fields);
      if (!targets) { problems.push(`${r.path}: foreign key to missing resource ${fk.reference.resource}`); continue; }
      const idx = fk.fields.map((f) => t.header.indexOf(f));
      t.rows.forEach((row, i) => {
        const key = idx.map((k) => row[k]);
        if (key.every((v) => v === '')) return; // a null reference is not a broken one
        if (!targets.has(JSON.stringify(key))) problems.push(`${where(i + 1)}: ${fk.fields.join('+')} ${key.join('+')} not found in ${fk.reference.resource}`);
      });
    }
  }
  return problems;
}
