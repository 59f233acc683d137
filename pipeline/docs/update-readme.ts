// Rewrites the README's generated sections in place; run by the CLI for the project's own collection.
import { readFile, writeFile } from 'node:fs/promises';
import { languages } from '../languages/index.ts';
import { fillSections, readmeSections } from './readme-sections.ts';

export async function updateReadme(file: string): Promise<boolean> {
  const before = await readFile(file, 'utf8');
  const after = fillSections(before, readmeSections(languages));
  if (after !== before) await writeFile(file, after);
  return after !== before;
}
