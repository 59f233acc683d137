// The README's reference sections are generated; this fails when they no longer match the schemas,
// the rule table or the language modules (run npm run pipeline to refresh them).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillSections, readmeSections } from '../../pipeline/docs/readme-sections.ts';
import { languages } from '../../pipeline/languages/index.ts';

const readmePath = path.join(import.meta.dirname, '../../README.md');

describe('README', () => {
  it('has up-to-date generated sections', async () => {
    const readme = await readFile(readmePath, 'utf8');
    expect(readme, 'run npm run pipeline to regenerate the README sections').toBe(fillSections(readme, readmeSections(languages)));
  });

  it('starts with the two commands a newcomer runs', async () => {
    const readme = await readFile(readmePath, 'utf8');
    const block = readme.split('```')[1] ?? '';
    expect(block).toMatch(/npm ci && npm run pipeline/);
    expect(block).toMatch(/npm test/);
  });

  it('names only files that exist', async () => {
    const readme = await readFile(readmePath, 'utf8');
    const named = [...readme.matchAll(/\]\(((?:out|sources|pipeline|charts|test)\/[^)]+)\)/g)].map((m) => m[1] as string);
    for (const rel of named) await expect(readFile(path.join(import.meta.dirname, '../..', rel)), rel).resolves.toBeTruthy();
  });
});
