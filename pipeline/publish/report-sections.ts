// The report page's sections as HTML: headline estimates, the claims table, sources and findings.
// Rows keep the order of the CSVs they mirror, so the page and the files read alike.
import { periodLabel } from '../../charts/chart.ts';
import { Measure, Population, type Claim, type Estimate, type Finding, type SourceRow } from '../schemas.ts';
import { count, esc, link, safeHref, table } from './html.ts';

const rank = <T extends string>(order: readonly T[], v: T) => order.indexOf(v);

/** The latest estimate of each quantity; killed before wounded…, total before military…, all sides first. */
export function latestEstimates(estimates: readonly Estimate[]): Estimate[] {
  const latest = new Map<string, Estimate>();
  for (const e of estimates) {
    const key = [e.conflict, e.measure, e.population, e.side, e.period_start, e.period_end].join('\u0000');
    const seen = latest.get(key);
    if (!seen || e.as_of > seen.as_of) latest.set(key, e);
  }
  return [...latest.values()].sort((a, b) =>
    rank(Measure.options, a.measure) - rank(Measure.options, b.measure) || rank(Population.options, a.population) - rank(Population.options, b.population)
    || (a.side === '' ? 0 : 1) - (b.side === '' ? 0 : 1) || a.side.localeCompare(b.side) || a.conflict.localeCompare(b.conflict)
    || a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end));
}

/** A point figure (low = high) shows no range; the words column says why it is one. */
const interval = (x: { low: number; high: number }) => (x.low === x.high ? '' : `${count(x.low)}–${count(x.high)}`);
/** Dates and codes break badly at their hyphens and underscores, so they do not break at all. */
const nw = (text: string) => (text ? `<span class="nw">${esc(text)}</span>` : '');
const quantity = (x: { measure: string; population: string; side: string }) => `${x.measure}, ${x.population}${x.side ? `, ${x.side} side` : ', all sides'}`;
const muted = (text: string) => (text ? `<span class="muted">${esc(text)}</span>` : '');

export function headline(estimates: readonly Estimate[]): string {
  const latest = latestEstimates(estimates);
  const top = latest.filter((e) => e.measure === 'killed' && e.population === 'total' && e.side === '');
  const cards = top.map((e) => `<article class="headline">
<h3>${esc(e.conflict || 'conflict unnamed')}: ${esc(periodLabel(e.period_start, e.period_end))}</h3>
<p class="best">${count(e.best)}</p>
<p class="interval">${e.low === e.high ? 'no spread between claims' : `interval ${count(e.low)} to ${count(e.high)}`}</p>
<p class="muted">killed, all sides · as of ${esc(e.as_of)} · ${e.n_claims} claim${e.n_claims === 1 ? '' : 's'} · ${esc(e.agreement)}</p>
</article>`);
  const rows = latest.map((e) => `<tr${e.measure === 'killed' && e.population === 'total' ? ' class="lead"' : ''}><td>${nw(e.conflict)}</td><td>${esc(quantity(e))}</td><td>${nw(periodLabel(e.period_start, e.period_end))}</td><td>${nw(e.as_of)}</td><td class="num"><strong>${count(e.best)}</strong></td><td class="num">${interval(e) || muted('no spread')}</td><td class="num">${e.n_claims}</td><td>${esc(e.agreement)}</td><td>${esc(e.method)}</td></tr>`);
  return `<div class="headlines">${cards.length ? cards.join('\n') : '<p>No reconciled estimate of total deaths.</p>'}</div>
<h3>Latest estimate of every quantity</h3>
${table(['conflict', 'quantity', 'period', 'as of', 'best', 'low–high', 'claims', 'agreement', 'method'], rows, ' class="data"')}`;
}

function claimRow(c: Claim): string {
  const flags = c.flags.split(';').filter(Boolean).map((f) => `<span class="flag">${esc(f)}</span>`).join(' ');
  const who = [c.claimant_kind, c.claimant_party].filter(Boolean).join(', ');
  return `<tr data-claim="${esc(c.claim_id)}" data-measure="${esc(c.measure)}" data-population="${esc(c.population)}">
<td class="num"><strong>${count(c.best)}</strong>${interval(c) ? `<br>${interval(c)}` : ''}</td>
<td class="words"><q lang="${esc(c.language)}">${esc(c.value_text)}</q><br>${muted(c.qualifier)}</td>
<td>${esc(quantity(c))}<br><span class="muted">${nw(periodLabel(c.period_start, c.period_end))}<br>${nw(`as of ${c.as_of}`)}</span></td>
<td>${esc(c.claimant)}${who ? `<br>${muted(who)}` : ''}<br>${muted(c.publisher)}</td>
<td class="quote"><blockquote lang="${esc(c.language)}">${esc(c.quote)}</blockquote>${c.url ? `<span class="source">${safeHref(c.url) ? link(c.url, 'source') : muted(c.url)}</span> ` : ''}${muted(c.claim_id)}</td>
<td class="id">${esc(c.rule).replace(/\./g, '.<wbr>')}</td>
<td class="id">${flags}</td>
</tr>`;
}

const optionsOf = (values: readonly string[], all: string) =>
  [`<option value="">${esc(all)}</option>`, ...values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`)].join('');

export function claimsTable(claims: readonly Claim[]): string {
  const present = <T extends string>(order: readonly T[], pick: (c: Claim) => T) => order.filter((v) => claims.some((c) => pick(c) === v));
  return `<form class="filters" role="search">
<label>Find <input type="search" id="claim-filter" placeholder="words, claimant, source, flag…" autocomplete="off"></label>
<label>Measure <select id="measure-filter">${optionsOf(present(Measure.options, (c) => c.measure), 'all measures')}</select></label>
<label>Population <select id="population-filter">${optionsOf(present(Population.options, (c) => c.population), 'all populations')}</select></label>
<output id="claim-count" aria-live="polite">${claims.length} of ${claims.length} claims</output>
</form>
${table(['figure', 'words', 'what', 'claimant', 'quote', 'rule', 'flags'], claims.map(claimRow), ' class="data" id="claims-table"')}`;
}

export function sourcesTable(sources: readonly SourceRow[]): string {
  const rows = [...sources].sort((a, b) => a.id.localeCompare(b.id)).map((s) => `<tr><td>${nw(s.id)}</td><td>${link(s.url, s.title || s.id)}</td><td>${esc(s.publisher)}</td><td>${nw(s.published_at)}</td><td>${esc(s.kind)}</td><td>${esc(s.language)}</td></tr>`);
  return table(['id', 'title', 'publisher', 'published', 'kind', 'language'], rows, ' class="data"');
}

export function findingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return '<p>No input was rejected, repaired or flagged.</p>';
  const rows = findings.map((f) => `<tr class="${esc(f.outcome)}"><td>${esc(f.file)}</td><td class="num">${f.line ?? ''}</td><td class="num">${f.column ?? ''}</td><td>${esc(f.source_id)}</td><td>${esc(f.outcome)}</td><td>${nw(f.code)}</td><td>${esc(f.message)}</td><td>${esc(f.fix)}</td></tr>`);
  return table(['file', 'line', 'column', 'source', 'outcome', 'code', 'message', 'what to do'], rows, ' class="data"');
}
