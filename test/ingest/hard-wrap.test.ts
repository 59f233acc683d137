// A file wrapped at a fixed width splits sentences at its line breaks: it is reported with the first
// break that falls inside a sentence; a file with one paragraph per line is not.
import { describe, expect, it } from 'vitest';
import { hardWrapFinding } from '../../pipeline/ingest/hard-wrap.ts';

const wrapped = [
  'The Health Ministry said on Tuesday that at least',
  '31 people had been killed and more than 100 wounded in',
  'the strikes, which hit three districts of the city.',
  '',
  'Officials said rescue work was continuing.',
].join('\n');

describe('hardWrapFinding', () => {
  it('reports a wrapped file at its first break inside a sentence, with what to do', () => {
    const f = hardWrapFinding(wrapped, 'articles/wrapped.txt', 'wrapped');
    expect(f).toMatchObject({ file: 'articles/wrapped.txt', line: 1, source_id: 'wrapped', outcome: 'flagged', code: 'text_hard_wrapped' });
    expect(f?.message).toContain('2 of 2 line breaks fall inside a sentence');
    expect(f?.message).toContain('(line 1: "…said on Tuesday that at least" / "31 people had been killed and…")');
    expect(f?.fix).toMatch(/one line/);
  });

  it('reports wrapped Vietnamese too', () => {
    const vi = 'Giao tranh đã khiến ít nhất\n45 dân thường thiệt mạng và hơn 200 người\nbị thương, Bộ Y tế cho biết.';
    expect(hardWrapFinding(vi, 'a.txt', 'a')?.line).toBe(1);
  });

  it('leaves alone one paragraph per line, headlines and lists', () => {
    const paragraphs = 'Armenia says 874 soldiers killed\nThe defence ministry said on Thursday that 874 servicemen had died.\n' +
      'Azerbaijan has not given its losses.\n\n- 12 civilians\n- 3 soldiers';
    expect(hardWrapFinding(paragraphs, 'a.txt', 'a')).toBeNull();
  });

  it('leaves alone a single stray break', () => {
    const one = 'At least 16 people were killed,\nofficials said. The toll rose to 59 on Monday.\nRescue work went on.\nAid arrived.\nTalks resumed.';
    expect(hardWrapFinding(one, 'a.txt', 'a')).toBeNull();
  });
});
