// Documents are read in batches, step by step across each batch: reading many at once must give each
// document exactly what reading it alone gives, in the order given, across batch boundaries.
import { describe, expect, it } from 'vitest';
import { readDocument, readDocuments } from '../../pipeline/extract/read-document.ts';
import { languageFor } from '../../pipeline/languages/index.ts';
import type { ConflictRow, Document } from '../../pipeline/schemas.ts';
import { extract } from '../../pipeline/stages/extract.ts';
import { corpusEn } from './corpus-en.ts';
import { corpusVi } from './corpus-vi.ts';
import { PARTIES } from './read-text.ts';

const CONFLICTS: ConflictRow[] = [{ id: 'test', name: 'Test conflict', aliases: ['Nagorno-Karabakh', 'Thượng Karabakh', 'Ukraine'] }];

// Paragraphs of corpus sentences, in both languages: 150 documents, so more than two batches.
const documents: Document[] = Array.from({ length: 150 }, (_, n) => {
  const language = n % 3 === 0 ? 'en' : 'vi';
  const pool = language === 'en' ? corpusEn : corpusVi;
  const text = [0, 1, 2, 3].map((k) => pool[(7 * n + 13 * k) % pool.length]!.text).join(n % 4 === 0 ? '\n' : ' ');
  return { source_id: `doc-${n}`, registry_line: n + 2, path: `articles/${n}.txt`, language, published_at: n % 2 ? '2020-10-21' : '2022-03-01', conflict: '', text };
});

describe('readDocuments', () => {
  it('gives each document what reading it alone gives, in order', () => {
    const together = readDocuments(documents.map((doc) => ({ doc, lang: languageFor(doc.language)! })), CONFLICTS, PARTIES);
    const alone = documents.map((doc) => readDocument(doc, languageFor(doc.language)!, CONFLICTS, PARTIES));
    expect(together).toHaveLength(documents.length);
    expect(together.reduce((n, r) => n + r.mentions.length, 0)).toBeGreaterThan(300);
    expect(together).toEqual(alone);
    expect(together.map((r) => r.mentions[0]?.source_id ?? null).filter(Boolean)).toEqual(
      documents.filter((_d, i) => (alone[i]?.mentions.length ?? 0) > 0).map((d) => d.source_id));
  });

  it('keeps the registry order of documents when one has no language module', () => {
    const [first, second, third] = [documents[0]!, { ...documents[1]!, source_id: 'unread', language: 'xx' }, { ...documents[4]!, text: `${documents[4]!.text} Since 31/9, 12 people died.` }];
    const out = extract({ documents: [first, second, third], conflicts: CONFLICTS, parties: PARTIES });
    const [a, c] = [first, third].map((doc) => readDocument(doc, languageFor(doc.language)!, CONFLICTS, PARTIES));
    expect(c!.findings.map((f) => f.code)).toContain('malformed_date');
    expect(out.findings.map((f) => `${f.source_id} ${f.code}`)).toEqual([
      ...a!.findings.map((f) => `${f.source_id} ${f.code}`), 'unread language_unsupported', ...c!.findings.map((f) => `${f.source_id} ${f.code}`),
    ]);
    expect(out.mentions).toEqual([...a!.mentions, ...c!.mentions]);
  });

  it('hands the collection\'s events to the reading: "since the fighting began" starts at the war_start event', () => {
    const doc: Document = { source_id: 'outbreak', registry_line: 2, path: 'articles/outbreak.txt', language: 'en', published_at: '2020-10-12', conflict: 'test',
      text: 'Since the fighting began, 710 Armenian soldiers have died.' };
    const events = [{ conflict: 'test', date: '2020-09-27', label: 'Fighting begins', kind: 'war_start' }];
    const [withEvents] = extract({ documents: [doc], conflicts: CONFLICTS, parties: PARTIES, events }).mentions;
    const [without] = extract({ documents: [doc], conflicts: CONFLICTS, parties: PARTIES }).mentions;
    expect([withEvents?.period_start, withEvents?.flags]).toEqual(['2020-09-27', ['period_from_events']]);
    expect(without?.period_start).toBe('');
  });
});
