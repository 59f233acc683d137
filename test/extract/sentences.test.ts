// Sentence spans: quotes are sliced out of the document by these offsets.
import { describe, expect, it } from 'vitest';
import { en } from '../../pipeline/languages/en/index.ts';
import { vi } from '../../pipeline/languages/vi/index.ts';
import { paragraphAt, sentences } from '../../pipeline/extract/sentences.ts';

const split = (text: string, abbreviations: readonly string[]) => sentences(text, abbreviations).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  const rows: [string, readonly string[], string[]][] = [
    ['Fighting resumed. Dozens were killed.', en.lexicon.abbreviations, ['Fighting resumed.', 'Dozens were killed.']],
    ['Gen. Smith said 1.5 million fled. "It is grim," he said.', en.lexicon.abbreviations, ['Gen. Smith said 1.5 million fled.', '"It is grim," he said.']],
    ['Since Sept. 27, 874 died. J. Smith agreed.', en.lexicon.abbreviations, ['Since Sept. 27, 874 died.', 'J. Smith agreed.']],
    ['Ngày 17.10, 5 người chết. TP. Hồ Chí Minh yên bình.', vi.lexicon.abbreviations, ['Ngày 17.10, 5 người chết.', 'TP. Hồ Chí Minh yên bình.']],
    ['a line\nanother line ', vi.lexicon.abbreviations, ['a line', 'another line']],
    ['what? no. yes! Done', en.lexicon.abbreviations, ['what? no. yes!', 'Done']],
    // A sentence may open with a digit; an abbreviation before a number still ends nothing.
    ['Người dân cho biết họ đã rời đi. 40.000 cư dân đã được sơ tán.', vi.lexicon.abbreviations, ['Người dân cho biết họ đã rời đi.', '40.000 cư dân đã được sơ tán.']],
    ['The war ended on Nov. 10. 2,783 soldiers died. Hospital No. 3 took 40.', en.lexicon.abbreviations, ['The war ended on Nov. 10.', '2,783 soldiers died.', 'Hospital No. 3 took 40.']],
    // A wire dateline that opens a paragraph is no part of its first sentence; a capitalised name before a dash is.
    ['YEREVAN (Reuters) - Armenia said 12 died.\nBAKU, Azerbaijan (AP) — Baku said 3 died.', en.lexicon.abbreviations, ['Armenia said 12 died.', 'Baku said 3 died.']],
    ['(Dân trí) - Bộ Quốc phòng cho biết 12 người chết. TTO - không phải dòng đầu.', vi.lexicon.abbreviations, ['Bộ Quốc phòng cho biết 12 người chết.', 'TTO - không phải dòng đầu.']],
    ['Armenia - the country - said 12 died.', en.lexicon.abbreviations, ['Armenia - the country - said 12 died.']],
  ];
  it.each(rows)('%j', (text, abbreviations, expected) => expect(split(text, abbreviations)).toEqual(expected));

  // A full stop inside a date the date grammar found ("6 p.m. Tuesday") ends no sentence; one outside a date still does.
  it.each([
    ['Twelve died at 6 p.m. Tuesday, officials said.', ['Twelve died at 6 p.m. Tuesday, officials said.']],
    ['As of 6 p.m. Oct. 20, the toll was 1,000. Officials agreed.', ['As of 6 p.m. Oct. 20, the toll was 1,000.', 'Officials agreed.']],
    ['The blast came at 6 p.m. Rescuers found 12 bodies.', ['The blast came at 6 p.m.', 'Rescuers found 12 bodies.']],
  ])('%j with its dates', (text, expected) => {
    const dates = en.dates.scan(text, '2020-10-21');
    expect(sentences(text, en.lexicon.abbreviations, 0, text.length, dates).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('splits a paragraph on its own exactly as within the whole text', () => {
    const text = 'First one. Second one.\nThird one. Fourth one.';
    const p = paragraphAt(text, 30);
    expect(text.slice(p.start, p.end)).toBe('Third one. Fourth one.');
    expect(sentences(text, [], p.start, p.end)).toEqual(sentences(text, []).slice(2));
  });
});
