// Every quote, value_text, line and column points back into the document exactly: a reader must be
// able to find the words a figure came from.
import { describe, expect, it } from 'vitest';
import { corpusEn } from './corpus-en.ts';
import { corpusVi } from './corpus-vi.ts';
import { readText } from './read-text.ts';

const documents: [string, string][] = [
  ['vi', corpusVi.map((r) => r.text).join(' ')],
  ['en', corpusEn.map((r, i) => (i % 5 === 4 ? `${r.text}\n` : `${r.text} `)).join('')],
  ['en', '🚑 Medics said 21 bodies had been brought in.\r\n\tThe death toll rose to 59 , officials said.'],
  // A line break ends a sentence, so a qualifier before it is not the next sentence's figure's.
  ['en', 'Police said at least\n31 people were killed and about\n40 wounded.'],
  ['vi', 'Cảnh sát cho biết ít nhất\n12 người thiệt mạng.'],
];

describe('quote offsets', () => {
  it.each(documents)('%s document: every mention slices back out of the text', (code, text) => {
    const { mentions } = readText(text, code);
    expect(mentions.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    for (const m of mentions) {
      expect(text.slice(m.quote_start, m.quote_end)).toBe(m.quote);
      expect(m.quote).toContain(m.value_text);
      const line = lines[m.line - 1] ?? '';
      expect([...line].slice(m.column - 1).join('').startsWith(m.value_text)).toBe(true);
    }
  });
});
