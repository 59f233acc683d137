// Whole-word, case-insensitive phrase matching over Unicode text. Longer phrases win, so
// 'hàng chục nghìn' is read before 'hàng chục'. A phrase is a sequence of tokens (a run of letters,
// marks and digits, or one other character), with white space or nothing between them; spaces in a
// phrase match any run of white space. "Does a phrase start (or end) here?" is the extractor's inner
// loop, so it walks a token trie forwards (or backwards) instead of running a regular expression.
import { isSpaceCode, isWordAt, isWordCode, lowerCode, skipSpaceBack } from '../languages/chars.ts';
import { regularSpacing, scanner } from './phrase-scanner.ts';

export interface PhraseHit<T> { start: number; end: number; text: string; tag: T }

/**
 * Trie node: edges keyed by the next token, apart for tokens after white space and tokens glued on.
 * `heads` holds the first two code units of every edge's token (see head), so that most tokens of a
 * text, which lead nowhere, are turned away before being copied and lower-cased for the lookup.
 */
interface Node<T> { spaced: Map<string, Node<T>>; joined: Map<string, Node<T>>; heads: Set<number>; tag?: T }

const node = <T>(): Node<T> => ({ spaced: new Map(), joined: new Map(), heads: new Set() });

/** A number for two lower-cased code units, the second 0x10000 when there is none; -1 when unknown. */
const head = (first: number, second: number): number => (first < 0 || second < 0 ? -1 : first * 0x10001 + second);

// The token last looked up. Reading a sentence asks several phrase sets in turn about the same place
// ("a cue here? a victim noun? a party?"), so its end, head and lower-cased text are worked out once.
let memoText = '';
let memoStart = -1;
let memoEnd = -1;
let memoHead = -1;
let memoLower: string | null = null;

/** The trie edge for text[start, end) out of `n`, if any. */
function edge<T>(n: Node<T>, spaced: boolean, text: string, start: number, end: number): Node<T> | undefined {
  if (start !== memoStart || end !== memoEnd || text !== memoText) {
    memoText = text;
    memoStart = start;
    memoEnd = end;
    memoLower = null;
    memoHead = head(lowerCode(text.charCodeAt(start)), end - start > 1 ? lowerCode(text.charCodeAt(start + 1)) : 0x10000);
  }
  if (memoHead >= 0 && !n.heads.has(memoHead)) return undefined;
  memoLower ??= text.slice(start, end).toLowerCase();
  return (spaced ? n.spaced : n.joined).get(memoLower);
}

let endText = '';
let endFrom = -1;
let endAt = -1;

/** End of the token that starts at `pos` (pos < text.length, not white space). */
function tokenEnd(text: string, pos: number): number {
  if (pos === endFrom && text === endText) return endAt;
  let end = pos + 1;
  if (isWordCode(text.charCodeAt(pos))) while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  endText = text;
  endFrom = pos;
  endAt = end;
  return end;
}

