// Articles are read a sentence at a time, and a line break ends a sentence. Text wrapped at a fixed width
// ("killed at least\n31 people") therefore splits figures from their words; such a file is reported, with
// the first break that falls inside a sentence, rather than read quietly worse.
import type { Finding } from '../schemas.ts';
import { finding } from './finding.ts';

// A line that ends without closing its sentence, and a next line that goes on with it.
const OPEN_END = /[^.!?…:;"”’»)\]\s]\s*$/u;
const GOES_ON = /^\s*[\p{Ll}\p{N}]/u;
/** Breaks inside a sentence that make a file look wrapped: at least this many, and this share of all breaks. */
const MIN_BREAKS = 2;
const MIN_SHARE = 0.25;

export function hardWrapFinding(text: string, file: string, sourceId: string): Finding | null {
  const lines = text.split('\n');
  let breaks = 0;
  let inside = 0;
  let first = -1;
  for (let i = 0; i + 1 < lines.length; i++) {
    const [line, next] = [lines[i] as string, lines[i + 1] as string];
    if (line.trim() === '' || next.trim() === '') continue;
    breaks++;
    if (OPEN_END.test(line) && GOES_ON.test(next)) {
      inside++;
      if (first < 0) first = i;
    }
  }
  if (inside < MIN_BREAKS || inside < MIN_SHARE * breaks) return null;
  const [end, start] = [(lines[first] as string).trimEnd().slice(-30).trimStart(), (lines[first + 1] as string).trimStart().slice(0, 30).trimEnd()];
  return finding({
    file, line: first + 1, column: null, source_id: sourceId, outcome: 'flagged', code: 'text_hard_wrapped',
    message: `${inside} of ${breaks} line breaks fall inside a sentence (line ${first + 1}: "…${end}" / "${start}…"); ` +
      'a line break ends a sentence, so a figure broken across lines is not read',
    fix: 'Put each paragraph on one line (unwrap the text) and run again.',
  });
}
