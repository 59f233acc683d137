// datapackage.json: a Frictionless Data Package (v2) describing every table publish writes, so a
// consumer (frictionless, a notebook, a data portal) gets types, keys, licences and checksums without
// reading our code. Fields come from the zod contracts; bytes and hashes from the exact bytes written.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Claim, SourceRow } from '../schemas.ts';
import { TABLES, type TableOutput } from './outputs.ts';
import { RuleRow } from './rules-table.ts';
import { NEUTRALISED_NOTE } from './safe-csv.ts';
import { tableSchema, type ForeignKey, type Keys } from './table-schema.ts';

const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
const DIALECT = { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', header: true, delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true };

const fk = (field: string, resource: string, target: string): ForeignKey => ({ fields: [field], reference: { resource, fields: [target] } });

/** Keys by resource name. An estimate is identified by its quantity and the date it describes. */
const KEYS: Record<string, Keys> = {
  claims: { primaryKey: ['claim_id'], foreignKeys: [fk('source_id', 'sources', 'id'), fk('rule', 'rules', 'rule')] },
  estimates: { primaryKey: ['conflict', 'measure', 'population', 'side', 'period_start', 'period_end', 'as_of'] },
  rules: { primaryKey: ['rule'] },
  sources: { primaryKey: ['id'] },
  series: { foreignKeys: [fk('claim_id', 'claims', 'claim_id')] },
};

export const DATA_LICENCE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Data: Creative Commons Attribution 4.0, for this compilation (see the description)' };
const DATA_TERMS = 'The figures are facts, and the quotations are reproduced, with attribution, from the publishers cited in each row (publisher, url); the quoted words remain theirs. This compilation of them (the selection, the intervals and the reconciled estimates) is licensed CC BY 4.0.';

function codeLicence() {
  const { license } = createRequire(import.meta.url)('../../package.json') as { license: string };
  return { name: license, path: `https://spdx.org/licenses/${license}.html`, title: `Code: ${license} (package.json), for the pipeline that made these files and the report page's own scripts; vendor/ holds vega, vega-lite and vega-embed, each with its licence` };
}

/** The registry's sources, cited as "title — publisher, date"; a path only where it is a web address. */
function citations(sources: readonly SourceRow[]) {
  return [...sources].sort((a, b) => a.id.localeCompare(b.id)).map((s) => ({
    title: [s.title || s.id, [s.publisher, s.published_at].filter(Boolean).join(', ')].filter(Boolean).join(' — '),
    ...(/^https?:\/\/\S+$/i.test(s.url) ? { path: s.url } : {}),
  }));
}

const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content);

export function dataPackage(files: ReadonlyMap<string, string | Uint8Array>, sources: readonly SourceRow[], claims: readonly Claim[]): string {
  const resources = TABLES.map((t) => {
    const content = files.get(t.file);
    const contract = t.schema;
    if (content === undefined) throw new Error(`${t.file} is declared in outputs.ts but was not written`);
    const bytes = bytesOf(content);
    const name = t.file.replace(/\.csv$/, '');
    return {
      name, type: 'table', path: t.file, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      description: `${t.grain[0]?.toUpperCase() ?? ''}${t.grain.slice(1)}. ${NEUTRALISED_NOTE}`,
      bytes: bytes.byteLength,
      hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      dialect: DIALECT,
      licenses: [DATA_LICENCE],
      schema: tableSchema(contract, KEYS[name]),
    };
  });
  const conflicts = [...new Set(claims.map((c) => c.conflict).filter(Boolean))].sort();
  const about = conflicts.length ? ` Conflicts covered: ${conflicts.join(', ')}.` : '';
  const descriptor = {
    $schema: PROFILE,
    name: 'reported-casualty-figures',
    title: 'Reported casualty figures, each with its source, quote and interval, and reconciled estimates',
    description: `Every casualty figure found in the sources, as an interval (low, best, high) made by a published rule, with the words it came from; and the estimates reconciled from them.${about}\n\n${DATA_TERMS}`,
    licenses: [DATA_LICENCE, codeLicence()],
    sources: citations(sources),
    resources,
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
