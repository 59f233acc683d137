// Articles to their casualty mentions: quantities that a casualty cue claims, each with its quote,
// period, claimant and flags. Problems in the text (a malformed date, a misspelt name) become findings.
import { skipSpace } from '../languages/chars.ts';
import type { DateSpan, NumeralSpan } from '../languages/grammar.ts';
import type { LanguageModule } from '../languages/module.ts';
import { finding } from '../ingest/finding.ts';
import type { ConflictRow, Document, EventRow, Finding, Mention, PartyRow } from '../schemas.ts';
import { attributionAt, findAttributions, type Attribution } from './attribution.ts';
import { readSentence, type CasualtyReading } from './casualty-reading.ts';
import { findConflictNames } from './conflict-names.ts';
import { indexLexicon, type LexiconIndex } from './lexicon-index.ts';
import { Locator } from './locate.ts';
import { partyNames } from './party-names.ts';
import { datesOf, ongoingPeriod, outbreakPeriods, periodFor, sentenceDates, type Period } from './periods.ts';
import type { PhraseSet } from './phrases.ts';
import { numberPhrases, type NonFigure, type Quantity } from './quantities.ts';
import { paragraphAt, sentences, type Span } from './sentences.ts';

export interface DocumentReading { mentions: Mention[]; findings: Finding[] }

function documentConflict(doc: Document, conflicts: ConflictRow[], at: Locator): { conflict: string; findings: Finding[] } {
  const hits = findConflictNames(doc.text, conflicts);
  const findings = hits.filter((h) => !h.exact).map((h) => finding({
    file: doc.path, ...at.at(h.start), source_id: doc.source_id, outcome: 'repaired', code: 'conflict_name_misspelt',
    message: `"${h.text}" read as "${h.alias}" (conflict ${h.conflict})`,
    fix: `Correct the spelling in the source, or add "${h.text}" to the aliases of ${h.conflict} in conflicts.csv if it is a real variant.`,
  }));
  if (doc.conflict) return { conflict: doc.conflict, findings };
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(h.conflict, (counts.get(h.conflict) ?? 0) + 1);
  const ranked = conflicts.map((c) => c.id).filter((id) => counts.has(id)).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return { conflict: ranked[0] ?? '', findings };
}

function dateFindings(doc: Document, dates: DateSpan[], at: Locator): Finding[] {
  return dates.filter((d) => d.date === null).map((d) => finding({
    file: doc.path, ...at.at(d.start), source_id: doc.source_id, outcome: 'rejected', code: 'malformed_date',
    message: `"${d.text}" is not a date (${d.problem ?? 'invalid'}); it was not used`,
    fix: 'Correct the date in the source if it is a typo; the pipeline does not guess dates.',
  }));
}

/**
 * The sentences that hold a casualty cue: no other sentence can yield a figure, so no other is read.
 * Only the paragraphs around cues are split into sentences; `dates`, the document's, hold no sentence's end.
 */
export function* cueSentences(text: string, lex: LexiconIndex, abbreviations: readonly string[], dates: readonly Span[] = []): Generator<Span> {
  let firstDate = 0;
  for (let cue = lex.cues.next(text, 0); cue; ) {
    const paragraph = paragraphAt(text, cue.start);
    while (firstDate < dates.length && (dates[firstDate] as Span).end <= paragraph.start) firstDate++;
    for (const sentence of sentences(text, abbreviations, paragraph.start, paragraph.end, dates, firstDate)) {
      if (!cue || sentence.end <= cue.start) continue;
      yield sentence;
      cue = lex.cues.next(text, sentence.end);
      if (cue && cue.start >= paragraph.end) break;
    }
    if (cue && cue.start < paragraph.end) cue = lex.cues.next(text, paragraph.end);
  }
}

/** A document with the module that reads it. */
export interface DocumentToRead { doc: Document; lang: LanguageModule }

/** One document in the reading: what the passes over its whole text found. */
interface Opened {
  doc: Document;
  lang: LanguageModule;
  lex: LexiconIndex;
  at: Locator;
  conflict: string;
  /** When the conflict's fighting under way at publication began, from its events; '' when none is. */
  outbreak: string;
  names: PhraseSet<string>;
  findings: Finding[];
  dates: DateSpan[];
  /**
   * Each mention with its period and the date the sentence says it counts up to ('' when none). `eventToll`: a toll
   * of one event ("the death toll from the Oct. 7 attack"), whose dead are counted up to publication, not to the event.
   */
  drafts: { m: Mention; period: Period | null; asOf: string; earliest: string; eventToll: boolean }[];
}

/** One cue sentence in the reading, filled in step by step. */
interface CueSentence {
  of: Opened;
  start: number;
  end: number;
  /** The document's dates that overlap the sentence. */
  dates: DateSpan[];
  numerals: NumeralSpan[];
  quantities: Quantity[];
  nonFigures: NonFigure[];
  readings: (CasualtyReading | null)[];
}

