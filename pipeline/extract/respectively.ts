// Figures listed in the order of the parties listed before them: "Armenia and Azerbaijan lost 3,825 and 2,906 soldiers
// respectively", "Armenia và Azerbaijan lần lượt mất 3.825 và 2.906 binh sĩ", "Armenia and Azerbaijan lost 12 and 15 soldiers".
import type { CasualtyReading, ReadingContext } from './casualty-reading.ts';
import { losersAt } from './losses.ts';
import { onlyJoins } from './coordination.ts';

const between = (text: string, a: { end: number }, b: { start: number }): string => text.slice(a.end, b.start).trim();

/**
 * A run of figures joined only by conjunctions takes its sides, in order, from as many different parties joined only by
 * conjunctions before it: with a word of order ('respectively', 'lần lượt') in the sentence, any such parties; without
 * one, only parties that are together the subject of the loss right before the run. Figures of the run of no kind
 * take the one kind its other figures name, else the last one's. Readings are completed in place.
 */
export function inOrderOfParties(readings: (CasualtyReading | null)[], ctx: ReadingContext): void {
  const { text, lex, quantities, sentenceStart, sentenceEnd } = ctx;
  if (quantities.length < 2) return;
  const ordered = lex.respectively.findAll(text, sentenceStart, sentenceEnd).length > 0;
  for (let first = 0; first < quantities.length; first++) {
    let last = first;
    while (readings[last] && readings[last + 1] && onlyJoins(between(text, quantities[last]!, quantities[last + 1]!), lex)) last++;
    const count = last - first + 1;
    const losers = count > 1 && !ordered ? losersAt(quantities[first]!.start, ctx) : [];
    const sides = count < 2 ? null : ordered ? partiesListedBefore(quantities[first]!.start, count, ctx) : losers.length === count ? losers : null;
    if (sides) {
      // "The number of soldiers killed … was 3,825 and 2,906 respectively": one kind the run names, from a noun or a
      // toll, is that of its figures of no kind.
      const kinds = new Set(sides.map((_s, k) => readings[first + k]!.population).filter((p) => p !== 'total'));
      const population = kinds.size === 1 ? [...kinds][0]! : readings[last]!.population;
      sides.forEach((side, k) => {
        const r = readings[first + k]!;
        Object.assign(r, { side, bothSides: false, eachSide: false, ...(r.population === 'total' ? { population } : {}) });
      });
    }
    first = last;
  }
}

/** The last `count` parties named before `at` in the sentence, when they are different and only conjunctions join them. */
function partiesListedBefore(at: number, count: number, { text, lex, parties, sentenceStart }: ReadingContext): string[] | null {
  const named = parties.findAll(text, sentenceStart, at).slice(-count);
  if (named.length < count || new Set(named.map((p) => p.tag)).size < count) return null;
  return named.every((p, k) => k === 0 || onlyJoins(between(text, named[k - 1]!, p), lex)) ? named.map((p) => p.tag) : null;
}
