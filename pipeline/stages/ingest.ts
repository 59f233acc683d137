// Stage 1, ingest: the registry, its reference tables and the bytes of the files it lists become typed
// documents and figure rows. Every record that cannot be used is a finding; nothing is dropped quietly.
import { readCsv } from '../ingest/csv-records.ts';
import { decodeText } from '../ingest/decode-text.ts';
import { hardWrapFinding } from '../ingest/hard-wrap.ts';
import { finding } from '../ingest/finding.ts';
import { readReferenceTables, type ReferenceTables } from '../ingest/reference-tables.ts';
import { REGISTRY_FILE, type Registry } from '../ingest/registry.ts';
import { integerOrNull, validateRows } from '../ingest/validate-rows.ts';
import { FigureRow, type Document, type Finding, type SourceRow } from '../schemas.ts';

/** A listed file as the runner found it: its bytes, or why it could not be read. */
export interface RawFile { bytes: Uint8Array | null; error: string | null }

export interface IngestInput {
  registry: Registry;
  tables: Partial<Record<'conflicts' | 'parties' | 'claimants' | 'events', string>>;
  files: Record<string, RawFile>;
}

export interface FigureRecord { source_id: string; file: string; line: number; row: FigureRow }

export interface IngestOutput extends Omit<ReferenceTables, 'findings'> {
  sources: SourceRow[];
  documents: Document[];
  figures: FigureRecord[];
  findings: Finding[];
}

const FIGURE_COLUMNS = Object.keys(FigureRow.shape);

function figuresOf(text: string, src: SourceRow): { figures: FigureRecord[]; findings: Finding[] } {
  const csv = readCsv(text, src.path, FIGURE_COLUMNS, [], src.id);
  const v = validateRows(csv.records, FigureRow, src.path, (f) => ({ ...f, value: integerOrNull(f.value), value_high: integerOrNull(f.value_high) }), src.id);
  return { figures: v.rows.map((r) => ({ source_id: src.id, file: src.path, line: r.line, row: r.row })), findings: [...csv.findings, ...v.findings] };
}

export function ingest(input: IngestInput): IngestOutput {
  const tables = readReferenceTables(input.tables);
  const findings: Finding[] = [...input.registry.findings, ...tables.findings];
  const documents: Document[] = [];
  const figures: FigureRecord[] = [];
  const sources: SourceRow[] = [];
  for (const { line, row: src } of input.registry.sources) {
    const file = input.files[src.path];
    if (!file?.bytes) {
      findings.push(finding({ file: REGISTRY_FILE, line, column: 3, source_id: src.id, outcome: 'rejected', code: 'file_missing', message: `${src.path}: ${file?.error ?? 'not read'}`, fix: `Put the file at ${src.path} inside the sources folder, or correct the path.` }));
      continue;
    }
    const decoded = decodeText(file.bytes, src.path, src.id);
    findings.push(...decoded.findings);
    if (decoded.text === null) continue;
    sources.push(src);
    if (src.kind === 'article') {
      const wrapped = hardWrapFinding(decoded.text, src.path, src.id);
      if (wrapped) findings.push(wrapped);
      documents.push({ source_id: src.id, registry_line: line, path: src.path, language: src.language, published_at: src.published_at, conflict: src.conflict, text: decoded.text });
    } else {
      const f = figuresOf(decoded.text, src);
      figures.push(...f.figures);
      findings.push(...f.findings);
    }
  }
  return { sources, documents, figures, conflicts: tables.conflicts, parties: tables.parties, claimants: tables.claimants, events: tables.events, findings };
}
