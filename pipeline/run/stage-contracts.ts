// What each stage's artifact must look like. The runner checks every stage's output against these
// before anything downstream sees it, and again when a stage is re-run from saved artifacts.
import { z } from 'zod';
import { Claim, ClaimantRow, ConflictRow, Document, Estimate, EventRow, FigureRow, Finding, Mention, PartyRow, SeriesStep, SourceRow } from '../schemas.ts';

export const IngestArtifact = z.object({
  sources: z.array(SourceRow),
  documents: z.array(Document),
  figures: z.array(z.object({ source_id: z.string(), file: z.string(), line: z.number().int(), row: FigureRow })),
  conflicts: z.array(ConflictRow),
  parties: z.array(PartyRow),
  claimants: z.array(ClaimantRow),
  events: z.array(EventRow),
  findings: z.array(Finding),
});
export const ExtractArtifact = z.object({ mentions: z.array(Mention), findings: z.array(Finding) });
export const InterpretArtifact = z.object({ claims: z.array(Claim), findings: z.array(Finding) });
export const ReconcileArtifact = z.object({ claims: z.array(Claim), estimates: z.array(Estimate), series: z.array(SeriesStep), findings: z.array(Finding) });

export const STAGES = ['ingest', 'extract', 'interpret', 'reconcile', 'publish'] as const;
export type StageName = (typeof STAGES)[number];
