// npm run bench:extract: how fast the extractor reads news, against a bare regular-expression scan for
// digits over the same documents. Builds at least 50 MB of Vietnamese and English articles in memory,
// deterministically (seeded), from news-like template sentences and the extraction corpus sentences;
// prints both speeds, their ratio and the peak resident memory, then where the extractor's time goes:
// the passes it makes over every document's whole text, each timed alone, and the rest, which is spent
// on the sentences that hold a casualty cue. It asserts nothing: timings are noisy.
import { findConflictNames } from '../pipeline/extract/conflict-names.ts';
import { indexLexicon } from '../pipeline/extract/lexicon-index.ts';
import { cueSentences, readDocuments, sentenceNumerals } from '../pipeline/extract/read-document.ts';
import { languageFor } from '../pipeline/languages/index.ts';
import type { ConflictRow, Document, PartyRow } from '../pipeline/schemas.ts';
import { corpusEn } from '../test/extract/corpus-en.ts';
import { corpusVi } from '../test/extract/corpus-vi.ts';
import { articleText, seeded } from './news-templates.ts';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 50) * 1e6;

const conflicts: ConflictRow[] = [
  { id: 'nagorno-karabakh', name: 'Nagorno-Karabakh conflict', aliases: ['Nagorno-Karabakh', 'Nagorny-Karabakh', 'Nagorny Karabakh', 'Karabakh', 'Artsakh', 'Thượng Karabakh'] },
  { id: 'russia-ukraine', name: 'Russia–Ukraine war', aliases: ['Ukraine', 'Donbas', 'Donetsk', 'Kherson'] },
];
const parties: PartyRow[] = [
  { party: 'armenian', conflict: 'nagorno-karabakh', aliases: ['Armenia', 'Armenian', 'Armenians', 'người Armenia', 'phía Armenia'] },
  { party: 'azerbaijani', conflict: 'nagorno-karabakh', aliases: ['Azerbaijan', 'Azerbaijani', 'người Azerbaijan', 'phía Azerbaijan'] },
  { party: 'russian', conflict: 'russia-ukraine', aliases: ['Russia', 'Russian', 'Nga'] },
  { party: 'ukrainian', conflict: 'russia-ukraine', aliases: ['Ukrainian', 'Ukrainians'] },
];

function buildDocuments(): { docs: Document[]; bytes: number } {
  const random = seeded(20201021);
  const pools = { en: corpusEn.map((r) => r.text), vi: corpusVi.map((r) => r.text) };
  const docs: Document[] = [];
  let bytes = 0;
  for (let n = 0; bytes < TARGET_BYTES; n++) {
    const language = n % 2 === 0 ? 'vi' : 'en';
    const text = articleText(language, pools[language], random);
    bytes += Buffer.byteLength(text);
    docs.push({ source_id: `bench-${n}`, registry_line: n + 2, path: `bench/${n}.txt`, language, published_at: '2020-10-21', conflict: '', text });
  }
  return { docs, bytes };
}

function timed<T>(work: () => T): { result: T; seconds: number } {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

function extractAll(docs: Document[]): number {
  const toRead = docs.map((doc) => {
    const lang = languageFor(doc.language);
    if (!lang) throw new Error(`no module for ${doc.language}`);
    return { doc, lang };
  });
  return readDocuments(toRead, conflicts, parties).reduce((n, r) => n + r.mentions.length, 0);
}

function scanDigits(docs: Document[]): number {
  let count = 0;
  for (const doc of docs) {
    const digits = /\d+/g;
    while (digits.exec(doc.text)) count++;
  }
  return count;
}

const built = timed(buildDocuments);
const { docs, bytes } = built.result;
const mb = bytes / 1e6;
console.log(`corpus    ${docs.length} documents, ${mb.toFixed(1)} MB (built in ${built.seconds.toFixed(1)} s)`);
extractAll(docs.slice(0, 200)); // let the regex engine and JIT warm up on both languages
scanDigits(docs.slice(0, 200));
// Both sides are at the mercy of a noisy machine, the bare scan most (it takes a fraction of a second):
// each is timed the same way, as the best of three runs over the same documents.
const bestOf3 = <T>(work: () => T) => [1, 2, 3].map(() => timed(work)).reduce((a, b) => (b.seconds < a.seconds ? b : a));
const bare = bestOf3(() => scanDigits(docs));
const extract = bestOf3(() => extractAll(docs));
const bareSpeed = mb / bare.seconds;
const extractSpeed = mb / extract.seconds;
console.log(`bare scan ${bareSpeed.toFixed(1)} MB/s (${bare.result} digit runs in ${bare.seconds.toFixed(2)} s)`);
console.log(`extractor ${extractSpeed.toFixed(1)} MB/s (${extract.result} mentions in ${extract.seconds.toFixed(2)} s)`);
console.log(`ratio     extractor runs at 1/${(bareSpeed / extractSpeed).toFixed(1)} of the bare scan (target: 1/20 or better)`);
// Each document's dates, found once here: the cue-sentence pass below is timed without them.
const datesOf = new Map(docs.map((d) => [d, languageFor(d.language)?.dates.scan(d.text, d.published_at) ?? []]));
// The cue sentences of a document, found as readDocuments finds them.
function cueSpans(d: Document): { start: number; end: number }[] {
  const lang = languageFor(d.language);
  return lang ? [...cueSentences(d.text, indexLexicon(lang), lang.lexicon.abbreviations, datesOf.get(d))] : [];
}
const row = (label: string, seconds: number, after = '') =>
  console.log(`  ${label.padEnd(34)} ${(seconds * 1000).toFixed(0).padStart(5)} ms  ${((100 * seconds) / extract.seconds).toFixed(0).padStart(3)}%${after}`);
// The passes over the whole text, each as readDocuments makes it, on the same documents.
const wholeText: [string, (d: Document) => unknown][] = [
  ['conflict names', (d) => findConflictNames(d.text, conflicts)],
  ['dates', (d) => languageFor(d.language)?.dates.scan(d.text, d.published_at)],
  ['sentences with a cue', cueSpans],
];
console.log('where the extractor\'s time goes (each pass timed alone, best of 3):');
let passes = 0;
for (const [name, pass] of wholeText) {
  const t = bestOf3(() => { for (const d of docs) pass(d); });
  passes += t.seconds;
  row(`whole text: ${name}`, t.seconds);
}
const rest = extract.seconds - passes;
row('the cue sentences\' reading', rest, '  (the rest)');
// Each sentence with the document's dates inside it, as readDocuments hands them to the numeral scanner.
const cued = docs.flatMap((d) => {
  const lang = languageFor(d.language)!;
  const dates = datesOf.get(d) ?? [];
  return cueSpans(d).map((s) => ({ lang, text: d.text, ...s, dates: dates.filter((x) => x.start < s.end && x.end > s.start) }));
});
const numerals = bestOf3(() => { for (const c of cued) sentenceNumerals(c.text, c.lang, c.start, c.end, c.dates); });
row('  of which numeral scanning', numerals.seconds, `  (${cued.length} sentences, ${((1e6 * rest) / cued.length).toFixed(0)} µs each in all)`);
console.log(`  the whole-text passes alone would cap the extractor at ${(mb / passes).toFixed(1)} MB/s, 1/${(bareSpeed / (mb / passes)).toFixed(1)} of the bare scan`);
console.log(`peak RSS  ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
