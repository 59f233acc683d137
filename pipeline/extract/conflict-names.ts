// Which conflict a text is about, from the names in conflicts.csv. A name one or two letters off an
// alias ("Nagorny-Karakbakh") still counts, and is reported so the source can be checked.
import type { ConflictRow } from '../schemas.ts';
import { isWordAt } from '../languages/chars.ts';
import { escapeRegExp } from './phrase-scanner.ts';

export interface NameHit { conflict: string; start: number; end: number; text: string; alias: string; exact: boolean }


/** Damerau–Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  // Three rolling rows (two back for a transposition); only cells within `max` of the diagonal can
  // stay under the limit, so the others are set past it without being computed.
  const FAR = max + 1;
  let before = 0, prev = width, row = 2 * width;
  for (let j = 0; j < width; j++) rows[prev + j] = j <= max ? j : FAR;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max), hi = Math.min(b.length, i + max);
    rows[row] = i <= max ? i : FAR;
    if (lo > 1) rows[row + lo - 1] = FAR;
    let best = rows[row] as number;
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((rows[prev + j] as number) + 1, (rows[row + j - 1] as number) + 1, (rows[prev + j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, (rows[before + j - 2] as number) + 1);
      }
      rows[row + j] = Math.min(v, FAR);
      if (v < best) best = v;
    }
    if (hi < b.length) rows[row + hi + 1] = FAR;
    if (best > max) return FAR;
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(rows[prev + b.length] as number, FAR);
}

let rows = new Int32Array(64);

const tolerance = (alias: string) => (alias.length >= 12 ? 2 : alias.length >= 7 ? 1 : 0);

/** `seen`: the distance of each window already compared with the alias (capitalised words recur). */
interface Alias { conflict: string; alias: string; lower: string; words: number; k: number; seen: Map<string, number> }

const MAX_SEEN = 4096;

/** 0 when the window is the alias (case and spacing aside), else its edit distance, Infinity past k. */
function distanceTo(a: Alias, window: string): number {
  let d = a.seen.get(window);
  if (d === undefined) {
    const candidate = window.toLowerCase().replace(/\s+/g, ' ');
    d = candidate === a.lower ? 0 : a.k > 0 ? editDistance(candidate, a.lower, a.k) : Infinity;
    if (a.seen.size >= MAX_SEEN) a.seen.clear();
    a.seen.set(window, d);
  }
  return d;
}
/** `byCapital`: the aliases a name starting with that capital (a UTF-16 code) may be; `ends` is scratch. */
interface Matcher { capitals: RegExp; byCapital: Map<number, Alias[]>; ends: number[] }

const matchers = new WeakMap<ConflictRow[], Matcher>();
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019; // - ' ’

/**
 * Names start with a capital that is some alias's initial (a misspelling keeps the first letter), so a
 * scan for those capitals finds every place a name can start, and only there are aliases compared.
 */
function matcherFor(conflicts: ConflictRow[]): Matcher {
  const cached = matchers.get(conflicts);
  if (cached) return cached;
  const byInitial = new Map<string, Alias[]>();
  for (const c of conflicts) {
    for (const a of c.aliases) {
      const lower = a.toLowerCase();
      const initial = lower[0] ?? '';
      byInitial.set(initial, [...(byInitial.get(initial) ?? []), { conflict: c.id, alias: a, lower, words: a.split(/\s+/).length, k: tolerance(lower), seen: new Map() }]);
    }
  }
  const capitals = [...byInitial.keys()].map((i) => i.toUpperCase()).filter((i) => /\p{Lu}/u.test(i));
  // Keyed by each UTF-16 unit the character class matches, looked up as that unit lower-cased.
  const byCapital = new Map(capitals.join('').split('').map((c) => [c.charCodeAt(0), byInitial.get(c.toLowerCase()) ?? []]));
  const words = Math.max(0, ...[...byInitial.values()].flat().map((a) => a.words));
  const matcher = { capitals: new RegExp(capitals.length ? `[${capitals.map(escapeRegExp).join('')}]` : '(?!)', 'g'), byCapital, ends: new Array<number>(words + 1) };
  matchers.set(conflicts, matcher);
  return matcher;
}

/** End of the token (letters, joined by hyphens or apostrophes) that starts at `pos`. */
function tokenEnd(text: string, pos: number): number {
  let end = pos;
  for (;;) {
    while (isWordAt(text, end)) end++;
    if (!isJoiner(text.charCodeAt(end)) || !isWordAt(text, end + 1)) return end;
    end++;
  }
}

/** True where a token starts: not after a letter, nor after a letter and a hyphen ("Nagorny-Karabakh"). */
function startsToken(text: string, pos: number): boolean {
  return isWordAt(text, pos) && !isWordAt(text, pos - 1) && !(isJoiner(text.charCodeAt(pos - 1)) && isWordAt(text, pos - 2));
}

/** End of the `words` tokens starting at `start` (any characters between them), or -1 if the text has fewer. */
function windowEnd(text: string, start: number, words: number): number {
  let end = tokenEnd(text, start);
  for (let w = 1; w < words; w++) {
    let next = end;
    while (next < text.length && !startsToken(text, next)) next++;
    if (next >= text.length) return -1;
    end = tokenEnd(text, next);
  }
  return end;
}

export function findConflictNames(text: string, conflicts: ConflictRow[]): NameHit[] {
  const { capitals, byCapital, ends } = matcherFor(conflicts);
  const hits: NameHit[] = [];
  capitals.lastIndex = 0;
  for (let m = capitals.exec(text); m; m = capitals.exec(text)) {
    const at = m.index;
    if (!startsToken(text, at)) continue;
    let found: NameHit | null = null;
    let closest = Infinity;
    ends.fill(-2); // -2: the end of that many words from `at` is not yet known
    for (const a of byCapital.get(text.charCodeAt(at)) ?? []) {
      let end = ends[a.words] as number;
      if (end === -2) ends[a.words] = end = windowEnd(text, at, a.words);
      // Collapsing white space only shortens a window: one too short, or a one-word window too long, is
      // passed over unread.
      if (end < 0 || end - at < a.lower.length - a.k || (a.words === 1 && end - at > a.lower.length + a.k)) continue;
      const window = text.slice(at, end);
      const d = distanceTo(a, window);
      if (d === 0) { found = { conflict: a.conflict, start: at, end, text: window, alias: a.alias, exact: true }; break; }
      if (d <= a.k && d < closest) { closest = d; found = { conflict: a.conflict, start: at, end, text: window, alias: a.alias, exact: false }; }
    }
    if (found) { hits.push(found); capitals.lastIndex = found.end; }
  }
  return hits;
}
