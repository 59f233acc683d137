// Who made a claim, from the words that attribute it: "X cho biết", "X said" (X precedes, back to the
// start of its clause) or "theo X", "according to X", "said X" (X follows, up to the end of its clause).
// A claimant must name someone: it holds a capitalised word besides the language's anonymous words
// ("he", "officials", "ông") or a body such as "the army" or "giới chức", no digits (those are the claim
// itself), no casualty cue unless it names a body ("Casualties are estimated at …") and no date ("said on
// Monday").
import type { DateSpan } from '../languages/grammar.ts';
import type { LexiconIndex } from './lexicon-index.ts';

const MAX_WORDS = 10;
// Parentheses do not end a name: "Tổ chức Y tế Thế giới (WHO) cho biết".
const CLAUSE_BREAK = /[,;:"“”]/g;
const TRIM = /^[\s,;:"“”'‘’-]+|[\s,;:"“”'‘’.-]+$/g;

interface Span { start: number; end: number }

// The same attributions recur across articles ("the Defence Ministry said"): each words-to-name
// decision is remembered per lexicon, up to a bound.
const decided = new WeakMap<LexiconIndex, Map<string, string>>();
const MAX_DECIDED = 4096;

function named(text: string, span: Span, dates: DateSpan[], lex: LexiconIndex): string {
  let end = span.end;
  for (const d of dates) if (d.start < end && d.end > span.start) end = Math.min(end, d.start);
  const words = text.slice(span.start, end);
  let known = decided.get(lex);
  if (!known) decided.set(lex, (known = new Map()));
  let name = known.get(words);
  if (name === undefined) {
    name = nameIn(words, lex);
    if (known.size >= MAX_DECIDED) known.clear();
    known.set(words, name);
  }
  return name;
}

/** The claimant the words name, or '' when they name no one. */
function nameIn(words: string, lex: LexiconIndex): string {
  const name = words.replace(TRIM, '').replace(/\s+/g, ' ');
  if (!name || /\d/.test(name) || name.split(' ').length > MAX_WORDS) return '';
  if (lex.institutionNouns.findAll(name).length > 0) return name;
  // "Casualties on both sides are estimated at several thousand": the subject of a passive is what is claimed.
  if (lex.cues.findAll(name).length > 0) return '';
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

function preceding(text: string, sentenceStart: number, to: number, lex: LexiconIndex): Span {
  let start = sentenceStart;
  CLAUSE_BREAK.lastIndex = sentenceStart;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < to; m = CLAUSE_BREAK.exec(text)) start = m.index + 1;
  const opener = lex.clauseOpeners.startingAt(text, start, to);
  // "con số được Bộ Y tế công bố": the name is the agent's, after its marker.
  const agent = lex.agentMarkers.findAll(text, opener ? opener.end : start, to).at(-1);
  return { start: agent ? agent.end : opener ? opener.end : start, end: to };
}

/** "an estimated 120,000": the verb is the tail of a qualifier that starts before it, not an attribution. */
function insideQualifier(text: string, verb: Span, lex: LexiconIndex): boolean {
  const qualifier = lex.qualifiers.endingAt(text, verb.end, Math.max(0, verb.start - 16));
  return qualifier !== null && qualifier.start < verb.start;
}

export interface Attribution { at: number; name: string }

/** Every attribution in a sentence that names someone, in order of where its verb or preposition stands. */
export function findAttributions(text: string, sentenceStart: number, sentenceEnd: number, lex: LexiconIndex, dates: DateSpan[] = []): Attribution[] {
  const inside = dates.filter((d) => d.start < sentenceEnd && d.end > sentenceStart);
  return [
    ...lex.attributionAfter.findAll(text, sentenceStart, sentenceEnd).filter((h) => !insideQualifier(text, h, lex))
      .map((h) => ({ at: h.start, span: preceding(text, sentenceStart, h.start, lex) })),
    ...lex.attributionBefore.findAll(text, sentenceStart, sentenceEnd).map((h) => ({ at: h.start, span: following(text, h.end, sentenceEnd) })),
  ].sort((a, b) => a.at - b.at)
    .map((c) => ({ at: c.at, name: named(text, c.span, inside, lex) }))
    .filter((c) => c.name !== '');
}

/**
 * The claimant of a figure: the nearest attribution before it in its sentence ("the army said 12 …,
 * while rebel commanders claimed dozens"), else the first after it ("… killed 45, the ministry said").
 * `cue` is where the figure's own casualty verb starts, if it stands right before it: a verb that is
 * both ("The Battle of Shusha claimed 400 lives") is read as the casualty verb, not as an attribution.
 */
export function claimantAt(attributions: readonly Attribution[], at: number, cue: number | null = null): string {
  let before: Attribution | undefined;
  for (const a of attributions) if (a.at < at && a.at !== cue) before = a;
  return (before ?? attributions.find((a) => a.at >= at))?.name ?? '';
}
