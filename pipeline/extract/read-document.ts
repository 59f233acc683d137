// One article to its casualty mentions: quantities that a casualty cue claims, each with its quote,
// period, claimant and flags. Problems in the text (a malformed date, a misspelt name) become findings.
import type { DateSpan } from '../languages/grammar.ts';
import type { LanguageModule } from '../languages/module.ts';
import { finding } from '../ingest/finding.ts';
import type { ConflictRow, Document, Finding, Mention, PartyRow } from '../schemas.ts';
import { findClaimant } from './attribution.ts';
import { readCasualty } from './casualty-reading.ts';
import { findConflictNames } from './conflict-names.ts';
import { indexLexicon } from './lexicon-index.ts';
import { Locator } from './locate.ts';
import { findPeriods, ongoingPeriod, periodFor, type Period } from './periods.ts';
import { PhraseSet } from './phrases.ts';
import { findQuantities } from './quantities.ts';
import { sentences } from './sentences.ts';

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

export function readDocument(doc: Document, lang: LanguageModule, conflicts: ConflictRow[], parties: PartyRow[]): DocumentReading {
  const { text } = doc;
  const at = new Locator(text);
  const lex = indexLexicon(lang);
  const { conflict, findings } = documentConflict(doc, conflicts, at);
  const dates = lang.dates.scan(text, doc.published_at);
  findings.push(...dateFindings(doc, dates, at));
  const quantities = findQuantities(text, lang.numerals.scan(text), dates, lex);
  const partyNames = new PhraseSet(parties.filter((p) => p.conflict === conflict).flatMap((p) => p.aliases.map((a): [string, string] => [a, p.party])));
  const drafts: { m: Mention; period: Period | null }[] = [];
  let s = 0;
  const spans = sentences(text, lang.lexicon.abbreviations);
  const periodsBySentence = new Map<number, Period[]>();
  for (const [i, q] of quantities.entries()) {
    while (s < spans.length - 1 && (spans[s]?.end ?? 0) <= q.start) s++;
    const sentence = spans[s];
    if (!sentence) continue;
    const reading = readCasualty(q, i, { text, lex, parties: partyNames, quantities, sentenceStart: sentence.start, sentenceEnd: sentence.end });
    if (!reading) continue;
    if (!periodsBySentence.has(s)) periodsBySentence.set(s, findPeriods(text, dates, sentence.start, sentence.end, lex));
    const period = periodFor(periodsBySentence.get(s) ?? [], q.start);
    const flags = [reading.eachSide ? 'each_side' : ''].filter(Boolean);
    drafts.push({
      period,
      m: {
        source_id: doc.source_id, ...at.at(q.start), conflict, measure: reading.measure, population: reading.population,
        side: reading.side, period_start: period?.periodStart ?? '', period_end: period?.periodEnd ?? '', as_of: doc.published_at,
        qualifier: q.qualifier === 'exact' && reading.suffix ? reading.suffix : q.qualifier,
        value: q.value, value_high: q.valueHigh, value_text: text.slice(q.start, q.end),
        quote: text.slice(sentence.start, sentence.end), quote_start: sentence.start, quote_end: sentence.end,
        claimant: findClaimant(text, sentence.start, sentence.end, lex), language: doc.language, flags,
        ...(q.parts ? { parts: q.parts } : {}),
      },
    });
  }
  const ongoing = ongoingPeriod(drafts.flatMap((d) => (d.period ? [d.period] : [])), doc.published_at);
  const mentions = drafts.map(({ m, period }) => {
    if (!period && ongoing) return { ...m, period_start: ongoing.periodStart, flags: [...m.flags, 'period_from_context'] };
    if (!period) return { ...m, flags: [...m.flags, 'period_unstated'] };
    return m;
  }).map((m) => ({ ...m, as_of: m.period_end && m.period_end < doc.published_at ? m.period_end : doc.published_at }));
  return { mentions, findings };
}
