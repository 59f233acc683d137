// The tables publish writes, each with its grain and its schema: the README, the data package and the
// writer all read this list, so a table is declared once.
import type { z } from 'zod';
import { RULE_COLUMNS, RuleRow } from './rules-table.ts';
import { Claim, Estimate, Finding, SeriesStep, SourceRow } from '../schemas.ts';

export interface TableOutput { file: string; grain: string; columns: readonly string[]; schema: z.ZodObject }

const cols = (s: z.ZodObject) => Object.keys(s.shape);

export const TABLES: readonly TableOutput[] = [
  { file: 'claims.csv', grain: 'one row per reported figure: its words, quote, source, claimant and interval', columns: cols(Claim), schema: Claim },
  { file: 'estimates.csv', grain: 'one row per quantity (conflict, measure, population, side, period) and as_of date: the reconciled interval', columns: cols(Estimate), schema: Estimate },
  { file: 'series.csv', grain: 'one row per figure in a running total: quantity, claimant and as_of date, with the change since the previous figure and any guard that fired', columns: cols(SeriesStep), schema: SeriesStep },
  { file: 'rules.csv', grain: 'one row per interval rule: the cues that select it and how low/best/high are derived', columns: RULE_COLUMNS, schema: RuleRow },
  { file: 'sources.csv', grain: 'one row per source read (the registry, validated)', columns: cols(SourceRow), schema: SourceRow },
  { file: 'findings.csv', grain: 'one row per input rejected, repaired or flagged, with file, line and column, and what to do', columns: cols(Finding), schema: Finding },
];
