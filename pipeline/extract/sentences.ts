// Sentence spans with offsets into the document, so a quote can always be sliced back out of it.

export interface Span { start: number; end: number }

const BOUNDARY = /([.!?…]+["'”’»)]*)(\s+)(?=["'“‘«(]?\p{Lu})|\n+/gu;

/**
 * Sentences of text[from, to). A full stop, question or exclamation mark ends a sentence when white
 * space and an upper-case letter (or an opening quote) follow; a line break always does. Abbreviations
 * and decimal numbers do not. Because a line break always ends one, a paragraph can be split on its own.
 */
export function sentences(text: string, abbreviations: readonly string[], from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m && m.index < to; m = BOUNDARY.exec(text)) {
    const end = m[1] !== undefined ? m.index + m[1].length : m.index;
    if (m[1] !== undefined && endsWithAbbreviation(text, start, end, abbreviations)) continue;
    push(spans, text, start, Math.min(end, to));
    start = m.index + m[0].length;
  }
  push(spans, text, start, to);
  return spans;
}

/** The paragraph (the run between line breaks) around `at`. */
export function paragraphAt(text: string, at: number): Span {
  const end = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: end < 0 ? text.length : end };
}

function endsWithAbbreviation(text: string, start: number, end: number, abbreviations: readonly string[]): boolean {
  const last = text.slice(Math.max(start, text.lastIndexOf(' ', end - 1) + 1), end);
  if (/^\p{Lu}\.$/u.test(last)) return true; // an initial: "J. Smith"
  const lower = last.toLowerCase();
  return abbreviations.some((a) => lower === a.toLowerCase());
}

function push(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (end > start) spans.push({ start, end });
}
