// Figures that lean on the figure before them in the same sentence, for a cue or for their victims.
import type { Measure, Population } from '../schemas.ts';
import type { CasualtyReading, ReadingContext } from './casualty-reading.ts';
import { fills, type Quantity } from './quantities.ts';

const INCLUSION_LOOKBEHIND = 40;

/** A figure read: its reading, where its own words end, and where the cue it reached ends. */
export interface Figure { reading: CasualtyReading; reach: number; cueEnd: number | null }

/**
 * A figure tied to the one before it. "killed 874 soldiers and 37 civilians": the second shares the
 * first one's cue. "2 servicemen were killed and 4 wounded": a second figure without a noun of its own
 * counts the same victims as the first. "5,000 killed, including 2,000 on each side", "27 were killed, 14
 * of them children": a part of the first figure, with its own noun or a per-side marker, has its measure.
 */
export function fromPrevious(q: Quantity, own: Population | null, eachSide: boolean, ctx: ReadingContext, previous: Figure | null): Prior {
  const none = { measure: null, population: null, side: '', partOf: null };
  if (!previous) return none;
  const { lex, text } = ctx;
  const sharesCue = fills(lex.conjunctions, text, previous.reach, q.start);
  const elided = own === null && previous.cueEnd !== null && fills(lex.conjunctions, text, previous.cueEnd, q.start);
  const marked = lex.inclusions.endingAt(text, q.start, Math.max(previous.reach, q.start - INCLUSION_LOOKBEHIND)) !== null ||
    lex.inclusionsAfter.startingAt(text, q.end, ctx.sentenceEnd) !== null;
  const part = marked && (own !== null || eachSide || sharesCue);
  if (!sharesCue && !elided && !part) return none;
  const inherits = elided || (part && own === null);
  return {
    measure: sharesCue || part ? previous.reading.measure : null,
    population: inherits ? previous.reading.population : null,
    side: inherits ? previous.reading.side : '',
    partOf: part ? previous.reading : null,
  };
}

/** What a figure takes from the one before it; `partOf` is that figure when this one is a part of it. */
export interface Prior { measure: Measure | null; population: Population | null; side: string; partOf: CasualtyReading | null }

/** A part that counts what the whole counts ("40 wounded, 10 of them seriously") is a subset, not a figure. */
export function sameQuantity(a: CasualtyReading, b: CasualtyReading): boolean {
  return a.measure === b.measure && a.population === b.population && a.side === b.side && a.eachSide === b.eachSide;
}
