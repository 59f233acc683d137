// Claimant names as texts write them. One body is written many ways ("Azerbaijan's Defence Ministry", "the
// Azerbaijan Defence Ministry"), so names are compared by a key that ignores case, a leading article and a
// possessive. Two rows of claimants.csv must not share a key, or a claim could not tell whose it is.
import type { ClaimantRow, Finding } from '../schemas.ts';
import { finding } from './finding.ts';
import type { Located } from './validate-rows.ts';

/** The key two spellings of one name share. */
export function claimantKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").replace(/'s?(?=\s|$)/g, '')
    .replace(/[\s.,]+/g, ' ').trim().replace(/^the /, '');
}

/** The rows with every name whose key an earlier row already has taken out of their aliases, and a finding for each. */
export function distinctClaimantNames(rows: Located<ClaimantRow>[], file: string): { rows: Located<ClaimantRow>[]; findings: Finding[] } {
  const owner = new Map<string, ClaimantRow>();
  const findings: Finding[] = [];
  const out = rows.map(({ line, row }) => {
    const report = (name: string, other: ClaimantRow) => findings.push(finding({
      file, line, column: null, outcome: 'repaired', code: 'claimant_name_ambiguous',
      message: `"${name}", a name of ${row.claimant} on this line, already names ${other.claimant} on an earlier line; it is read as ${other.claimant}`,
      fix: `Take "${name}" out of one of the two rows, or merge them if they are one claimant.`,
    }));
    const taken = owner.get(claimantKey(row.claimant));
    if (taken && taken !== row) report(row.claimant, taken);
    else owner.set(claimantKey(row.claimant), row);
    const aliases = row.aliases.filter((a) => {
      const other = owner.get(claimantKey(a));
      if (other && other !== row) { report(a, other); return false; }
      owner.set(claimantKey(a), row);
      return true;
    });
    return { line, row: { ...row, aliases } };
  });
  return { rows: out, findings };
}
