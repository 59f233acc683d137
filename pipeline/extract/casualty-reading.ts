// Decides whether a number phrase is a casualty figure, and of what: the measure cue, the victims'
// noun (population), the party they belong to, and a per-side figure. A number with no cue in reach is
// not a casualty figure, which is what keeps dates, durations and officials' headcounts out.
import type { Measure, Population, Qualifier } from '../schemas.ts';
import type { LexiconIndex } from './lexicon-index.ts';
import type { PhraseSet } from './phrases.ts';
import type { Quantity } from './quantities.ts';

export interface CasualtyReading {
  measure: Measure;
  population: Population;
  side: string;
  eachSide: boolean;
  /** A qualifier written after the number ("100 người trở lên"). */
  suffix: Qualifier | null;
}

export interface ReadingContext {
  text: string;
  lex: LexiconIndex;
  parties: PhraseSet<string>;
  quantities: Quantity[];
  sentenceStart: number;
  sentenceEnd: number;
}

const WORD = /^[\p{L}\p{M}\p{N}'’-]+/u;
const MAX_STEPS = 8;
const MAX_TOLL_GAP_WORDS = 7;

interface Walk { measure: Measure | null; population: Population | null; side: string; suffix: Qualifier | null }

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos] ?? '')) pos++;
  return pos;
}

/** Reads rightwards from the number: [party] [victim noun] [party] [suffix] [fillers] cue. */
function walkForward(q: Quantity, i: number, ctx: ReadingContext, depth = 0): Walk {
  const { text, lex, parties, sentenceEnd: end } = ctx;
  const w: Walk = { measure: null, population: null, side: '', suffix: null };
  let pos = q.end;
  let unknownWords = 2;
  for (let step = 0; step < MAX_STEPS; step++) {
    pos = skipSpace(text, pos);
    if (pos >= end) break;
    const cue = lex.measures.startingAt(text, pos, end);
    if (cue) return { ...w, measure: cue.tag };
    const victim = w.population === null ? lex.victims.startingAt(text, pos, end) : null;
    if (victim) { w.population = victim.tag; pos = victim.end; continue; }
    const party = parties.startingAt(text, pos, end);
    if (party) { w.side ||= party.tag; pos = party.end; continue; }
    const suffix = lex.qualifierSuffixes.startingAt(text, pos, end);
    if (suffix) { w.suffix = suffix.tag; pos = suffix.end; continue; }
    const filler = lex.fillers.startingAt(text, pos, end);
    if (filler) { pos = filler.end; continue; }
    const next = ctx.quantities[i + 1];
    const conj = lex.conjunctions.startingAt(text, pos, end);
    if (conj && next && skipSpace(text, conj.end) === next.start && depth < 4) {
      return { ...w, measure: walkForward(next, i + 1, ctx, depth + 1).measure };
    }
    const word = w.population !== null && unknownWords > 0 ? WORD.exec(text.slice(pos, end)) : null;
    if (!word || (next && pos + word[0].length > next.start)) break;
    unknownWords--;
    pos += word[0].length;
  }
  return w;
}

/** "death toll rose to N", "số người thiệt mạng lên tới N": a toll noun a few words before the number. */
function tollBefore(q: Quantity, i: number, ctx: ReadingContext): { measure: Measure; population: Population } | null {
  const prevEnd = i > 0 ? (ctx.quantities[i - 1]?.end ?? 0) : 0;
  const from = Math.max(ctx.sentenceStart, prevEnd);
  const hit = ctx.lex.tolls.findAll(ctx.text, from, q.start).at(-1);
  if (!hit) return null;
  const gap = ctx.text.slice(hit.end, q.start);
  if (/[.;:!?]/.test(gap) || gap.split(/\s+/).filter(Boolean).length > MAX_TOLL_GAP_WORDS) return null;
  const population = ctx.lex.victims.findAll(hit.text)[0]?.tag ?? 'total';
  return { measure: hit.tag, population };
}

/** "killed 16 civilians", "killing at least 16": a cue right before the number. */
function cueBefore(q: Quantity, ctx: ReadingContext): Measure | null {
  const from = Math.max(ctx.sentenceStart, q.start - 40);
  return ctx.lex.measures.endingAt(ctx.text, q.start, from)?.tag ?? null;
}

export function readCasualty(q: Quantity, i: number, ctx: ReadingContext): CasualtyReading | null {
  const w = walkForward(q, i, ctx);
  let measure = w.measure;
  let population = w.population;
  if (measure === null) {
    const toll = tollBefore(q, i, ctx);
    if (toll) { measure = toll.measure; population ??= toll.population; }
  }
  if (measure === null && (w.population !== null || skipSpace(ctx.text, q.end) >= ctx.sentenceEnd || /^\s*[,;.]/.test(ctx.text.slice(q.end)))) {
    measure = cueBefore(q, ctx);
  }
  if (measure === null) return null;
  const clauseEnd = Math.min(ctx.sentenceEnd, ctx.quantities[i + 1]?.start ?? ctx.sentenceEnd);
  const eachSide = ctx.lex.eachSide.findAll(ctx.text, q.end, clauseEnd).length > 0;
  return { measure, population: population ?? 'total', side: w.side, eachSide, suffix: w.suffix };
}
