// Which conflict a text is about, from the names in conflicts.csv. A name one or two letters off an
// alias ("Nagorny-Karakbakh") still counts, and is reported so the source can be checked.
import type { ConflictRow } from '../schemas.ts';

export interface NameHit { conflict: string; start: number; end: number; text: string; alias: string; exact: boolean }

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const prev = rows[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = i === 0 ? j : Math.min((prev?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (i > 0 && best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

const tolerance = (alias: string) => (alias.length >= 12 ? 2 : alias.length >= 7 ? 1 : 0);

export function findConflictNames(text: string, conflicts: ConflictRow[]): NameHit[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() }));
  const aliases = conflicts.flatMap((c) => c.aliases.map((a) => ({ conflict: c.id, alias: a, lower: a.toLowerCase(), words: a.split(/\s+/).length })));
  const hits: NameHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !/^\p{Lu}/u.test(text[first.start] ?? '')) continue;
    let found: NameHit | null = null;
    let closest = Infinity;
    for (const a of aliases) {
      const last = tokens[i + a.words - 1];
      if (!last || first.lower[0] !== a.lower[0]) continue;
      const window = text.slice(first.start, last.end);
      const candidate = window.toLowerCase().replace(/\s+/g, ' ');
      if (candidate === a.lower) { found = { conflict: a.conflict, start: first.start, end: last.end, text: window, alias: a.alias, exact: true }; break; }
      const k = tolerance(a.lower);
      const d = k > 0 ? editDistance(candidate, a.lower, k) : Infinity;
      if (d <= k && d < closest) { closest = d; found = { conflict: a.conflict, start: first.start, end: last.end, text: window, alias: a.alias, exact: false }; }
    }
    if (found) { hits.push(found); while (i + 1 < tokens.length && (tokens[i + 1]?.start ?? 0) < found.end) i++; }
  }
  return hits;
}
