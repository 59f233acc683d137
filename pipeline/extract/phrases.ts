// Whole-word, case-insensitive phrase matching over Unicode text. Longer phrases win, so
// 'hàng chục nghìn' is read before 'hàng chục'.

const WORD = '[\\p{L}\\p{N}\\p{M}]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wordChar = new RegExp(WORD, 'u');

/**
 * A phrase list as a regex alternation, spaces matching any run of white space. A phrase that begins
 * or ends with a letter must not touch another letter there; punctuation phrases ('-') need no boundary.
 */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((p) => {
      const body = escape(p.normalize('NFC')).replace(/ +/g, '\\s+');
      const head = wordChar.test(p[0] ?? '') ? `(?<!${WORD})` : '';
      const tail = wordChar.test(p.at(-1) ?? '') ? `(?!${WORD})` : '';
      return `${head}${body}${tail}`;
    })
    .join('|');
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
    this.atStart = alt ? new RegExp(`^\\s*(?:${alt})`, 'iu') : null;
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

  /** Every occurrence in text[from, to), offsets into text. */
  findAll(text: string, from = 0, to = text.length): PhraseHit<T>[] {
    if (!this.anywhere) return [];
    const hits: PhraseHit<T>[] = [];
    const re = new RegExp(this.anywhere.source, 'giu');
    while (from > 0 && wordChar.test(text[from - 1] ?? '')) from--;
    while (to < text.length && wordChar.test(text[to] ?? '')) to++;
    const slice = text.slice(from, to);
    for (const m of slice.matchAll(re)) hits.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], tag: this.tagOf(m[0]) });
    return hits;
  }

  /** The phrase that ends text[from, to) (trailing white space allowed), if any. */
  endingAt(text: string, to: number, from = 0): PhraseHit<T> | null {
    if (!this.atEnd) return null;
    while (from > 0 && wordChar.test(text[from - 1] ?? '')) from--; // never start inside a word
    const m = this.atEnd.exec(text.slice(from, to));
    if (!m) return null;
    const raw = m[0].trimEnd();
    return { start: from + m.index, end: from + m.index + raw.length, text: raw, tag: this.tagOf(raw) };
  }

  /** The phrase that starts text[from, ...) (leading white space allowed), if any. */
  startingAt(text: string, from: number, to = text.length): PhraseHit<T> | null {
    if (!this.atStart) return null;
    while (to < text.length && wordChar.test(text[to] ?? '')) to++; // never end inside a word
    const m = this.atStart.exec(text.slice(from, to));
    if (!m) return null;
    const lead = m[0].length - m[0].trimStart().length;
    const raw = m[0].slice(lead);
    return { start: from + lead, end: from + m[0].length, text: raw, tag: this.tagOf(raw) };
  }
}

function norm(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}
