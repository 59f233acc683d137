// Sentence spans with offsets into the document, so a quote can always be sliced back out of it.

export interface Span { start: number; end: number }

/**
 * A full stop, question or exclamation mark ends a sentence when white space and an upper-case letter
 * (or an opening quote) follow; a line break always does. Abbreviations and decimal numbers do not.
 */
export function sentences(text: string, abbreviations: readonly string[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = /([.!?…]+["'”’»)]*)(\s+)(?=["'“‘«(]?\p{Lu})|\n+/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m[1] !== undefined ? m.index + m[1].length : m.index;
    if (m[1] !== undefined && endsWithAbbreviation(text.slice(start, end), abbreviations)) continue;
    push(spans, text, start, end);
    start = m.index + m[0].length;
  }
  push(spans, text, start, text.length);
  return spans;
}

function endsWithAbbreviation(s: string, abbreviations: readonly string[]): boolean {
  const last = s.slice(s.lastIndexOf(' ') + 1);
  if (/^\p{Lu}\.$/u.test(last)) return true; // an initial: "J. Smith"
  return abbreviations.some((a) => last.toLowerCase() === a.toLowerCase());
}

function push(spans: Span[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  if (end - trail > start + lead) spans.push({ start: start + lead, end: end - trail });
}
