// Sentence spans with offsets into the document, so a quote can always be sliced back out of it.
import { skipSpace, skipSpaceBack } from '../languages/chars.ts';

export interface Span { start: number; end: number }

// A wire dateline opening a paragraph, "YEREVAN (Reuters) - ", "BAKU, Azerbaijan (AP) — ", "(Dân trí) - ": a
// place in capitals, an agency in brackets, or both, then a dash. It is no part of the first sentence, whose
// subject would otherwise take it in ("YEREVAN (Reuters) - Armenia said …" named "YEREVAN (Reuters) - Armenia").
const DATELINE = /^(?:\p{Lu}{2}[\p{Lu}\p{M} .'-]*?(?:,\s*\p{Lu}[\p{L}\p{M}.' -]*?)?\s*(?=\(|[-–—]\s))?(?:\([^()\n]{1,40}\)\s*)?[-–—]\s+/u;

const BOUNDARY = /([.!?…]+["'”’»)]*)(\s+)(?=["'“‘«(]?[\p{Lu}\p{Nd}])|\n+/gu;

/**
 * Sentences of text[from, to). A full stop, question or exclamation mark ends a sentence when white
 * space and an upper-case letter or a digit (or an opening quote) follow ("… dân sự. 40.000 cư dân …"); a
 * line break always does. Abbreviations ("Sept. 27", "No. 3") and decimal numbers do not, nor does a full stop
 * inside one of the `dates` (in order of start; the first that may end after `from` is at `firstDate`): "at 6 p.m.
 * Tuesday, officials said" is one sentence, "at 6 p.m. Rescuers found …" two. Because a line break always ends
 * one, a paragraph can be split on its own.
 * A dateline that opens a paragraph is left out.
 */
export function sentences(text: string, abbreviations: readonly string[], from = 0, to = text.length, dates: readonly Span[] = [], firstDate = 0): Span[] {
  const spans: Span[] = [];
  let start = from;
  let date = firstDate;
  if (from === 0 || text.charCodeAt(from - 1) === 0x0a) start = afterDateline(text, from, to);
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m && m.index < to; m = BOUNDARY.exec(text)) {
    const end = m[1] !== undefined ? m.index + m[1].length : m.index;
    while (date < dates.length && (dates[date] as Span).end <= m.index) date++;
    if (m[1] !== undefined && date < dates.length && (dates[date] as Span).start < m.index) continue;
    if (m[1] !== undefined && endsWithAbbreviation(text, start, end, abbreviations)) continue;
    push(spans, text, start, Math.min(end, to));
    start = m.index + m[0].length;
    if (text.charCodeAt(start - 1) === 0x0a) start = afterDateline(text, start, to);
  }
  push(spans, text, start, to);
  return spans;
}

function afterDateline(text: string, lineStart: number, to: number): number {
  return lineStart + (DATELINE.exec(text.slice(lineStart, Math.min(to, lineStart + 80)))?.[0].length ?? 0);
}

/** The paragraph (the run between line breaks) around `at`. */
export function paragraphAt(text: string, at: number): Span {
  const end = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: end < 0 ? text.length : end };
}

const INITIAL = /^\p{Lu}\.$/u;
const lowered = new WeakMap<readonly string[], Set<string>>();

function endsWithAbbreviation(text: string, start: number, end: number, abbreviations: readonly string[]): boolean {
  const last = text.slice(Math.max(start, text.lastIndexOf(' ', end - 1) + 1), end);
  if (INITIAL.test(last)) return true; // an initial: "J. Smith"
  // Lower-cased once per list: this runs at every full stop of every paragraph that holds a cue.
  let set = lowered.get(abbreviations);
  if (!set) lowered.set(abbreviations, (set = new Set(abbreviations.map((a) => a.toLowerCase()))));
  return set.has(last.toLowerCase());
}

function push(spans: Span[], text: string, start: number, end: number): void {
  const first = skipSpace(text, start, end);
  const last = skipSpaceBack(text, end, first);
  if (last > first) spans.push({ start: first, end: last });
}
