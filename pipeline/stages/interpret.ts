// Stage 3, interpret: mentions from articles and rows from figure tables become claims. The qualifier
// picks the rule, the rule makes the interval; who claimed it decides whether it is an enemy claim.
import { finding } from '../ingest/finding.ts';
import { applyRule } from '../rules/apply-rule.ts';
import type { Claim, ClaimantRow, Finding, Mention, PartyRow, Policy, Qualifier, SourceRow } from '../schemas.ts';
import { ClaimantLookup } from './claimant-lookup.ts';
import type { FigureRecord } from './ingest.ts';

export interface InterpretInput {
  mentions: Mention[]; figures: FigureRecord[]; sources: SourceRow[]; claimants: ClaimantRow[]; parties: PartyRow[]; policy: Policy;
}
export interface InterpretOutput { claims: Claim[]; findings: Finding[] }

const WORDING: Partial<Record<Qualifier, string>> = { approx: 'about', nearly: 'nearly', more_than: 'more than', at_least: 'at least', fewer_than: 'fewer than', at_most: 'up to' };

function tableValueText(q: Qualifier, value: number | null, high: number | null): string {
  if (value === null) return q.replace(/_/g, ' ');
  if (q === 'range') return `${value}–${high ?? ''}`;
  return [WORDING[q], String(value)].filter(Boolean).join(' ');
}

type Draft = Omit<Claim, 'low' | 'best' | 'high' | 'rule' | 'policy' | 'claimant_party' | 'claimant_kind' | 'flags'> & { flags: string[] };

export function interpret(input: InterpretInput): InterpretOutput {
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const claimants = new ClaimantLookup(input.claimants, input.parties);
  // The party opposed to `party` in a conflict of two parties; '' when there are more, as then it is not known which.
  const opponent = (conflict: string, party: string): string => {
    const others = input.parties.filter((p) => p.conflict === conflict && p.party !== party);
    return others.length === 1 ? (others[0]?.party ?? '') : '';
  };
  const claims: Claim[] = [];
  const findings: Finding[] = [];

  // `named`: the claimant is named in the text, not the publisher standing in for no one.
  const finish = (d: Draft, stated: { qualifier: Qualifier; value: number | null; valueHigh: number | null; parts?: Qualifier[] }, where: { file: string; line: number }, named = false) => {
    let interval;
    try { interval = applyRule(stated, input.policy); } catch (e) {
      findings.push(finding({ file: where.file, line: where.line, column: null, source_id: d.source_id, outcome: 'rejected', code: 'rule_not_applicable', message: `qualifier ${stated.qualifier}: ${(e as Error).message}`, fix: 'Give the number(s) the qualifier needs (value; value_high for a range) or pick the right qualifier.' }));
      return;
    }
    const who = claimants.who(d.claimant, d.conflict, named);
    // "Armenia says 3,825 of its soldiers died": the speaker's own victims are of the speaker's party; "Azerbaijan says
    // it killed 220 enemy soldiers": the speaker's enemy's are of the one party opposed to it.
    const own = !d.side && d.flags.includes('own_side') && who.party ? who.party : '';
    const opposed = !d.side && d.flags.includes('enemy_side') && who.party ? opponent(d.conflict, who.party) : '';
    const whose = d.side || own || opposed;
    const enemy = who.party && whose && who.party !== whose ? ['enemy_claim'] : [];
    const inferred = who.inferred ? ['claimant_party_inferred'] : [];
    const unresolved = (f: string) => !(own && f === 'own_side') && !(opposed && f === 'enemy_side');
    const flags = [...new Set([...d.flags.filter(unresolved), ...enemy, ...inferred, ...(own || opposed ? ['side_from_claimant'] : [])])].sort().join(';');
    // A figure per side is not a total of all sides: keep it apart from them when reconciling.
    const side = whose || (d.flags.includes('each_side') ? 'each' : '');
    claims.push({ ...d, side, ...interval, policy: input.policy, claimant_party: who.party, claimant_kind: who.kind, flags });
  };

  for (const m of input.mentions) {
    const src = sources.get(m.source_id);
    const flags = m.claimant ? m.flags : [...m.flags, 'claimant_is_publisher'];
    finish({
      claim_id: `${m.source_id}:${m.line}:${m.column}`, source_id: m.source_id, conflict: m.conflict, measure: m.measure, population: m.population, side: m.side,
      period_start: m.period_start, period_end: m.period_end, as_of: m.as_of, qualifier: m.qualifier, value_text: m.value_text, quote: m.quote,
      quote_start: m.quote_start, quote_end: m.quote_end, claimant: m.claimant || (src?.publisher ?? ''), publisher: src?.publisher ?? '',
      url: src?.url ?? '', published_at: src?.published_at ?? '', language: m.language, flags,
    }, { qualifier: m.qualifier, value: m.value, valueHigh: m.value_high, ...(m.parts ? { parts: m.parts } : {}) }, { file: src?.path ?? m.source_id, line: m.line }, m.claimant !== '');
  }

  for (const f of input.figures) {
    const r = f.row;
    const src = sources.get(f.source_id);
    const closed = r.period_end !== '' && (r.reported_on === '' || r.period_end <= r.reported_on);
    const asOf = closed ? r.period_end : r.reported_on || (src?.published_at ?? '');
    const flags = r.flags.split(';').map((x) => x.trim()).filter(Boolean);
    if (!closed && !r.reported_on) flags.push('as_of_assumed');
    finish({
      claim_id: `${f.source_id}:${f.line}`, source_id: f.source_id, conflict: r.conflict, measure: r.measure, population: r.population, side: r.side,
      period_start: r.period_start, period_end: r.period_end, as_of: asOf, qualifier: r.qualifier, value_text: tableValueText(r.qualifier, r.value, r.value_high),
      quote: r.quote, quote_start: null, quote_end: null, claimant: r.claimant, publisher: r.publisher, url: r.url, published_at: r.reported_on,
      language: src?.language ?? '', flags,
    }, { qualifier: r.qualifier, value: r.value, valueHigh: r.value_high }, { file: f.file, line: f.line });
  }
  const order = (id: string) => id.split(':').map((p, i) => (i === 0 ? p : p.padStart(8, '0'))).join(':');
  claims.sort((a, b) => order(a.claim_id).localeCompare(order(b.claim_id)));
  return { claims, findings };
}
