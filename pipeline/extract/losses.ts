// Losses told of a party: who lost the dead a loss verb counts ("Armenia lost 3,825 soldiers"), whether the loser is
// the speaker's enemy, and a party's loss or claim told in the words of the one before it ("…, Azerbaijan 2,906") or
// set against it ("…, compared with 2,906 for Azerbaijan").
import { possessiveBefore, SET_OFF_CLOSERS, skipSpace, skipSpaceBack } from '../languages/chars.ts';
import type { Population } from '../schemas.ts';
import type { ReadingContext } from './casualty-reading.ts';
import { linksFigures, onlyJoins, type Figure } from './coordination.ts';
import type { PhraseHit } from './phrases.ts';

/** The verb of loss that ends at `at`, right before a number ("Armenia lost 3,825"). */
export const lossVerbAt = (at: number, { text, lex, sentenceStart }: ReadingContext): PhraseHit<true> | null => lex.lossVerbs.endingAt(text, at, sentenceStart);

/** The victims' noun that ends the loss's subject, right before its verb ("Russian troops suffered"). */
const subjectVictims = (verb: { start: number }, { text, lex, sentenceStart }: ReadingContext): PhraseHit<Population> | null =>
  lex.victims.endingAt(text, verb.start, sentenceStart);

/**
 * "Armenia lost 3,825 soldiers", "Nga mất 300 xe tăng và 5.000 binh sĩ", "Armenian forces lost 300 soldiers": the
 * parties whose loss ends at `at`, named right before the verb or before the force it speaks of ('forces', 'army',
 * 'troops', 'the Armenian side'); more than one when only conjunctions join them ("Armenia and Azerbaijan lost").
 */
export function losersAt(at: number, ctx: ReadingContext): string[] {
  const { text, lex, parties, sentenceStart } = ctx;
  const found = lossVerbAt(at, ctx);
  if (!found) return [];
  // "Armenia and Azerbaijan together lost": the subject before the word that joins it.
  const verb = lex.jointly.endingAt(text, found.start, sentenceStart) ?? found;
  const force = lex.institutionNouns.endingAt(text, verb.start, sentenceStart) ?? military(subjectVictims(verb, ctx)) ??
    lex.sideNouns.endingAt(text, verb.start, sentenceStart);
  const party = parties.endingAt(text, verb.start, sentenceStart) ?? (force ? parties.endingAt(text, force.start, sentenceStart) : null);
  // "Theo Azerbaijan đã có 200 binh sĩ thiệt mạng": a party after 'according to' speaks; it lost nothing. After a verb
  // of saying it is the subject of the loss: "Azerbaijan said Armenia had lost 200 soldiers".
  const governed = (p: { start: number }) => lex.attributionBefore.endingAt(text, p.start, sentenceStart) && !lex.attributionAfter.endingAt(text, p.start, sentenceStart);
  const losers = [];
  for (let p = party; p && !governed(p); ) {
    losers.unshift(p.tag);
    const before = parties.findAll(text, sentenceStart, p.start).at(-1);
    // "300 binh sĩ Nga và Ukraine mất 200 binh sĩ": a party after its victims' noun is theirs, not a loser.
    const listed = before && before.tag !== p.tag && onlyJoins(text.slice(before.end, p.start).trim(), lex);
    p = listed && !lex.victims.endingAt(text, before.start, sentenceStart) ? before : null;
  }
  return losers;
}

/**
 * Whether the loss `verb` right before the number `q` is one of the two sides as one ('both': "The two sides lost 6,700
 * soldiers", "Both sides lost a combined 6,700") or one of each ('each': "Both sides lost thousands of soldiers").
 */
export function sidesOfLoss(verb: { start: number }, q: { start: number; end: number }, { text, lex, sentenceStart }: ReadingContext): 'each' | 'both' | null {
  const joint = lex.jointly.endingAt(text, verb.start, sentenceStart);
  const subject = lex.sidesAsSubject.endingAt(text, joint?.start ?? verb.start, sentenceStart);
  if (!subject) return null;
  return subject.tag === 'each' && !joint && lex.jointly.findAll(text, q.start, q.end).length === 0 ? 'each' : 'both';
}

/** "Russian troops suffered 300 dead", "Civilians have suffered 300 casualties": the victims that the loss's subject names. */
export function loserVictims(at: number, ctx: ReadingContext): Population | null {
  const verb = lossVerbAt(at, ctx);
  return verb ? subjectVictims(verb, ctx)?.tag ?? null : null;
}

