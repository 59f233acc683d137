// Who made a claim, from the words that attribute it: "X cho biết", "X said" (X precedes, back to the
// start of its clause) or "theo X", "according to X", "said X" (X follows, up to the end of its clause).
// A claimant must name someone: it holds a capitalised word besides the language's anonymous words
// ("he", "officials", "ông"), no digits (those are the claim itself) and no date ("said on Monday").
import type { DateSpan } from '../languages/grammar.ts';
import type { LexiconIndex } from './lexicon-index.ts';

const MAX_WORDS = 10;
// Parentheses do not end a name: "Tổ chức Y tế Thế giới (WHO) cho biết".
const CLAUSE_BREAK = /[,;:"“”]/g;
const TRIM = /^[\s,;:"“”'‘’-]+|[\s,;:"“”'‘’.-]+$/g;

interface Span { start: number; end: number }

function named(text: string, span: Span, dates: DateSpan[], lex: LexiconIndex): string {
  let end = span.end;
  for (const d of dates) if (d.start < end && d.end > span.start) end = Math.min(end, d.start);
  const name = text.slice(span.start, end).replace(TRIM, '').replace(/\s+/g, ' ');
  if (!name || /\d/.test(name) || name.split(' ').length > MAX_WORDS) return '';
  let rest = name;
  for (let hit = lex.anonymousWords.findAll(rest)[0]; hit; hit = lex.anonymousWords.findAll(rest)[0]) {
    rest = rest.slice(0, hit.start) + rest.slice(hit.end);
  }
  return /\p{Lu}/u.test(rest) ? name : '';
}

function following(text: string, from: number, sentenceEnd: number): Span {
  CLAUSE_BREAK.lastIndex = from;
  const stop = CLAUSE_BREAK.exec(text);
  return { start: from, end: stop && stop.index < sentenceEnd ? stop.index : sentenceEnd };
}

function preceding(text: string, sentenceStart: number, to: number): Span {
  let start = sentenceStart;
  CLAUSE_BREAK.lastIndex = sentenceStart;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < to; m = CLAUSE_BREAK.exec(text)) start = m.index + 1;
  return { start, end: to };
}

export function findClaimant(text: string, sentenceStart: number, sentenceEnd: number, lex: LexiconIndex, dates: DateSpan[] = []): string {
  const inside = dates.filter((d) => d.start < sentenceEnd && d.end > sentenceStart);
  const candidates = [
    ...lex.attributionAfter.findAll(text, sentenceStart, sentenceEnd).map((h) => ({ at: h.start, span: preceding(text, sentenceStart, h.start) })),
    ...lex.attributionBefore.findAll(text, sentenceStart, sentenceEnd).map((h) => ({ at: h.start, span: following(text, h.end, sentenceEnd) })),
  ].sort((a, b) => a.at - b.at);
  for (const c of candidates) {
    const name = named(text, c.span, inside, lex);
    if (name) return name;
  }
  return '';
}
