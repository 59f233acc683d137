// Who made a claim, from the words that attribute it: "theo X", "according to X" (X follows) or
// "X cho biết", "X said" (X precedes, back to the start of its clause).
import type { LexiconIndex } from './lexicon-index.ts';

const MAX_WORDS = 10;
const CLAUSE_BREAK = /[,;:()"“”]/g;

function clean(s: string): string {
  const t = s.replace(/^[\s,;:"“”'-]+|[\s,;:"“”'-]+$/g, '').replace(/\s+/g, ' ');
  return t.split(' ').length <= MAX_WORDS ? t : '';
}

export function findClaimant(text: string, sentenceStart: number, sentenceEnd: number, lex: LexiconIndex): string {
  for (const hit of lex.attributionBefore.findAll(text, sentenceStart, sentenceEnd)) {
    const rest = text.slice(hit.end, sentenceEnd);
    const stop = rest.search(CLAUSE_BREAK);
    const name = clean(stop === -1 ? rest : rest.slice(0, stop));
    if (name) return name;
  }
  for (const hit of lex.attributionAfter.findAll(text, sentenceStart, sentenceEnd)) {
    const before = text.slice(sentenceStart, hit.start);
    const breaks = [...before.matchAll(CLAUSE_BREAK)];
    const from = breaks.length ? (breaks.at(-1)?.index ?? -1) + 1 : 0;
    const name = clean(before.slice(from));
    if (name && /\p{Lu}/u.test(name)) return name;
  }
  return '';
}