/** "The enemy lost 300 soldiers": the loss that ends at `at` is the speaker's enemy's. */
export function enemyLossAt(at: number, ctx: ReadingContext): boolean {
  const verb = lossVerbAt(at, ctx);
  return verb !== null && ctx.lex.enemySide.endingAt(ctx.text, verb.start, ctx.sentenceStart) !== null;
}

/**
 * "lost about 600,000 troops, including dead and wounded", "mất 600.000 quân (cả chết lẫn bị thương)": an aside right
 * after a loss's victims (at `reach`) that names casualties, and nothing else, says the loss counts them, not the dead alone.
 */
export function lossCountsCasualties(reach: number, { text, lex, sentenceEnd }: ReadingContext): boolean {
  const open = skipSpace(text, reach, sentenceEnd);
  if (!((text[open] ?? '') in SET_OFF_CLOSERS)) return false;
  const lead = skipSpace(text, open + 1, sentenceEnd);
  const harms = lex.measures.startingAt(text, skipSpace(text, lex.lossHarms.startingAt(text, lead, sentenceEnd)?.end ?? lead, sentenceEnd), sentenceEnd);
  if (harms?.tag !== 'casualties') return false;
  const close = skipSpace(text, harms.end, sentenceEnd);
  return close >= sentenceEnd || /[,;.)—–]/.test(text[close] ?? '');
}

const military = <T extends { tag: Population }>(hit: T | null): T | null => (hit?.tag === 'military' ? hit : null);

/**
 * "Armenia lost 3,825 soldiers, Azerbaijan 2,906", "…, while Azerbaijan lost about 2,900", "Armenia mất 2.425 binh sĩ,
 * Azerbaijan 2.783": a second party's loss told in the words of the first's, its verb repeated or left out, counts the
 * same victims, the second party's own. Only after a loss whose one loser was named as its subject: after "Armenia
 * said it lost 3,825 soldiers, Azerbaijan 2,906" the second party may be a second speaker. `cueStart`: where the
 * repeated verb starts, null when it was left out.
 */
export function parallelLoss(at: number, ctx: ReadingContext, previous: Figure | null): { side: string; cueStart: number | null } | null {
  if (previous?.start === undefined) return null;
  // The words right before the number first: most numbers have no party there, and the loss before is not looked for.
  const verb = ctx.lex.lossVerbs.endingAt(ctx.text, at, previous.reach);
  // "Phía Armenia mất 3.825 binh sĩ, còn phía Azerbaijan là 2.906": a copula may stand for the verb left out.
  const copula = verb ? null : ctx.lex.copulas.endingAt(ctx.text, at, previous.reach);
  const party = joinedParty(verb?.start ?? copula?.start ?? at, previous.reach, ctx);
  if (!party) return null;
  const first = losersAt(previous.start, ctx);
  return first.length === 1 && party.tag !== first[0] ? { side: party.tag, cueStart: verb?.start ?? null } : null;
}

/**
 * "Azerbaijan's losses stand at 2,906, while Armenia's are 3,825", "Armenia's military death toll is 3,825, Azerbaijan's
 * 2,906", "Thiệt hại của Azerbaijan là 2.906 người, còn của Armenia là 3.825 người": a second party's possessive, or the
 * party after words that open a side's toll, with the toll's noun left out, a toll's link after it or none, counts what
 * the party's toll before counts, of the second party; '' when there is none.
 */
export function parallelToll(at: number, ctx: ReadingContext, previous: Figure | null): string {
  if (!previous || !previous.reading.cumulative || previous.reading.side === '') return '';
  const { text, lex, parties } = ctx;
  const link = lex.tollLinks.endingAt(text, at, previous.reach);
  const possessor = possessiveBefore(text, link?.start ?? at, previous.reach);
  const party = parties.endingAt(text, possessor >= 0 ? possessor : link?.start ?? at, previous.reach);
  // "…, còn của Armenia là 3.825", "…, and for Azerbaijan 2,906": else words that open a side's toll before the party.
  const opener = party && possessor < 0 ? lex.tollSideOpeners.endingAt(text, party.start, previous.reach) : null;
  if (!party || party.tag === previous.reading.side || (possessor < 0 && !opener)) return '';
  const gap = text.slice(previous.reach, opener?.start ?? party.start).trim();
  return linksFigures(gap, lex) ? party.tag : '';
}

/**
 * "Armenia reported 3,825 military deaths and Azerbaijan 2,906", "Armenia said 3,825 soldiers were killed, Azerbaijan
 * 2,906": a second party's claim told in the words of the first's, its verb of saying left out, is a claim of the same
 * quantity by the second party, who is `speaker`. Only after a claim whose one speaker, a party, was the subject of its
 * verb of saying; the figure's side is the second party when the first figure's was the first party.
 */
