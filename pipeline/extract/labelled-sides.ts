// Figures listed under their parties' names: "Casualties: Armenia 3,825 killed, Azerbaijan 2,906 killed", "Military
// deaths — Armenia: 3,825; Azerbaijan: 2,906". Each name is the side of the figure it labels. A name labels nothing
// alone: in a headline ("Armenia: 12 killed in shelling") it may be a place or who speaks.
import { skipSpaceBack } from '../languages/chars.ts';
import type { ReadingContext } from './casualty-reading.ts';
import type { PhraseHit } from './phrases.ts';

// What may stand before a label: the sentence's start, or a mark that opens a list's item. A hyphen may join a name.
const ITEM_OPENS = new Set([':', ';', ',', '(', '—', '–']);
const LABEL_MARKS = new Set([':', '—', '–']);

/** The party named right before the number at `at`, a colon or a dash between or none, that opens its item of a list. */
export function labelBefore(at: number, { text, parties, sentenceStart }: ReadingContext): PhraseHit<string> | null {
  let end = skipSpaceBack(text, at, sentenceStart);
  // "Armenia: 3,825", "Armenia — 3,825": a colon or a dash may set the name off.
  if (LABEL_MARKS.has(text[end - 1] ?? '')) end = skipSpaceBack(text, end - 1, sentenceStart);
  const party = parties.endingAt(text, end, sentenceStart);
  if (!party) return null;
  const before = skipSpaceBack(text, party.start, sentenceStart);
  return before === sentenceStart || ITEM_OPENS.has(text[before - 1] ?? '') ? party : null;
}

const labelAt = (at: number, ctx: ReadingContext): string => labelBefore(at, ctx)?.tag ?? '';

/** The side that labels the number at `at`, when another number of the sentence is labelled by another party. */
export function labelledSide(at: number, ctx: ReadingContext): string {
  const side = labelAt(at, ctx);
  return side && ctx.quantities.some((o) => o.start !== at && ![side, ''].includes(labelAt(o.start, ctx))) ? side : '';
}

/** "…; Azerbaijan: 2,906" after "Armenia: 3,825": the label of a number whose figure before bears another label. */
export function listedAfter(at: number, previousStart: number, ctx: ReadingContext): string {
  const side = labelAt(at, ctx);
  const first = side ? labelAt(previousStart, ctx) : '';
  return first && first !== side ? side : '';
}
