// The languages the extractor reads. A language is one module beside this file; listing it here is
// the only other step.
import type { LanguageModule } from './module.ts';
import { en } from './en/index.ts';
import { vi } from './vi/index.ts';

export const languages: readonly LanguageModule[] = [vi, en];

export function languageFor(tag: string, available: readonly LanguageModule[] = languages): LanguageModule | null {
  const primary = tag.toLowerCase().split('-')[0];
  return available.find((l) => l.code === primary) ?? null;
}
