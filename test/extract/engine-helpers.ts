// Small helpers for the engine tests: a sentence's quantities and readings, read the way readDocument
// reads them, with the test parties.
import { readSentence, type CasualtyReading } from '../../pipeline/extract/casualty-reading.ts';
import { indexLexicon } from '../../pipeline/extract/lexicon-index.ts';
import { PhraseSet } from '../../pipeline/extract/phrases.ts';
import { numberPhrases, type NumberPhrases, type Quantity } from '../../pipeline/extract/quantities.ts';
import { languageFor } from '../../pipeline/languages/index.ts';
import type { LanguageModule } from '../../pipeline/languages/module.ts';
import { PARTIES } from './read-text.ts';

export const PUBLISHED = '2020-10-21';
export const partyNames = new PhraseSet(PARTIES.flatMap((p) => p.aliases.map((a): [string, string] => [a, p.party])));

export function lang(code: string): LanguageModule {
  const found = languageFor(code);
  if (!found) throw new Error(`no module for ${code}`);
  return found;
}

function phrasesOf(text: string, code: string): NumberPhrases {
  const l = lang(code);
  return numberPhrases(text, l.numerals.scan(text), l.dates.scan(text, PUBLISHED), indexLexicon(l));
}

const datesOf = (text: string, code: string) => lang(code).dates.scan(text, PUBLISHED);

export function quantitiesOf(text: string, code: string): Quantity[] {
  return phrasesOf(text, code).quantities;
}

export function readingsOf(text: string, code: string, parties: PhraseSet<string> = partyNames): { text: string; reading: CasualtyReading | null }[] {
  const { quantities, nonFigures } = phrasesOf(text, code);
  const readings = readSentence({ text, lex: indexLexicon(lang(code)), parties, quantities, nonFigures, sentenceStart: 0, sentenceEnd: text.length, dates: datesOf(text, code) });
  return quantities.map((q, i) => ({ text: text.slice(q.start, q.end), reading: readings[i] ?? null }));
}
