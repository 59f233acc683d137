// Where a phrase of a set may start in a long text: one regular expression over the whole text, whose
// candidates the phrase trie then confirms or rejects.

const OPENING_WORDS = 2;

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The phrases' openings as one regex alternation, for finding where a phrase may start; the trie then decides.
 * No 'u' flag and no lookarounds: the regex engine then skips through text several times faster.
 * `tight` writes a phrase's spaces as single spaces, for texts whose words are one space apart.
 */
export function scanner(phrases: string[], tight: boolean): RegExp {
  // A phrase's first two words say where it may start as well as the whole phrase does, and keep the alternation
  // short: past 20 KB of pattern V8 stops optimising a regular expression, and a scan with it ran three times slower.
  const openings = new Set(phrases.map((p) => p.split(' ').slice(0, OPENING_WORDS).join(' ')));
  const alt = [...openings]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((p) => (tight ? escapeRegExp(p) : escapeRegExp(p).replace(/ +/g, '\\s+')))
    .join('|');
  return new RegExp(`(?:${alt})`, 'gi');
}

const IRREGULAR_SPACE = /[^\S \n]| {2}/;
let spacingOf: { text: string; regular: boolean } = { text: '', regular: true };

/** True when the words of text are separated by single spaces (or line breaks) only. */
export function regularSpacing(text: string): boolean {
  if (spacingOf.text !== text) spacingOf = { text, regular: !IRREGULAR_SPACE.test(text) };
  return spacingOf.regular;
}
