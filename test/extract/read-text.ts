// Reads one text the way the pipeline reads an article, so that extraction tests state only the words
// and what should come out of them. The parties are those the corpus sentences name.
import { readDocument, type DocumentReading } from '../../pipeline/extract/read-document.ts';
import { languageFor } from '../../pipeline/languages/index.ts';
import { applyRule } from '../../pipeline/rules/apply-rule.ts';
import type { EventRow, Measure, Mention, PartyRow, Population, Qualifier } from '../../pipeline/schemas.ts';

export const PARTIES: PartyRow[] = [
  { party: 'armenian', conflict: 'test', aliases: ['Armenian', 'Armenians', 'Armenia', 'ethnic Armenians', 'người Armenia', 'phía Armenia'] },
  { party: 'azerbaijani', conflict: 'test', aliases: ['Azerbaijani', 'Azerbaijanis', 'Azerbaijan', 'người Azerbaijan', 'phía Azerbaijan'] },
  { party: 'ukrainian', conflict: 'test', aliases: ['Ukrainian', 'Ukrainians', 'Ukraine'] },
  { party: 'russian', conflict: 'test', aliases: ['Russian', 'Russians', 'Nga'] },
  { party: 'israeli', conflict: 'test', aliases: ['Israeli', 'Israelis', 'Israel'] },
  { party: 'palestinian', conflict: 'test', aliases: ['Palestinian', 'Palestinians', 'Palestine'] },
];

export function readText(text: string, language: string, published = '2020-10-21', events: EventRow[] = []): DocumentReading {
  const lang = languageFor(language);
  if (!lang) throw new Error(`no language module for ${language}`);
  const doc = { source_id: 'test', registry_line: 2, path: 'test.txt', language, published_at: published, conflict: 'test', text };
  return readDocument(doc, lang, [], PARTIES, events);
}

/** What a reader checks in a figure: its measure, whose toll, its interval and the rule that made it. */
export interface Figure {
  measure: Measure;
  population: Population;
  qualifier: Qualifier;
  low: number;
  best: number;
  high: number;
  rule: string;
  side?: string;
  claimant?: string;
  flags?: string[];
}

export function figureOf(m: Mention): Required<Figure> {
  const interval = applyRule({ qualifier: m.qualifier, value: m.value, valueHigh: m.value_high, ...(m.parts ? { parts: m.parts } : {}) }, 'interval');
  return {
    measure: m.measure, population: m.population, qualifier: m.qualifier, low: interval.low, best: interval.best, high: interval.high,
    rule: interval.rule, side: m.side, claimant: m.claimant, flags: m.flags.filter((f) => !f.startsWith('period_')),
  };
}

const CORE = ['measure', 'population', 'qualifier', 'low', 'best', 'high'] as const;

/** A figure is correct when measure, population, qualifier and low/best/high all match. */
export function sameFigure(expected: Figure, got: Required<Figure>): boolean {
  return CORE.every((k) => expected[k] === got[k]);
}

/** The context a row states (rule, side, claimant, flags) must match too; unstated context is not judged. */
export function sameContext(expected: Figure, got: Required<Figure>): boolean {
  if (expected.rule !== got.rule) return false;
  if (expected.side !== undefined && expected.side !== got.side) return false;
  if (expected.claimant !== undefined && expected.claimant !== got.claimant) return false;
  return expected.flags === undefined || expected.flags.join(';') === got.flags.join(';');
}

/** One corpus sentence and every figure it must yield, in text order; `gap` marks a known miss and why. */
export interface CorpusRow { text: string; expect: Figure[]; gap?: string }

export function fig(measure: Measure, population: Population, qualifier: Qualifier, low: number, best: number, high: number, rule: string,
  extra: Pick<Figure, 'side' | 'claimant' | 'flags'> = {}): Figure {
  return { measure, population, qualifier, low, best, high, rule, ...extra };
}
