// A time of day written right before a day ("17h ngày 20/10", "6 p.m. on Oct. 20") belongs to that day's
// date: its digits are no count, and a connector before the time ("tính đến", "as of") governs the date.
import type { DateSpan } from './grammar.ts';

/** How far before a day its time of day may start. */
const LOOKBEHIND = 32;

/**
 * The spans, each day whose text is led by a time of day widened to start at the time. `timeBefore` matches a time
 * of day and the words joining it to the day, anchored at the end ('$'), with no 'g' or 'y' flag.
 */
export function withClockTimes(text: string, spans: DateSpan[], timeBefore: RegExp): DateSpan[] {
  let reached = 0;
  for (const s of spans) {
    const from = Math.max(reached, s.start - LOOKBEHIND);
    const m = s.precision === 'day' && s.date !== null && s.last === undefined ? timeBefore.exec(text.slice(from, s.start)) : null;
    if (m) {
      s.start = from + m.index;
      s.text = text.slice(s.start, s.end);
    }
    reached = s.end;
  }
  return spans;
}