// Documents are read a batch at a time, each step over the whole batch before the next step starts: a
// step's code and tables then stay in the processor's caches, which measured about a fifth faster than
// reading each document from start to finish. The batch is small enough that its sentences fit in memory.
const BATCH = 64;

/**
 * The start of the conflict's last `war_start` event on or before `on`, unless a `war_end` event came after it and before
 * `on`: then the fighting of that start is over, and what "since the fighting began" means is not known.
 */
export function outbreakOn(events: readonly EventRow[], conflict: string, on: string): string {
  let start = '';
  for (const e of events) if (e.conflict === conflict && e.kind === 'war_start' && e.date <= on && e.date > start) start = e.date;
  const ended = events.some((e) => e.conflict === conflict && e.kind === 'war_end' && e.date >= start && e.date < on);
  return start && !ended ? start : '';
}

function open({ doc, lang }: DocumentToRead, conflicts: ConflictRow[], parties: PartyRow[], events: readonly EventRow[]): Opened {
  const at = new Locator(doc.text);
  const { conflict, findings } = documentConflict(doc, conflicts, at);
  const outbreak = conflict ? outbreakOn(events, conflict, doc.published_at) : '';
  return { doc, lang, lex: indexLexicon(lang), at, conflict, outbreak, names: partyNames(parties, conflict), findings, drafts: [], dates: [] };
}

function scanDates(o: Opened): void {
  o.dates = o.lang.dates.scan(o.doc.text, o.doc.published_at);
  o.findings.push(...dateFindings(o.doc, o.dates, o.at));
}

function findCueSentences(o: Opened, cues: CueSentence[]): void {
  const { doc: { text }, lex, lang, dates } = o;
  let firstDate = 0;
  for (const { start, end } of cueSentences(text, lex, lang.lexicon.abbreviations, dates)) {
    while (firstDate < dates.length && (dates[firstDate]?.end ?? 0) <= start) firstDate++;
    let lastDate = firstDate;
    while (lastDate < dates.length && (dates[lastDate]?.start ?? 0) < end) lastDate++;
    cues.push({ of: o, start, end, dates: dates.slice(firstDate, lastDate), numerals: [], quantities: [], nonFigures: [], readings: [] });
  }
}

/**
 * The numerals of the sentence text[start, end), offsets into text. `dates` are the document's dates
 * that overlap it: already found, they keep their digits out of the numerals.
 */
export function sentenceNumerals(text: string, lang: LanguageModule, start: number, end: number, dates: readonly DateSpan[]): NumeralSpan[] {
  const numerals = lang.numerals.scan(text.slice(start, end), dates.map((d) => ({ start: d.start - start, end: d.end - start })));
  for (const n of numerals) { n.start += start; n.end += start; } // the spans are ours: shift them in place
  return numerals;
}

function draftMentions(c: CueSentence): void {
  const { of: { doc, lex, at, conflict, drafts }, start, end, dates, quantities, nonFigures, readings } = c;
  const { text } = doc;
  const said = sentenceDates(text, dates, start, end, lex, quantities, nonFigures);
  const attributions = findAttributions(text, start, end, lex, dates, quantities);
  let outbreaks: Period[] | null = null;
  for (const [i, q] of quantities.entries()) {
    const reading = readings[i];
    if (!reading) continue;
    const { period: dated, asOf } = datesOf(said, q, reading.cumulative);
    // "Since the fighting began, 2,425 soldiers have died": a start the text tells only by the conflict's events.
    if (!dated && c.of.outbreak) outbreaks ??= outbreakPeriods(text, dates, start, end, lex, c.of.outbreak);
    const period = dated ?? (outbreaks ? periodFor(outbreaks, q.start) : null);
    const { line, column } = at.at(q.start);
    const by = reading.speaker ? { at: reading.speaker.start, name: text.slice(reading.speaker.start, reading.speaker.end) } : attributionAt(attributions, q.start, reading.cueBefore);
    const own = reading.ownSide && (by !== undefined || reading.ownByCue !== true);
    const side = reading.side || (own ? deniersParty(c, by) : '');
    const m: Mention = {
      source_id: doc.source_id, line, column, conflict, measure: reading.measure, population: reading.population,
      side, period_start: period?.periodStart ?? '', period_end: period?.periodEnd ?? '', as_of: doc.published_at,
      qualifier: q.qualifier === 'exact' && reading.suffix ? reading.suffix : q.qualifier,
      value: q.value, value_high: q.valueHigh, value_text: text.slice(q.start, q.end),
      quote: text.slice(start, end), quote_start: start, quote_end: end, claimant: by?.name ?? '', language: doc.language,
      flags: [...(reading.eachSide ? ['each_side'] : []), ...(reading.bothSides ? ['both_sides'] : []), ...(by?.denied ? ['denied'] : []), ...(reading.measureFromContext ? ['measure_from_context'] : []), ...(own && !side ? ['own_side'] : []), ...(reading.enemySide && !reading.side ? ['enemy_side'] : []), ...(period?.fromEvents ? ['period_from_events'] : [])],
    };
    if (q.parts) m.parts = q.parts;
    drafts.push({ period, m, asOf, earliest: said.earliest, eventToll: reading.cumulative && period?.event === true });
  }
}

