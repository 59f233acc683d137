// PhraseSet: whole-word, case-insensitive, longest-first phrase matching, forwards and backwards.
import { describe, expect, it } from 'vitest';
import { scanner } from '../../pipeline/extract/phrase-scanner.ts';
import { PhraseSet } from '../../pipeline/extract/phrases.ts';

const set = PhraseSet.mapped({ 'hàng chục': 'tens', 'hàng chục nghìn': 'tens_k', killed: 'k', 'killed or wounded': 'kw', '-': 'dash', ', if not': 'if_not' });
type Hit = [string, string] | null;
const hit = (h: { text: string; tag: string } | null): Hit => (h ? [h.text, h.tag] : null);

describe('PhraseSet.startingAt', () => {
  const rows: [string, number, Hit][] = [
    ['hàng chục nghìn người', 0, ['hàng chục nghìn', 'tens_k']],
    ['Hàng Chục người', 0, ['Hàng Chục', 'tens']],
    ['  killed  or\twounded.', 0, ['killed  or\twounded', 'kw']],
    ['killed or injured', 0, ['killed', 'k']],
    ['skilled workers', 1, null], // never inside a word
    ['killedx', 0, null],
    ['20,000-30,000', 6, ['-', 'dash']],
    ['hundreds, if not thousands', 8, [', if not', 'if_not']],
    ['nothing here', 0, null],
  ];
  it.each(rows)('%j at %i', (text, from, expected) => expect(hit(set.startingAt(text, from))).toEqual(expected));

  it('stops at `to`, but never inside a word', () => {
    expect(set.startingAt('killed or wounded', 0, 10)).toMatchObject({ text: 'killed' });
    expect(set.startingAt('killed', 0, 3)).toMatchObject({ text: 'killed' });
  });
});

describe('PhraseSet.endingAt', () => {
  const rows: [string, number, Hit][] = [
    ['khiến hàng chục nghìn ', 22, ['hàng chục nghìn', 'tens_k']],
    ['were killed', 11, ['killed', 'k']],
    ['were killed or wounded', 22, ['killed or wounded', 'kw']],
    ['unskilled', 9, null],
    ['20,000-', 7, ['-', 'dash']],
  ];
  it.each(rows)('%j ending at %i', (text, to, expected) => expect(hit(set.endingAt(text, to))).toEqual(expected));

  it('looks no further back than `from` (widened to a word start)', () => {
    expect(set.endingAt('were killed or wounded', 22, 12)).toBeNull();
    expect(set.endingAt('were killed or wounded', 22, 7)).toMatchObject({ text: 'killed or wounded' });
  });
});

describe('PhraseSet.findAll and next', () => {
  it('finds every whole-word occurrence in a range, longest first', () => {
    const text = 'Skilled men killed; hàng chục nghìn fled, hàng chục killed or wounded.';
    expect(set.findAll(text).map((h) => h.text)).toEqual(['killed', 'hàng chục nghìn', 'hàng chục', 'killed or wounded']);
    expect(set.findAll(text, 20, 50).map((h) => h.text)).toEqual(['hàng chục nghìn', 'hàng chục']);
  });

  it('scans a whole text for the next phrase, across irregular spacing too', () => {
    expect(set.next('Many were  killed\u00a0or wounded', 0)).toMatchObject({ start: 11, text: 'killed\u00a0or wounded', tag: 'kw' });
    expect(set.next('skilled, unkilled', 0)).toBeNull();
  });
});

describe('scanner', () => {
  // 2,000 phrases that open with four pairs of words: past 20 KB of pattern V8 stops optimising a regex.
  const phrases = ['raised', 'revised'].flatMap((verb) => ['the', 'its'].flatMap((det) => Array.from({ length: 500 }, (_, i) => `${verb} ${det} toll number ${i}`)));

  it("is an alternation of the phrases' openings, however many phrases share them", () => {
    expect(scanner(phrases, false).source.length).toBeLessThan(100);
  });

  it('leaves the trie to decide: a long set finds each whole phrase', () => {
    const text = 'They raised the toll number 417 and revised its toll number 3, then raised the alarm.';
    expect(PhraseSet.of(phrases).findAll(text).map((h) => h.text)).toEqual(['raised the toll number 417', 'revised its toll number 3']);
  });
});
