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
 * counts the same victims as the first. "5,000 killed, including 2,000 on each side": a part of the
 * first figure, with its own noun or a per-side marker, has its measure.
 */
export function fromPrevious(q: Quantity, own: Population | null, eachSide: boolean, ctx: ReadingContext, previous: Figure | null): { measure: Measure | null; population: Population | null; side: string } {
  const none = { measure: null, population: null, side: '' };
  if (!previous) return none;
  const { lex, text } = ctx;
  const sharesCue = fills(lex.conjunctions, text, previous.reach, q.start);
  const elided = own === null && previous.cueEnd !== null && fills(lex.conjunctions, text, previous.cueEnd, q.start);
  const part = (own !== null || eachSide) &&
    lex.inclusions.endingAt(text, q.start, Math.max(previous.reach, q.start - INCLUSION_LOOKBEHIND)) !== null;
  if (!sharesCue && !elided && !part) return none;
  const inherits = elided || (part && own === null);
  return {
    measure: sharesCue || part ? previous.reading.measure : null,
    population: inherits ? previous.reading.population : null,
    side: inherits ? previous.reading.side : '',
  };
}
