// Stage 2, extract: each article, read by the module for its language, becomes casualty mentions.
// An article in a language without a module is a finding, not a crash and not silence.
import { readDocument } from '../extract/read-document.ts';
import { finding } from '../ingest/finding.ts';
import { REGISTRY_FILE } from '../ingest/registry.ts';
import { languageFor, languages } from '../languages/index.ts';
import type { LanguageModule } from '../languages/module.ts';
import type { ConflictRow, Document, Finding, Mention, PartyRow } from '../schemas.ts';

export interface ExtractInput { documents: Document[]; conflicts: ConflictRow[]; parties: PartyRow[] }
export interface ExtractOutput { mentions: Mention[]; findings: Finding[] }

export function extract(input: ExtractInput, available: readonly LanguageModule[] = languages): ExtractOutput {
  const mentions: Mention[] = [];
  const findings: Finding[] = [];
  for (const doc of input.documents) {
    const lang = languageFor(doc.language, available);
    if (!lang) {
      findings.push(finding({
        file: REGISTRY_FILE, line: doc.registry_line, column: null, source_id: doc.source_id, outcome: 'rejected', code: 'language_unsupported',
        message: `no extractor for language "${doc.language}"; no figures were read from ${doc.path}`,
        fix: `Correct the language column, or add a module for it (supported: ${available.map((l) => l.code).join(', ')}).`,
      }));
      continue;
    }
    const reading = readDocument(doc, lang, input.conflicts, input.parties);
    mentions.push(...reading.mentions);
    findings.push(...reading.findings);
  }
  return { mentions, findings };
}
