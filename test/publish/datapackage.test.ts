// datapackage.json: generated from the zod contracts, true to the bytes written, and its keys hold.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TABLES } from '../../pipeline/publish/outputs.ts';
import { tableSchema, xsdPattern } from '../../pipeline/publish/table-schema.ts';
import { IsoDate, OptionalDate } from '../../pipeline/schemas.ts';
import { fixture, runCollection } from '../helpers/run-collection.ts';
import { checkPackage, readTables, type Package } from './check-package.ts';

type Run = Awaited<ReturnType<typeof runCollection>>;
const pkg = (text: string) => JSON.parse(text) as Package & Record<string, unknown>;

describe.each([
  ['the golden fixture', fixture('basic')],
  ['the committed sources', path.resolve('sources')],
])('datapackage.json for %s', (_, sourcesDir) => {
  let run: Run;
  beforeAll(async () => { run = await runCollection(sourcesDir); });

  it('has one resource per table, in order, each CSV written having one', async () => {
    const { files, text } = run;
    const p = pkg(text('datapackage.json'));
    expect(p.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(p.resources.map((r) => r.path)).toEqual(TABLES.map((t) => t.file));
    expect([...files.keys()].filter((f) => f.endsWith('.csv')).sort()).toEqual(p.resources.map((r) => r.path).sort());
  });

  it('lists every field of every table exactly as its CSV header, in order', async () => {
    const { outDir, text } = run;
    const p = pkg(text('datapackage.json'));
    const tables = await readTables(outDir, p);
    for (const r of p.resources) expect(r.schema.fields.map((f) => f.name), r.path).toEqual(tables.get(r.name)?.header);
  });

  it('matches the bytes and sha256 of each file, and every row meets its schema, keys and foreign keys', async () => {
    const { outDir, text } = run;
    expect(await checkPackage(outDir, pkg(text('datapackage.json')))).toEqual([]);
  });

  it('is the same on a second run (no timestamps)', async () => {
    const again = await runCollection(sourcesDir);
    const { text } = run;
    expect(again.text('datapackage.json')).toBe(text('datapackage.json'));
    expect(text('datapackage.json')).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });
});

describe('datapackage.json, its parts', () => {
  let run: Run;
  beforeAll(async () => { run = await runCollection(fixture('basic')); });

  it('licenses code (as package.json says) and data separately, and cites the registry', async () => {
    const p = pkg(run.text('datapackage.json'));
    const licence = JSON.parse(await readFile('package.json', 'utf8')).license as string;
    expect((p.licenses as { name: string }[]).map((l) => l.name)).toEqual(['CC-BY-4.0', licence]);
    expect(p.description).toMatch(/quot.*remain theirs/);
    for (const r of p.resources as unknown as { licenses: { name: string }[] }[]) expect(r.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(p.sources).toContainEqual({ title: 'Giao tranh ở Vùng Sông — Báo Mẫu, 2021-03-12', path: 'https://example.org/vi' });
  });

  it('declares the keys the brief asks for', async () => {
    const p = pkg(run.text('datapackage.json'));
    const schema = (name: string) => p.resources.find((r) => r.name === name)?.schema;
    expect(schema('claims')?.primaryKey).toEqual(['claim_id']);
    expect(schema('claims')?.foreignKeys?.map((k) => `${k.fields[0]}→${k.reference.resource}.${k.reference.fields[0]}`)).toEqual(['source_id→sources.id', 'rule→rules.rule']);
    expect(schema('sources')?.primaryKey).toEqual(['id']);
    expect(schema('rules')?.primaryKey).toEqual(['rule']);
    expect(schema('estimates')?.primaryKey).toEqual(['conflict', 'measure', 'population', 'side', 'period_start', 'period_end', 'as_of']);
    for (const r of p.resources) for (const f of r.schema.fields) expect(f.description, `${r.name}.${f.name}`).toBeTruthy();
  });

  it('catches a file changed after the package was written, and a reference that does not resolve', async () => {
    const { outDir, text } = run;
    const claims = path.join(outDir, 'claims.csv');
    const original = await readFile(claims, 'utf8');
    const [header, first, ...rest] = original.split('\n');
    const sourceAt = header!.split(',').indexOf('source_id');
    const broken = first!.split(',').map((cell, i) => (i === sourceAt ? 'no-such-source' : cell)).join(',');
    await writeFile(claims, [header, broken, ...rest].join('\n'));
    const problems = await checkPackage(outDir, pkg(text('datapackage.json')));
    await writeFile(claims, original);
    expect(problems.join('\n')).toMatch(/claims\.csv: hash sha256:/);
    expect(problems.join('\n')).toMatch(/claims\.csv row 1: source_id no-such-source not found in sources/);
  });
});

describe('tableSchema', () => {
  const Row = z.object({
    id: z.string().min(1).describe('Id.'),
    side: z.string().describe('Side; empty for all.'),
    on: IsoDate.describe('A date.'),
    until: OptionalDate.describe('An optional date.'),
    kind: z.enum(['a', 'b']).describe('Kind.'),
    n: z.number().int().nonnegative().describe('Count.'),
    at: z.number().int().positive().nullable().describe('Position.'),
  });

  it('maps zod to Table Schema types, descriptions and constraints', () => {
    const s = tableSchema(Row);
    const date = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';
    expect(s.fields).toEqual([
      { name: 'id', type: 'string', description: 'Id.', constraints: { required: true } },
      { name: 'side', type: 'string', description: 'Side; empty for all.' },
      { name: 'on', type: 'string', description: 'A date.', constraints: { required: true, pattern: date } },
      { name: 'until', type: 'string', description: 'An optional date.', constraints: { pattern: date } },
      { name: 'kind', type: 'string', description: 'Kind.', constraints: { required: true, enum: ['a', 'b'] } },
      { name: 'n', type: 'integer', description: 'Count.', constraints: { required: true, minimum: 0 } },
      { name: 'at', type: 'integer', description: 'Position.', constraints: { minimum: 1 } },
    ]);
    expect(s.missingValues).toEqual(['']);
  });

  it('makes an empty key column a value, not a missing one', () => {
    const s = tableSchema(Row, { primaryKey: ['side', 'until'] });
    expect(s.fields.find((f) => f.name === 'side')).toMatchObject({ constraints: { required: true }, missingValues: [] });
    expect(s.fields.find((f) => f.name === 'until')?.constraints?.pattern).toMatch(/^\(.*\)\?$/);
    expect(() => tableSchema(Row, { primaryKey: ['nope'] })).toThrow(/nope/);
  });

  it('refuses a pattern XML Schema would read differently', () => {
    expect(xsdPattern('^a+$', false)).toBe('a+');
    expect(() => xsdPattern('a+', false)).toThrow(/anchored/);
    expect(() => xsdPattern('^(?:a)$', false)).toThrow(/XML Schema/);
  });
});