/** Start of the token that ends at `end` (end > 0, text[end - 1] not white space). */
function tokenStart(text: string, end: number): number {
  if (!isWordCode(text.charCodeAt(end - 1))) return end - 1;
  let start = end - 1;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/** A phrase's tokens, each with whether white space comes before it. */
function tokensOf(phrase: string): { token: string; spaced: boolean }[] {
  const out: { token: string; spaced: boolean }[] = [];
  let spaced = false;
  for (let pos = 0; pos < phrase.length;) {
    if (isSpaceCode(phrase.charCodeAt(pos))) { spaced = true; pos++; continue; }
    const end = tokenEnd(phrase, pos);
    out.push({ token: phrase.slice(pos, end), spaced: spaced && out.length > 0 });
    spaced = false;
    pos = end;
  }
  return out;
}

export class PhraseSet<T> {
  private readonly forward: Node<T> = node();
  private readonly backward: Node<T> = node();
  private readonly anywhere: RegExp | null;
  private readonly anywhereTight: RegExp | null;
  /** Every tag the phrases carry: the parties a set of party names names. */
  readonly tags = new Set<T>();

  constructor(entries: Iterable<[string, T]>) {
    const phrases: string[] = [];
    for (const [phrase, tag] of entries) {
      const p = norm(phrase);
      const tokens = tokensOf(p);
      if (tokens.length === 0) continue;
      phrases.push(p);
      this.tags.add(tag);
      let f = this.forward;
      for (const t of tokens) f = child(f, t.token, t.spaced);
      f.tag = tag;
      let b = this.backward;
      for (let i = tokens.length - 1; i >= 0; i--) b = child(b, tokens[i]?.token ?? '', tokens[i + 1]?.spaced ?? false);
      b.tag = tag;
    }
    this.anywhere = phrases.length ? scanner(phrases, false) : null;
    this.anywhereTight = phrases.length ? scanner(phrases, true) : null;
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

  /** The phrase that starts text[from, ...) (leading white space allowed) and ends by `to`, if any. */
  startingAt(text: string, from: number, to = text.length): PhraseHit<T> | null {
    let pos = from;
    while (pos < to && isSpaceCode(text.charCodeAt(pos))) pos++;
    if (pos >= to || (isWordAt(text, pos - 1) && isWordAt(text, pos))) return null;
    while (isWordAt(text, to) && isWordAt(text, to - 1)) to++; // never end inside a word
    const start = pos;
    let n: Node<T> | undefined = this.forward;
    let best: Node<T> | null = null;
    let bestEnd = 0;
    let spaced = false;
    while (n && pos < to) {
      const end = tokenEnd(text, pos);
      if (end > to) break;
      n = edge(n, spaced, text, pos, end);
      if (!n) break;
      if (n.tag !== undefined) { best = n; bestEnd = end; }
      pos = end;
      spaced = false;
      while (pos < to && isSpaceCode(text.charCodeAt(pos))) { pos++; spaced = true; }
    }
    return best ? hitOf(text, start, bestEnd, best) : null;
  }

  /** The phrase that ends text[from, to) (trailing white space allowed), if any. */
  endingAt(text: string, to: number, from = 0): PhraseHit<T> | null {
    while (from > 0 && isWordAt(text, from - 1)) from--; // never start inside a word
    let pos = skipSpaceBack(text, to, from);
    if (pos <= from || (isWordAt(text, pos - 1) && isWordAt(text, pos))) return null;
    const end = pos;
    let n: Node<T> | undefined = this.backward;
    let best: Node<T> | null = null;
    let bestStart = 0;
    let spaced = false;
    while (n && pos > from) {
      const start = tokenStart(text, pos);
      if (start < from) break;
      n = edge(n, spaced, text, start, pos);
      if (!n) break;
      if (n.tag !== undefined) { best = n; bestStart = start; }
      pos = start;
      spaced = false;
      while (pos > from && isSpaceCode(text.charCodeAt(pos - 1))) { pos--; spaced = true; }
    }
    return best ? hitOf(text, bestStart, end, best) : null;
  }

  /** Every occurrence in text[from, to), offsets into text. A range edge inside a word widens to the whole word. */
  findAll(text: string, from = 0, to = text.length): PhraseHit<T>[] {
    const re = this.anywhere;
    if (!re) return [];
    while (isWordAt(text, from - 1) && isWordAt(text, from)) from--;
    while (isWordAt(text, to) && isWordAt(text, to - 1)) to++;
    // The regex finds where a phrase may start; the trie decides, so both methods agree on every match.
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    const hits: PhraseHit<T>[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const at = from + m.index;
      const hit = isWordAt(text, at - 1) && isWordAt(text, at) ? null : this.startingAt(text, at, to);
      if (hit) { hits.push(hit); re.lastIndex = hit.end - from; } else re.lastIndex = m.index + 1;
    }
    return hits;
  }

  /** The first occurrence at or after `from`, however far: for scanning a whole text. */
  next(text: string, from: number): PhraseHit<T> | null {
    // A phrase broken by a line break spans two sentences and is of no use, so '\n' may stay irregular.
    const re = regularSpacing(text) ? this.anywhereTight : this.anywhere;
    if (!re) return null;
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const hit = isWordAt(text, m.index - 1) && isWordAt(text, m.index) ? null : this.startingAt(text, m.index);
      if (hit) return hit;
      re.lastIndex = m.index + 1;
    }
    return null;
  }
}

function child<T>(n: Node<T>, token: string, spaced: boolean): Node<T> {
  const edges = spaced ? n.spaced : n.joined;
  let c = edges.get(token);
  if (!c) edges.set(token, (c = node()));
  n.heads.add(head(token.charCodeAt(0), token.length > 1 ? token.charCodeAt(1) : 0x10000));
  return c;
}

function hitOf<T>(text: string, start: number, end: number, n: Node<T>): PhraseHit<T> {
  return { start, end, text: text.slice(start, end), tag: n.tag as T };
}

function norm(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
