// Who made a claim, from the words that attribute it: "X cho biết", "X said" (X precedes, back to the
// start of its clause) or "theo X", "according to X", "…, said X" (X follows, up to the end of its clause; a
// verb read both ways only when it opens its clause, as "the ministry said Armenian forces shelled …" does not).
// A claimant must name someone: it holds a capitalised word besides the language's anonymous words
// ("he", "officials", "ông") or a body such as "the army" or "giới chức", no digits but a unit's ordinal
// ("93rd brigade"; the rest are the claim itself), no casualty cue unless it names a body ("Casualties are
// estimated at …") and no date ("said on Monday"). A name before its verb ends where its predicate begins ("the
// ministry also said"), and a denied verb ("did not confirm") attributes nothing.
import type { DateSpan } from '../languages/grammar.ts';
import { CLAUSE_COMMA, isSpaceCode, isWordAt, skipSpace, skipSpaceBack } from '../languages/chars.ts';
import type { LexiconIndex } from './lexicon-index.ts';

const MAX_WORDS = 10;
const LOOKBEHIND = 16;
// "put the number of civilians killed in the region since September at 45": how far a toll set at a number may reach.
const SETTING_OBJECT_MAX = 80;
// "rejected the Azerbaijani defence ministry's claim": room for an owner's name between a denial and its noun.
const DENIED_NOUN_LOOKBEHIND = 48;
const LOWER_START = /^\p{Ll}/u;
const DIGIT = /\d/;
// "Ukraine's 93rd brigade said": a unit's ordinal is part of its name, not a figure.
const ORDINAL = /\b\d+(?:st|nd|rd|th)\b/g;
const ACRONYM = /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u;
// Parentheses do not end a name: "Tổ chức Y tế Thế giới (WHO) cho biết". A dash does, as a comma: "STEPANAKERT, Oct 20
// (Reuters) - The ministry said", "The Observatory — a Britain-based monitor — said"; a hyphen or en dash between words
// or digits ("Nagorno-Karabakh", "1992–94") does not.
const CLAUSE_BREAK = new RegExp(`[;:"“”—]|(?<=\\s)[-–](?=\\s)|${CLAUSE_COMMA}`, 'g');
const BREAK_CHAR = /[,;:"“”]/;
// What may close a sentence after its last word.
const CLOSING = /[\s.!?…"”'’)]/;
const SENTENCE_CLOSE = new RegExp(`^${CLOSING.source}*$`);
const TRIM = /^[\s,;:"“”'‘’-]+|[\s,;:"“”'‘’.-]+$/g;
// "The U.N. said": the full stop of a closing initial is part of the name.
const INITIAL_END = /(?:^|[\s.])\p{Lu}\.$/u;
// Words after a name cut short at a date ("the ministry on Tuesday", "Bộ Quốc phòng hôm 20/10"): lower case.
const TRAILING_LOWER = /(?:\s+[\p{Ll}\p{M}]+)+$/u;

interface Span { start: number; end: number }
/**
 * `fresh`: the name opens a statement of its own after a figure ("killed 300 soldiers and Ukraine said …"). `cites`:
 * where the words that cite the name start ("quoted", "dẫn lời"), when they stand in the subject's words.
 */
interface Subject extends Span { fresh?: boolean; cites?: number }

// The same attributions recur across articles ("the Defence Ministry said"): each words-to-name
// decision is remembered per lexicon, up to a bound.
const decided = new WeakMap<LexiconIndex, Map<string, string>>();
const MAX_DECIDED = 4096;

/**
 * The name in text[span]. A date inside is no part of it: the name is the words between the date and the
 * verb ("On Tuesday the ministry said", "according to the ministry on Tuesday"), else those on the date's
 * other side ("the ministry on Tuesday said").
 */
function named(text: string, span: Span, dates: DateSpan[], lex: LexiconIndex, verbAfter: boolean): string {
  // "theo ước tính của Anh": a capital after a word in lower case names someone (see withoutAnonymous).
  const at = skipSpace(text, span.start, span.end);
  const afterLower = LOWER_WORD_BEFORE.test(text.slice(Math.max(0, at - LOOKBEHIND_WORD), at));
  let first = span.end;
  let last = span.start;
  for (const d of dates) if (d.start < span.end && d.end > span.start) [first, last] = [Math.min(first, d.start), Math.max(last, d.end)];
  if (first === span.end) return decide(text.slice(span.start, span.end), lex, afterLower);
  // "Bộ Quốc phòng hôm qua cho biết": a date that opens with its own lead-in ('hôm') leaves the words before it whole.
  const ownLeadIn = lex.eventDateOpeners.startingAt(text, first, last) !== null || lex.periodFillers.startingAt(text, first, last) !== null;
  const before = () => withoutTrailingLower(decide(text.slice(span.start, first), lex, afterLower), lex, ownLeadIn, afterLower);
  const after = () => decide(text.slice(last, span.end), lex, false);
  return verbAfter ? after() || before() : before() || after();
}

function decide(words: string, lex: LexiconIndex, afterLower: boolean): string {
  let known = decided.get(lex);
  if (!known) decided.set(lex, (known = new Map()));
  const key = afterLower ? `\u0001${words}` : words;
  let name = known.get(key);
  if (name === undefined) {
    name = nameIn(words, lex, afterLower);
    if (known.size >= MAX_DECIDED) known.clear();
    known.set(key, name);
  }
  return name;
}

/**
 * "The ministry on": a name before a date, without the lower-case words that led into the date. When the date has
 * its own lead-in, only the words that open a date are taken off: "Bộ Quốc phòng vào" is "Bộ Quốc phòng".
 */
function withoutTrailingLower(name: string, lex: LexiconIndex, ownLeadIn: boolean, afterLower: boolean): string {
  if (ownLeadIn) {
    let end = name.length;
    for (let hit = lex.eventDateOpeners.endingAt(name, end); hit && hit.start > 0; hit = lex.eventDateOpeners.endingAt(name, end)) end = hit.start;
    return end === name.length ? name : nameIn(name.slice(0, end), lex, afterLower);
  }
  const tail = TRAILING_LOWER.exec(name);
  if (!tail) return name;
  // Trim the words after the last that ends a lower-case body naming the claimant ("the ministry", "Armenia's health
  // ministry"), all of them when there is none ("Nikol Pashinyan in a statement on").
  let keep = tail.index;
  for (const m of tail[0].matchAll(/\s+[\p{Ll}\p{M}]+/gu)) {
    const at = tail.index + (m.index ?? 0);
    if (lex.institutionNouns.endingAt(name, at + m[0].length, at) !== null) keep = at + m[0].length;
  }
  return nameIn(name.slice(0, keep), lex, afterLower);
}

/** The claimant the words name, or '' when they name no one; `afterLower`: a word in lower case stands right before them. */
function nameIn(words: string, lex: LexiconIndex, afterLower: boolean): string {
  const trimmed = words.replace(TRIM, '');
  const name = (INITIAL_END.test(words.trimEnd()) ? `${trimmed}.` : trimmed).replace(/\s+/g, ' ');
  if (!name || DIGIT.test(name.replace(ORDINAL, '')) || name.split(' ').length > MAX_WORDS) return '';
  const owner = statementOwner(name, lex);
  if (owner !== null) return nameIn(owner, lex, true);
  if (lex.noOne.startingAt(name, 0)) return '';
  if (lex.institutionNouns.findAll(name).length > 0) return name;
  // "Casualties on both sides are estimated at several thousand": the subject of a passive is what is claimed.
  // "Iraq Body Count": a cue written with a capital after the name's first word is a word of the name.
  if (lex.cues.findAll(name).some((cue) => cue.start === 0 || !UPPER_START.test(cue.text))) return '';
  // "Cuộc chiến ước tính đã cướp đi …" (the war is estimated to have taken …): an event is what is counted, not who
  // counts; "Conflict Armament Research" goes on with a name.
  const event = lex.eventNouns.startingAt(name, 0);
  if (event && !/^\s*\p{Lu}/u.test(name.slice(event.end))) return '';
  // "according to the WHO": an acronym is a name, even one spelt as an anonymous word ('who').
  if (ACRONYM.test(name)) return name;
  return /\p{Lu}/u.test(withoutAnonymous(name, lex, afterLower)) ? name : '';
}

const LOWER_WORDS = /^(?:[\p{Ll}\p{M}][\p{L}\p{M}]*\s+)*$/u;
const LOWER_WORD_AHEAD = /^\s+[\p{Ll}\p{M}][\p{L}\p{M}]*/u;
// "the ministry's figures", "the Syrian Observatory for Human Rights' count".
const POSSESSIVE_END = /['’]s$|(?<=s)['’]$/;
const INDEFINITE = /^[Aa]n? (?=\p{Lu})/u;
const ACRONYM_END = /(?:^|\s)\p{Lu}{2,}$/u;
const CAPITALISED_RUN = /^\p{Lu}[\p{L}\p{M}.&-]*(?: \p{Lu}[\p{L}\p{M}.&-]*)+$/u;
// "the tally released by", "báo cáo gần đây nhất của": up to three words between a statement's noun and the word that
// names its owner.
const OWNER_MARKER_REACH = 3;

/**
 * Whose statement the name is, when it names one rather than its owner, else null: "the latest tally by the health
 * ministry" and "Số liệu của Bộ Y tế" (the noun first, then its owner), "the ministry's figures", "health ministry
 * figures", "an AFP tally", "UN figures", "Iraq Body Count figures" (the owner first: after a possessive, a body's noun,
 * an indefinite article, an acronym or a run of capitalised words). "Armenian official figures" stays whole: 'Armenian'
 * alone names no owner.
 */
function statementOwner(name: string, lex: LexiconIndex): string | null {
  for (const noun of lex.statementNouns.findAll(name)) {
    // A capitalised noun inside a name is the name's: "Iraq Body Count", "Tổng cục Thống kê".
    if (noun.start > 0 && !LOWER_START.test(noun.text)) continue;
    if (LOWER_WORDS.test(name.slice(0, noun.start).toLowerCase())) {
      let at = noun.end;
      for (let words = 0; words <= OWNER_MARKER_REACH; words++) {
        const marker = lex.claimOwnerMarkers.startingAt(name, at);
        if (marker) return name.slice(marker.end).trim() || null;
        const word = LOWER_WORD_AHEAD.exec(name.slice(at));
        if (!word) break;
        at += word[0].length;
      }
    }
    if (noun.end !== name.length || noun.start === 0) continue;
    const before = name.slice(0, noun.start).trimEnd();
    if (lex.institutionNouns.endingAt(before, before.length) !== null) return before;
    const bare = before.replace(TRAILING_LOWER, '');
    if (POSSESSIVE_END.test(bare)) return bare.replace(POSSESSIVE_END, '');
    if (INDEFINITE.test(bare) || ACRONYM_END.test(bare) || CAPITALISED_RUN.test(bare)) return bare.replace(INDEFINITE, '');
  }
  return null;
}

/**
 * The words without the language's anonymous words ("local officials", "giới chức"), which name no one. After a word
 * in lower case, a capitalised one is a name's ('Anh', Britain, in "theo tình báo Anh"; not 'anh', he); after a
 * capitalised word it may be a title's ("Two Security Sources Say …").
 */
function withoutAnonymous(words: string, lex: LexiconIndex, afterLower: boolean): string {
  let rest = '';
  let at = 0;
  for (const hit of lex.anonymousWords.findAll(words)) {
    const lead = words.slice(0, hit.start);
    if (UPPER_START.test(hit.text) && (lead.trim() === '' ? afterLower : LOWER_WORD_BEFORE.test(lead))) continue;
    rest += words.slice(at, hit.start);
    at = hit.end;
  }
  return rest + words.slice(at);
}

/** A word in lower case, then white space, at the end: no punctuation between it and what follows. */
const LOWER_WORD_BEFORE = /(?:^|[^\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*\s+$/u;
const LOOKBEHIND_WORD = 40;

const UPPER_START = /^\p{Lu}/u;

/**
 * "Tổ chức Theo dõi Nhân quyền" (Human Rights Watch): a capitalised word of attribution right after another word is a
 * word of a name, not a preposition ('theo', according to).
 */
const inName = (text: string, hit: Span): boolean => UPPER_START.test(text.slice(hit.start, hit.start + 2)) && isWordAt(text, skipSpaceBack(text, hit.start) - 1);

/**
 * Whether text[from, to) holds a number, in digits or among `numbers` (the sentence's number phrases, "five" too): words
 * that state a figure, not who speaks.
 */
function holdsNumber(text: string, from: number, to: number, numbers: readonly Span[]): boolean {
  return DIGIT.test(text.slice(from, to)) || numbers.some((n) => n.start >= from && n.end <= to);
}

/** End of the clause that starts at `from`: the next clause break, else the sentence's end. */
function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  CLAUSE_BREAK.lastIndex = from;
  const m = CLAUSE_BREAK.exec(text);
  return m && m.index < sentenceEnd ? m.index : sentenceEnd;
}

/**
 * The words after a verb or preposition, to the end of its clause or where a predicate begins ("cited by Putin could not
 * be"), or to a bracket that closes one opened before them ("3,825 soldiers were killed (according to Armenia)").
 */
function following(text: string, from: number, sentenceEnd: number, lex: LexiconIndex): Span {
  return { start: from, end: bracketClosed(text, from, predicateStart(text, from, clauseEnd(text, from, sentenceEnd), lex)) };
}

/** Where in text[from, to) a bracket closes that was opened before `from`, else `to`: "(WHO)" is whole inside. */
function bracketClosed(text: string, from: number, to: number): number {
  let open = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) open++;
    else if (c === 0x29 && open-- === 0) return i;
  }
  return to;
}

/**
 * "according to figures released on Monday by the health ministry": the words that name who put the figures out, after
 * the date that follows the verb of putting them out; null when no date and owner follow it.
 */
function releasedBy(text: string, verb: Span, sentenceEnd: number, dates: readonly DateSpan[], lex: LexiconIndex): Span | null {
  const date = dates.find((d) => d.start >= verb.end);
  if (!date) return null;
  const gap = text.slice(verb.end, date.start).trim();
  if (gap !== '' && lex.eventDateOpeners.startingAt(gap, 0)?.end !== gap.length) return null;
  const owner = lex.claimOwnerMarkers.startingAt(text, date.end, sentenceEnd);
  return owner ? following(text, owner.end, sentenceEnd, lex) : null;
}

/** "By the UN's count, …": a preposition of `sourcePrepositions` whose words end with a source's noun. */
function bySource(text: string, sentenceStart: number, sentenceEnd: number, lex: LexiconIndex): Span[] {
  return lex.sourcePrepositions.findAll(text, sentenceStart, sentenceEnd).filter((p) => {
    const span = following(text, p.end, sentenceEnd, lex);
    let end = span.end;
    while (end > span.start && CLOSING.test(text[end - 1] as string)) end--;
    return lex.sourceNouns.endingAt(text, end, span.start)?.end === end;
  });
}

/**
 * "Ukraine puts Russian losses at 90,000": a verb of `settingVerbs` whose object, up to the next number in its clause,
 * holds a cue or opens with words for the figure. "put its forces on alert after 12 soldiers were killed" puts no toll.
 */
function setsToll(text: string, verb: Span, sentenceEnd: number, lex: LexiconIndex, numbers: readonly Span[]): boolean {
  const number = numbers.find((n) => n.start >= verb.end);
  if (!number || number.start > sentenceEnd || number.start - verb.end > SETTING_OBJECT_MAX) return false;
  if (BREAK_CHAR.test(text.slice(verb.end, number.start))) return false;
  const start = skipSpace(text, verb.end, number.start);
  return lex.figureReferences.startingAt(text, start, number.start) !== null || lex.cues.findAll(text, start, number.start).length > 0;
}

/** Where the sentence's clauses before `to` start: the sentence's start, and after each clause break. */
function clauseStarts(text: string, sentenceStart: number, to: number): number[] {
  const starts = [sentenceStart];
  CLAUSE_BREAK.lastIndex = sentenceStart;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < to; m = CLAUSE_BREAK.exec(text)) starts.push(m.index + 1);
  return starts;
}

/**
 * The words that may name who speaks before a verb, back to the start of its clause. "A government spokesman,
 * Vahram Poghosyan, said": the words set off by commas right before the verb; when those name no one ("The
 * ministry, which had reported 710 deaths, said"), the words before them are the second choice. Null when the
 * verb shares its subject with the clause before it ("… and said").
 */
function preceding(text: string, sentenceStart: number, to: number, lex: LexiconIndex, numbers: readonly Span[]): Subject[] | null {
  const starts = clauseStarts(text, sentenceStart, to);
  const start = starts.at(-1) as number;
  // "The ministry, which had earlier reported 710 deaths": the subject of 'reported' is before the comma.
  if (starts.length >= 2 && lex.relativePronouns.startingAt(text, start, to)) {
    const antecedent = subject(text, starts.at(-2) as number, start - 1, lex, numbers);
    // "Reuters could not verify the figures, which put the toll at 59": after a predicate, 'which' is the object's.
    return antecedent && text.slice(antecedent.end, start - 1).trim() === '' ? [antecedent] : null;
  }
  if (starts.length < 2 || text.slice(start, to).trim() !== '') {
    // "Citing the health ministry, the agency said …": whom a clause of citing before the subject cites speaks, as in
    // "The agency, citing the health ministry, said …".
    const cited = starts.length >= 2 ? citedBefore(text, starts.at(-2) as number, start - 1, lex, numbers) : null;
    if (cited) return [cited];
    const own = subject(text, start, to, lex, numbers);
    // "Azerbaijan has not disclosed its losses, but says …": after the opener, the subject is the clause's before
    // the comma, as far as where its predicate is seen to begin.
    if (own && text.slice(own.start, own.end).trim() === '' && starts.length >= 2) {
      const before = subject(text, starts.at(-2) as number, start - 1, lex, numbers, true);
      return before && [before];
    }
    // "The strike killed 300 soldiers, and Ukraine said …": after a figure, 'and' opens another statement.
    const fresh = own !== null && lex.clauseOpeners.startingAt(text, start, to) !== null && holdsNumber(text, sentenceStart, start, numbers);
    return own && [fresh ? { ...own, fresh } : own];
  }
  const aside = starts.at(-2) as number;
  // "Twelve soldiers were killed, said …": a clause that states casualties is the claim, not who speaks. Nor does a
  // relative clause or a description name anyone: "The health ministry, which reports to the separatist government,
  // said", "The Syrian Observatory for Human Rights, based in Britain, said".
  const speaks = (from: number, end: number) => {
    const first = skipSpace(text, from, end);
    return !holdsNumber(text, from, end, numbers) && lex.cues.findAll(text, from, end).length === 0 &&
      !lex.relativePronouns.startingAt(text, first, end) && !lex.nameDescriptions.startingAt(text, first, end);
  };
  const spans = [speaks(aside, start - 1) ? subject(text, aside, start - 1, lex, numbers) : null];
  if (starts.length > 2 && speaks(starts.at(-3) as number, aside - 1)) spans.push(subject(text, starts.at(-3) as number, aside - 1, lex, numbers));
  // "The Syrian Observatory for Human Rights, a Britain-based monitor, said": an aside that opens with a determiner
  // describes the name before it, which comes first.
  if (lex.determiners.startingAt(text, aside, start - 1)) spans.reverse();
  return spans.filter((s): s is Span => s !== null);
}

/**
 * "…, with Azerbaijan saying", "The ministry issued a statement saying": the clause before a participle of saying marks
 * its subject, by an agent marker or a verb of putting out a count.
 */
function markedSubject(text: string, sentenceStart: number, at: number, lex: LexiconIndex): boolean {
  const start = clauseStarts(text, sentenceStart, at).at(-1) as number;
  return lex.agentMarkers.findAll(text, start, at).length > 0 || lex.publicationVerbs.findAll(text, start, at).length > 0;
}

/**
 * "Citing the health ministry" in text[from, to): whom a clause that opens with words of citing cites, read as the
 * subject's words of citing are ("citing figures from Stepanakert" leads to Stepanakert), if it names someone.
 */
function citedBefore(text: string, from: number, to: number, lex: LexiconIndex, numbers: readonly Span[]): Subject | null {
  if (!lex.citingOpeners.startingAt(text, skipSpace(text, from, to), to) || holdsNumber(text, from, to, numbers)) return null;
  const cited = subject(text, from, to, lex, numbers);
  // Words of citing that name no one leave the words before them, none here.
  return cited?.cites !== undefined && cited.end > cited.cites ? cited : null;
}

/**
 * The part of text[start, to) that can be a speaker's name, without the words that lead into it; null when
 * the words end in 'and', 'but': the verb after them has the subject of the clause before.
 */
function subject(text: string, start: number, to: number, lex: LexiconIndex, numbers: readonly Span[], predicated = false): Subject | null {
  // "The ministry said 12 soldiers were killed and officials said 40 …": words with a figure before 'and' are
  // another statement, and the subject is after it.
  const opened = holdsNumber(text, start, to, numbers) ? lex.clauseOpeners.findAll(text, start, to).at(-1) : undefined;
  const another = opened !== undefined && holdsNumber(text, start, opened.start, numbers);
  if (another) start = opened.end;
  // "Interfax dẫn lời Bộ Quốc phòng Nga cho biết", "Reuters quoted the ministry as saying": the claimant is whom the
  // words cite, the outlet only carried the claim; "TASS dẫn lời giới chức địa phương cho biết": who cites, when whom
  // it cites is no one named.
  const citing = lex.attributionBefore.findAll(text, start, to).filter((c) => !inName(text, c));
  const cites = citing[0];
  // "citing figures from Stepanakert": words of citing one after another lead to one name.
  let named = cites?.end ?? to;
  for (const c of citing.slice(1)) if (c.start === skipSpace(text, named)) named = c.end;
  if (cites && decide(withoutAnonymous(text.slice(named, to), lex, false), lex, false)) return { start: named, end: to, cites: cites.start };
  if (cites) to = cites.start;
  const opener = lex.clauseOpeners.startingAt(text, start, to);
  // "con số được Bộ Y tế công bố": the name is the agent's, after its marker.
  const agent = lex.agentMarkers.findAll(text, opener ? opener.end : start, to).at(-1);
  start = agent ? agent.end : opener ? opener.end : start;
  // "Azerbaijan has not disclosed its losses but says": the name ends where its predicate begins, or a description of it.
  const described = lex.nameDescriptions.findAll(text, start, to).find((d) => d.start > start);
  const predicate = predicateStart(text, start, described?.start ?? to, lex);
  // `predicated`: the words hold a predicate of their own, so without one seen to begin, where the name ends is unknown.
  if (predicated && predicate === to) return null;
  to = predicate;
  // "… 12 soldiers died and later confirmed": no words of its own, the verb has its clause's subject.
  if (another && text.slice(start, to).trim() === '') return null;
  // "The army denied the reports and said": the subject is before a verb the lexicon does not know.
  const and = lex.clauseOpeners.endingAt(text, to, start);
  if (and && and.start > start) return null;
  const cited = cites ? { cites: cites.start } : {};
  return another ? { start, end: to, fresh: true, ...cited } : { start, end: to, ...cited };
}

/**
 * Where the first lower-case word of text[start, to) that opens a predicate starts, else `to`. Word by word: a
 * regex scan for such short words ('is', 'in') would stop inside most words of a name.
 */
function predicateStart(text: string, start: number, to: number, lex: LexiconIndex): number {
  for (let pos = start; pos < to; pos++) {
    if (!isWordAt(text, pos) || isWordAt(text, pos - 1) || !LOWER_START.test(text[pos] ?? '')) continue;
    const hit = lex.predicateOpeners.startingAt(text, pos, to);
    if (hit && !lex.nameAdjectives.startingAt(text, pos, to)) return hit.start;
  }
  return to;
}

/** "an estimated 120,000": the verb is the tail of a qualifier that starts before it, not an attribution. */
function insideQualifier(text: string, verb: Span, lex: LexiconIndex): boolean {
  const qualifier = lex.qualifiers.endingAt(text, verb.end, Math.max(0, verb.start - 16));
  return qualifier !== null && qualifier.start < verb.start;
}

/**
 * `name` is '' when the words name no one: "officials said", "the ministry did not confirm". `inverted`: the
 * name follows its verb ("…, said Ali Hassan"), and speaks for the figures before the verb.
 */
/**
 * `denied`: a denial ("Azerbaijan denied reports that …"), of the figures up to `until`, the end of its clause;
 * its name is the claim's owner when the words say whose claim is denied ("Azerbaijan's claim"), else empty.
 * `deniedFrom`: where the denial's words start; who denies is named before it.
 */
export interface Attribution { at: number; end?: number; name: string; inverted?: boolean; denied?: boolean; until?: number; forward?: boolean; deniedFrom?: number }

// "rejected Azerbaijan's claim that": the owner of the denied claim.
const POSSESSOR = /^(\p{Lu}[\p{L}\p{M}.' -]*?)['’]s$/u;
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*)*$/u;

/**
 * "denied claims by Armenia that …", "bác bỏ tuyên bố của Bộ Quốc phòng Armenia rằng …": the owner named after a
 * denied claim's noun ending at `from`, up to what opens the claim's clause.
 */
function ownerAfter(text: string, from: number, sentenceEnd: number, dates: DateSpan[], lex: LexiconIndex): string {
  const marker = lex.claimOwnerMarkers.startingAt(text, skipSpace(text, from), sentenceEnd);
  const claim = marker && lex.deniedClauseOpeners.findAll(text, marker.end, clauseEnd(text, marker.end, sentenceEnd))[0];
  return marker && claim ? named(text, { start: marker.end, end: claim.start }, dates, lex, false) : '';
}

/** The verb of saying at `verb` is one of changing a toll ("raised the toll", "nâng số"), whole. */
export const changesToll = (text: string, verb: Span, lex: LexiconIndex): boolean => lex.tollRevisions.startingAt(text, verb.start, verb.end)?.end === verb.end;

/** The verb stands first in its clause: after a comma or quote ("…, said X"), or first in the sentence. */
function opensClause(text: string, sentenceStart: number, verbStart: number): boolean {
  let pos = verbStart - 1;
  while (pos >= sentenceStart && isSpaceCode(text.charCodeAt(pos))) pos--;
  return pos < sentenceStart || BREAK_CHAR.test(text[pos] as string);
}

/**
 * Every attribution in a sentence, in order of where its verb or preposition stands. `numbers`: the sentence's number
 * phrases, which tell words that state a figure from words that name who speaks.
 */
export function findAttributions(text: string, sentenceStart: number, sentenceEnd: number, lex: LexiconIndex, dates: DateSpan[] = [], numbers: readonly Span[] = []): Attribution[] {
  const inside = dates.filter((d) => d.start < sentenceEnd && d.end > sentenceStart);
  const found: Attribution[] = [];
  const prepositions = [...lex.attributionBefore.findAll(text, sentenceStart, sentenceEnd), ...bySource(text, sentenceStart, sentenceEnd, lex)]
    .filter((p) => !inName(text, p)).sort((a, b) => a.start - b.start);
  // "theo số liệu do BBC tổng hợp", "according to figures the ministry released": a verb of putting out a count after the
  // name ends it.
  const governed = prepositions.map((p) => {
    const span = following(text, p.end, sentenceEnd, lex);
    // The verb may also open a predicate, and so end the words already.
    const verb = lex.publicationVerbs.findAll(text, span.start, span.end).find((v) => v.start > span.start) ??
      lex.publicationVerbs.startingAt(text, span.end, sentenceEnd);
    if (!verb) return span;
    return releasedBy(text, verb, sentenceEnd, inside, lex) ?? { start: span.start, end: Math.min(span.end, verb.start) };
  });
  // A verb inside the words that a preposition opening its clause governs is no attribution of its own: it ends the
  // name ("Theo Bộ Y tế cho biết, …"), or, as a source's noun that ends those words, belongs to it ("according to a UN
  // report, …"). After a subject, a preposition is cited by the verb's subject: "TASS dẫn lời giới chức … cho biết".
  const opening = prepositions.map((p) => opensClause(text, sentenceStart, p.start));
  const verbs: Span[] = [];
  const listed = lex.attributionAfter.findAll(text, sentenceStart, sentenceEnd);
  const setting = lex.settingVerbs.findAll(text, sentenceStart, sentenceEnd)
    .filter((v) => !listed.some((h) => h.start === v.start) && setsToll(text, v, sentenceEnd, lex, numbers));
  for (const hit of [...listed, ...setting].sort((a, b) => a.start - b.start)) {
    // "Casualty estimates range from …": a verb that ends a toll's words is its noun.
    if ((lex.cues.endingAt(text, hit.end, sentenceStart)?.start ?? hit.start) < hit.start) continue;
    // "UN figures show": the noun that opens the verb ends the name before it.
    const count = lex.sourceNouns.startingAt(text, hit.start, hit.end);
    const h = count && count.end < hit.end ? { ...hit, start: count.end } : hit;
    const i = governed.findIndex((span, j) => opening[j] && h.start > span.start && h.start < span.end);
    const span = governed[i];
    if (!span) { verbs.push(h); continue; }
    // "Theo Tổng cục Thống kê, …" (the General Statistics Office): a verb written with a capital after a word of the name.
    if (inName(text, h)) continue;
    // "…, according to UN estimates.": the sentence's closing stop ends the words too.
    const noun = lex.sourceNouns.startingAt(text, h.start, span.end)?.end === h.end && SENTENCE_CLOSE.test(text.slice(h.end, span.end));
    if (!noun) governed[i] = { start: span.start, end: Math.min(span.end, h.start) };
  }
  const cited = new Set<number>();
  const denials = lex.denials.findAll(text, sentenceStart, sentenceEnd);
  const deniedClauses = lex.deniedClauses.findAll(text, sentenceStart, sentenceEnd);
  for (const h of deniedClauses) found.push({ at: h.start, name: ownerAfter(text, h.end, sentenceEnd, inside, lex), denied: true, until: clauseEnd(text, h.end, sentenceEnd), deniedFrom: h.start });
  for (const h of verbs) {
    // "bác bỏ thông tin cho rằng 2.300 …": a verb that opens what a denial denies says nothing of its own.
    if (deniedClauses.some((d) => d.start <= h.start && text.slice(d.end, h.start).trim() === '')) continue;
    const from = Math.max(sentenceStart, h.start - LOOKBEHIND);
    // "denied reports that …", "rejected the reports", "bác bỏ thông tin": after a denial, a noun, whose owner may be named.
    let denial: (typeof denials)[number] | undefined;
    for (const d of denials) if (d.end <= h.start && d.end >= h.start - DENIED_NOUN_LOOKBEHIND) denial = d;
    if (denial) {
      const between = text.slice(denial.end, h.start).trim();
      // "denied Azerbaijani claims that", "rejected the Russian reports": a name before the noun is its owner too.
      const named = between.slice(lex.determiners.startingAt(between, 0)?.end ?? 0).trim();
      const owner = POSSESSOR.exec(named)?.[1] ?? (CAPITALISED_WORDS.test(named) ? named : named === '' ? ownerAfter(text, h.end, sentenceEnd, inside, lex) : '');
      if (named === '' || owner) {
        found.push({ at: h.start, name: owner, denied: true, until: clauseEnd(text, h.end, sentenceEnd), deniedFrom: denial.start });
        continue;
      }
    }
    const participle = lex.sayingParticiples.startingAt(text, h.start, h.end)?.end === h.end;
    if (participle && !markedSubject(text, sentenceStart, h.start, lex)) continue;
    // "claimed responsibility for the attack that killed 14": a deed claimed, no figure stated.
    if (lex.deedClaims.startingAt(text, h.start, sentenceEnd)) continue;
    // "an estimated 120,000", "dismissed the reports": the tail of a qualifier, a noun; no verb.
    if (insideQualifier(text, h, lex) || lex.determiners.endingAt(text, h.start, from)) continue;
    // "Hơn một nửa dân số khu vực, ước tính khoảng 75.000 người, đã …": a verb that opens its clause and the number
    // phrase both qualifies the number, and has no subject ("Bộ Y tế ước tính khoảng 300 người" has one).
    if (opensClause(text, sentenceStart, h.start) && numbers.some((n) => n.start === h.start)) continue;
    // "Ukraine's losses are estimated at 70,000": a passive verb's subject is the claim, and it names no speaker.
    if (lex.passiveAuxiliaries.endingAt(text, h.start, from)) continue;
    // "theo báo cáo của Bộ Y tế": a noun inside a longer attribution ('báo cáo', report), no verb of its own.
    if (prepositions.some((p) => p.start <= h.start && p.end >= h.end && p.end - p.start > h.end - h.start)) continue;
    // "The ministry did not confirm that …", "Bộ Quốc phòng chưa xác nhận …": a denied verb names no one.
    if (lex.negations.endingAt(text, h.start, from)) { found.push({ at: h.start, name: '' }); continue; }
    // "Twelve soldiers were killed, said Ali Hassan": first in its clause, a verb may have its speaker after it.
    if (opensClause(text, sentenceStart, h.start)) {
      const name = named(text, following(text, h.end, sentenceEnd, lex), inside, lex, false);
      if (name) found.push({ at: h.start, name, inverted: true });
    }
    const spans = preceding(text, sentenceStart, h.start, lex, numbers);
    if (!spans) continue;
    for (const span of spans) if (span.cites !== undefined) cited.add(span.cites);
    let name = '';
    let fresh = spans[0]?.fresh === true;
    for (const span of spans) {
      name = named(text, span, inside, lex, true);
      if (name) { fresh = span.fresh === true; break; }
    }
    const revision = changesToll(text, h, lex);
    // "Azerbaijani shelling raised the toll to 61", "Vụ pháo kích của Azerbaijan nâng số người chết lên 61": an event in
    // lower case ("the Armed Conflict Location & Event Data Project" is a name) changed the toll; it gives no figure.
    if (revision && lex.eventNouns.findAll(name).some((e) => LOWER_START.test(name.slice(e.start, e.end)))) name = '';
    // "The strike raised the toll to 50, the ministry said": what changed the toll is no one who gives it.
    if (!name && revision) continue;
    // A name that opens a statement of its own after a figure speaks for the figures after its verb only, as a participle
    // of saying does: "Nine people were killed, with rescuers saying the toll could rise" gives the nine no claimant.
    found.push(fresh || participle ? { at: h.start, end: h.end, name, forward: true } : { at: h.start, end: h.end, name });
  }
  // After its verb ("according to X") a name is looked for, and words that name no one are passed over. A verb
  // read both ways ('said') was read above: after it only when it opens its clause, as "The ministry said Armenian
  // forces shelled Tartar" does not name Armenian forces.
  const verbEnds = new Set(verbs.map((h) => h.end));
  for (const [i, h] of prepositions.entries()) {
    // "Interfax quoted a ministry spokesman, Igor Konashenkov, as saying": the verb's subject has named whom it cites.
    if (verbEnds.has(h.end) || cited.has(h.start)) continue;
    const span = governed[i] as Span;
    // "according to figures released by the ministry": the name is the inner attribution's.
    if (prepositions.some((p) => p.start >= span.start && p.start < span.end)) continue;
    const name = named(text, span, inside, lex, false);
    if (name) found.push({ at: h.start, name });
  }
  // One word read both ways ("16 were killed, said Ali Hassan"): the reading that names someone. Of two that do,
  // the inverted one first, for the figures before the verb; the other serves those after it.
  found.sort((a, b) => a.at - b.at || Number(a.name === '') - Number(b.name === '') || Number(!a.inverted) - Number(!b.inverted));
  return found.filter((a, i) => a.name !== '' || found[i - 1]?.at !== a.at);
}

/**
 * The attribution that gives a figure its claimant: the nearest before it in its sentence ("the army said 12 …,
 * while rebel commanders claimed dozens"), else the first after it ("… killed 45, the ministry said").
 * One that names no one names no one for the figure either: in "The army says it killed 120 militants,
 * while the militants claim 40 soldiers", the 40 is not the army's.
 * `cue` is where the figure's own casualty verb starts, if it stands right before it: a verb that is
 * both ("The Battle of Shusha claimed 400 lives", "The war has claimed the lives of 5,000") is read as the casualty
 * verb, not as an attribution.
 */
export function attributionAt(attributions: readonly Attribution[], at: number, cue: number | null = null): Attribution | undefined {
  let before: Attribution | undefined;
  // A denial reaches the end of its clause only: "The ministry dismissed the reports, saying only 12 …" denies no 12.
  // "A UN report estimated about 100,000": a verb of estimating that opens the number's phrase is before the figure too.
  // "The war has claimed 5,000 lives": the cue may start inside the verb's words.
  // A participle's subject is marked as a speaker's ("with the army claiming 35 militants among them"): no cue's.
  for (const a of attributions) if (a.at <= at && !(cue !== null && !a.forward && a.at <= cue && cue < (a.end ?? a.at + 1)) && (a.until === undefined || at < a.until)) before = a;
  return before ?? attributions.find((a) => a.at >= at && !a.denied && !a.forward);
}
