// Whole-word, case-insensitive phrase matching over Unicode text. Longer phrases win, so
// 'hàng chục nghìn' is read before 'hàng chục'. Matchers run on the whole text from an offset rather
// than on slices of it, so word boundaries are judged against the real neighbouring characters.

const WORD = '[\\p{L}\\p{N}\\p{M}]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wordChar = new RegExp(WORD, 'u');
const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && wordChar.test(text[i] as string);

/**
 * A phrase list as a regex alternation, spaces matching any run of white space. A phrase that begins
 * or ends with a letter must not touch another letter there; punctuation phrases ('-') need no boundary.
 * The head boundary is written once for all word-initial phrases, which lets the regex engine skip
 * quickly to positions where a phrase can start.
 */
export function alternation(phrases: Iterable<string>): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const body = (p: string) => {
    const tail = wordChar.test(p.at(-1) ?? '') ? `(?!${WORD})` : '';
    return `${escape(p.normalize('NFC')).replace(/ +/g, '\\s+')}${tail}`;
  };
  const worded = sorted.filter((p) => wordChar.test(p[0] ?? '')).map(body);
  const other = sorted.filter((p) => !wordChar.test(p[0] ?? '')).map(body);
  const parts = [...(worded.length ? [`(?<!${WORD})(?:${worded.join('|')})`] : []), ...other];
  return parts.join('|');
}

export interface PhraseHit<T> { start: number; end: number; text: string; tag: T }

export class PhraseSet<T> {
  private readonly tags = new Map<string, T>();
  private readonly anywhere: RegExp | null;
  private readonly atEnd: RegExp | null;
  private readonly atStart: RegExp | null;

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, tag] of entries) this.tags.set(norm(phrase), tag);
    const alt = alternation(this.tags.keys());
    this.anywhere = alt ? new RegExp(`(?:${alt})`, 'giu') : null;
    this.atEnd = alt ? new RegExp(`(?:${alt})\\s*$`, 'iu') : null;
    this.atStart = alt ? new RegExp(`(?:${alt})`, 'iuy') : null;
  }

  static of(phrases: Iterable<string>): PhraseSet<true> {
    return new PhraseSet([...phrases].map((p) => [p, true as const]));
  }

  static grouped<K extends string>(groups: Partial<Record<K, string[]>>): PhraseSet<K> {
    const entries: [string, K][] = [];
    for (const [tag, list] of Object.entries(groups) as [K, string[] | undefined][]) for (const p of list ?? []) entries.push([p, tag]);
    return new PhraseSet(entries);
  }

  static mapped<T>(map: Record<string, T>): PhraseSet<T> {
    return new PhraseSet(Object.entries(map));
  }

  private tagOf(text: string): T {
    const tag = this.tags.get(norm(text));
    if (tag === undefined) throw new Error(`phrase without tag: ${text}`);
    return tag;
  }

  /** Every occurrence in text[from, to), offsets into text. A range edge inside a word widens to the whole word. */
  findAll(text: string, from = 0, to = text.length): PhraseHit<T>[] {
    const re = this.anywhere;
    if (!re) return [];
    while (isWordAt(text, from - 1) && isWordAt(text, from)) from--;
    while (isWordAt(text, to) && isWordAt(text, to - 1)) to++;
    const hits: PhraseHit<T>[] = [];
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (end > to) break;
      hits.push({ start: m.index, end, text: m[0], tag: this.tagOf(m[0]) });
    }
    return hits;
  }

  /** The first occurrence at or after `from`, whatever follows; null when there is none. */
  next(text: string, from: number): PhraseHit<T> | null {
    const re = this.anywhere;
    if (!re) return null;
    re.lastIndex = from;
    const m = re.exec(text);
    return m ? { start: m.index, end: m.index + m[0].length, text: m[0], tag: this.tagOf(m[0]) } : null;
  }

  /** The phrase that ends text[from, to) (trailing white space allowed), if any. */
  endingAt(text: string, to: number, from = 0): PhraseHit<T> | null {
    if (!this.atEnd) return null;
    while (from > 0 && isWordAt(text, from - 1)) from--; // never start inside a word
    const m = this.atEnd.exec(text.slice(from, to));
    if (!m) return null;
    const raw = m[0].trimEnd();
    return { start: from + m.index, end: from + m.index + raw.length, text: raw, tag: this.tagOf(raw) };
  }

  /** The phrase that starts text[from, ...) (leading white space allowed) and ends by `to`, if any. */
  startingAt(text: string, from: number, to = text.length): PhraseHit<T> | null {
    const re = this.atStart;
    if (!re) return null;
    let pos = from;
    while (pos < to && isSpace(text.charCodeAt(pos))) pos++;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return null;
    while (isWordAt(text, to) && isWordAt(text, to - 1)) to++; // never end inside a word
    const end = pos + m[0].length;
    if (end > to) return null;
    return { start: pos, end, text: m[0], tag: this.tagOf(m[0]) };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2009 || c === 0x202f || c === 0x3000;
}

function norm(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}