/**
 * "Azerbaijan denied Armenian claims that 1,500 of its soldiers had been killed": in a denied claim, the victims said
 * to be someone's own are those of who denies, not of the claim's owner; the one party named before the denial, if any.
 */
function deniersParty({ of: { doc: { text }, names }, start }: CueSentence, by: Attribution | undefined): string {
  if (by?.deniedFrom === undefined) return '';
  const named = new Set(names.findAll(text, start, by.deniedFrom).map((h) => h.tag));
  return named.size === 1 ? [...named][0]! : '';
}

/** The last figure of the cue sentence right before `c`, when only space parts them. */
function priorFigure(prior: CueSentence | undefined, c: CueSentence): CasualtyReading | undefined {
  if (prior?.of !== c.of || skipSpace(c.of.doc.text, prior.end, c.start) !== c.start) return undefined;
  for (let k = prior.readings.length - 1; k >= 0; k--) {
    const reading = prior.readings[k];
    if (reading) return reading;
  }
  return undefined;
}

function finish({ doc, drafts, findings }: Opened): DocumentReading {
  const ongoing = ongoingPeriod(drafts.flatMap((d) => (d.period ? [d.period] : [])), doc.published_at);
  // Each draft and its flags were made for this document alone, so they are completed in place.
  const mentions = drafts.map(({ m, period, asOf, earliest, eventToll }) => {
    // A sentence that names a date before the open period ("in the 2016 war") is not read against it.
    const lent = ongoing && !(earliest && earliest < ongoing.periodStart) ? ongoing : null;
    if (!period && lent) { m.period_start = lent.periodStart; m.flags.push('period_from_context'); }
    else if (!period) m.flags.push('period_unstated');
    // The date the text says the figure counts up to, else the end of its period, else publication. A period that
    // holds the publication date ("this month", "năm nay") ends on it.
    const stated = asOf && asOf <= doc.published_at && asOf >= m.period_start ? asOf : '';
    const ended = m.period_end && m.period_end < doc.published_at && !doc.published_at.startsWith(m.period_end) && !eventToll;
    m.as_of = stated || (ended ? m.period_end : doc.published_at);
    return m;
  });
  return { mentions, findings };
}

/** Each document's mentions and findings, in the order given. */
export function readDocuments(documents: readonly DocumentToRead[], conflicts: ConflictRow[], parties: PartyRow[], events: readonly EventRow[] = []): DocumentReading[] {
  const out: DocumentReading[] = [];
  for (let from = 0; from < documents.length; from += BATCH) {
    const cues: CueSentence[] = [];
    const opened = documents.slice(from, from + BATCH).map((d) => open(d, conflicts, parties, events));
    for (const o of opened) scanDates(o);
    for (const o of opened) findCueSentences(o, cues);
    for (const c of cues) c.numerals = sentenceNumerals(c.of.doc.text, c.of.lang, c.start, c.end, c.dates);
    for (const c of cues) ({ quantities: c.quantities, nonFigures: c.nonFigures } = numberPhrases(c.of.doc.text, c.numerals, c.dates, c.of.lex, c.start, c.end));
    cues.forEach((c, k) => {
      const prior = priorFigure(cues[k - 1], c);
      // Read again only where it may tell: right after a figure, a sentence with an increase before its first number phrase.
      const first = c.quantities[0]?.start ?? c.end;
      if (prior && c.nonFigures.some((n) => n.difference && n.start < first)) ({ quantities: c.quantities, nonFigures: c.nonFigures } = numberPhrases(c.of.doc.text, c.numerals, c.dates, c.of.lex, c.start, c.end, true));
      if (c.quantities.length > 0) c.readings = readSentence({ text: c.of.doc.text, lex: c.of.lex, parties: c.of.names, quantities: c.quantities, nonFigures: c.nonFigures, sentenceStart: c.start, sentenceEnd: c.end, dates: c.dates, prior });
    });
    for (const c of cues) if (c.readings.some((r) => r !== null)) draftMentions(c);
    for (const o of opened) out.push(finish(o));
  }
  return out;
}

export function readDocument(doc: Document, lang: LanguageModule, conflicts: ConflictRow[], parties: PartyRow[], events: readonly EventRow[] = []): DocumentReading {
  return readDocuments([{ doc, lang }], conflicts, parties, events)[0] as DocumentReading;
}