export function parallelClaim(at: number, ctx: ReadingContext, previous: Figure | null): { side: string; speaker: { start: number; end: number } } | null {
  if (previous?.start === undefined) return null;
  const { text, lex, parties, sentenceStart } = ctx;
  // "3,825 military deaths and …", "3,825 soldiers were killed and …": the first figure's words run to its cue.
  const from = Math.max(previous.reach, previous.cueEnd ?? 0);
  // "Armenia put its death toll at 3,825, Azerbaijan at 2,906", "… là 3.825, Azerbaijan là 2.906": the link before the
  // first number, repeated before this one, stands for the words left out.
  const link = lex.tollLinks.endingAt(text, at, from);
  const repeated = link !== null && lex.tollLinks.endingAt(text, previous.start, sentenceStart)?.text.toLowerCase() === link.text.toLowerCase();
  const party = joinedParty(repeated ? link.start : at, from, ctx);
  if (!party) return null;
  const verb = lex.attributionAfter.findAll(text, sentenceStart, previous.start).at(-1);
  const first = verb ? parties.endingAt(text, verb.start, sentenceStart) : null;
  if (!first || first.tag === party.tag) return null;
  const side = previous.reading.side === first.tag ? party.tag : previous.reading.side === '' ? '' : null;
  return side === null ? null : { side, speaker: { start: party.start, end: party.end } };
}

/**
 * The party named right before `end` that only a comma, a semicolon, a conjunction or a clause's joiner sets apart from
 * `from`. It may be named as a side ("…, the Azerbaijani side 2,906"), as whose figure it is ("…, while the figure for
 * Azerbaijan was 2,906"), and a comma or a copula may stand for the verb left out ("…; Azerbaijan, 2,906", "…, còn
 * Azerbaijan là 2.906").
 */
function joinedParty(end: number, from: number, { text, lex, parties }: ReadingContext): PhraseHit<string> | null {
  const before = skipSpaceBack(text, end, from);
  const at = text[before - 1] === ',' ? before - 1 : end;
  // "…, while for Azerbaijan the figure was 2,906": the words for the figure may follow the party.
  const figure = lex.figureReferences.endingAt(text, at, from);
  const side = lex.sideNouns.endingAt(text, figure?.start ?? at, from);
  const party = parties.endingAt(text, side?.start ?? figure?.start ?? at, from);
  if (!party) return null;
  // "…, còn ở phía Azerbaijan là 2.906", "…, and on the Azerbaijani side 2,906", "…, trong khi con số của Azerbaijan
  // là 2.906": the words that open a side's toll, after the words for the figure or not.
  const opener = lex.tollSideOpeners.endingAt(text, party.start, from);
  const start = opener ? lex.figureReferences.endingAt(text, opener.start, from)?.start ?? opener.start
    : side ? lex.determiners.endingAt(text, party.start, from)?.start ?? party.start : party.start;
  const gap = text.slice(from, start).trim().replace(/^;/, ',');
  return linksFigures(gap, lex) ? party : null;
}

/**
 * "Armenia lost 3,825 soldiers, compared with 2,906 for Azerbaijan", "…, against Azerbaijan's 2,906", "…, so với 2.906
 * của Azerbaijan": a number set against the figure before it, after a comma, counts what that figure counts, of another
 * party: the one whose possessive stands before the number, else `named`, the one named with its words, else one named
 * right after them (`reach`), alone or after a side's opener. None when no other party is named: "compared with 2,906 a
 * year earlier" may be a former value.
 */
export function comparedSide(at: number, reach: number, named: string, ctx: ReadingContext, previous: Figure | null): string {
  if (previous?.start === undefined) return '';
  const { text, lex, parties, sentenceEnd } = ctx;
  const from = Math.max(previous.reach, previous.cueEnd ?? 0);
  const possessor = possessiveBefore(text, at, from);
  const owner = possessor >= 0 ? parties.endingAt(text, possessor, from) : null;
  const phrase = lex.comparisons.endingAt(text, owner?.start ?? at, from);
  if (!phrase || !/^\s*[,;]\s*$/.test(text.slice(from, phrase.start))) return '';
  const next = skipSpace(text, reach, sentenceEnd);
  const after = named ? null : parties.startingAt(text, skipSpace(text, lex.tollSideOpeners.startingAt(text, next, sentenceEnd)?.end ?? next), sentenceEnd);
  const side = owner?.tag ?? (named || after?.tag) ?? '';
  return side !== previous.reading.side ? side : '';
}
