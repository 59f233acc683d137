// Stage 2, extract: each article, read by the module for its language, becomes casualty mentions.
// An article in a language without a module is a finding, not a crash and not silence.
import { readDocuments, type DocumentReading } from '../extract/read-document.ts';
import { finding } from '../ingest/finding.ts';
import { REGISTRY_FILE } from '../ingest/registry.ts';
import { languageFor, languages } from '../languages/index.ts';
import type { LanguageModule } from '../languages/module.ts';
import type { ConflictRow, Document, EventRow, Finding, Mention, PartyRow } from '../schemas.ts';

export interface ExtractInput { documents: Document[]; conflicts: ConflictRow[]; parties: PartyRow[]; events?: EventRow[] }
export interface ExtractOutput { mentions: Mention[]; findings: Finding[] }

export function extract(input: ExtractInput, available: readonly LanguageModule[] = languages): ExtractOutput {
  const mentions: Mention[] = [];
  const findings: Finding[] = [];
  const withModule = input.documents.map((doc) => ({ doc, lang: languageFor(doc.language, available) }));
  const readable = withModule.flatMap(({ doc, lang }) => (lang ? [{ doc, lang }] : []));
  const readings = readDocuments(readable, input.conflicts, input.parties, input.events);
  let next = 0;
  // Findings and mentions are reported in the registry's order of documents.
  for (const { doc, lang } of withModule) {
    if (!lang) {
      findings.push(finding({
        file: REGISTRY_FILE, line: doc.registry_line, column: null, source_id: doc.source_id, outcome: 'rejected', code: 'language_unsupported',
        message: `no extractor for language "${doc.language}"; no figures were read from ${doc.path}`,
        fix: `Correct the language column, or add a module for it (supported: ${available.map((l) => l.code).join(', ')}).`,
      }));
      continue;
    }
    const reading = readings[next++] as DocumentReading;
    mentions.push(...reading.mentions);
    findings.push(...reading.findings);
  }
  return { mentions, findings };
}
