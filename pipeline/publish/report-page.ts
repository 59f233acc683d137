// index.html: the report a reader opens straight from the file system. Everything it needs is in out/:
// chart specs inline (a file:// page cannot fetch), vega from vendor/ (no CDN: no network), the page's
// own style and script in assets/. The tables are plain HTML, so the page reads even without scripts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import type { Claim, Estimate, Finding, SourceRow } from '../schemas.ts';
import { DATA_LICENCE } from './datapackage.ts';
import { esc, jsonScript } from './html.ts';
import { TABLES } from './outputs.ts';
import { claimsTable, findingsTable, headline, sourcesTable } from './report-sections.ts';

export interface DrawnChart { name: string; title: string; spec: TopLevelSpec }
export interface ReportInput { claims: readonly Claim[]; estimates: readonly Estimate[]; findings: readonly Finding[]; sources: readonly SourceRow[]; charts: readonly DrawnChart[] }

/** Load order matters: vega-lite's bundle needs the vega global, vega-embed needs both. */
const VENDOR = [
  { pkg: 'vega', file: 'build/vega.min.js' },
  { pkg: 'vega-lite', file: 'build/vega-lite.min.js' },
  { pkg: 'vega-embed', file: 'build/vega-embed.min.js' },
] as const;
const ASSETS = ['report-page.css', 'report-page.js'] as const;

// The page runs no code but ours and vega's, and cannot reach the network: connect-src 'none' stops
// any fetch. Vega compiles its expressions with Function(), hence 'unsafe-eval'; vega-embed sets
// inline styles. file: is listed because browsers disagree on whether 'self' covers file:// pages.
const CSP = "default-src 'none'; script-src 'self' file: 'unsafe-eval'; style-src 'self' file: 'unsafe-inline'; img-src 'self' file: data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

const require = createRequire(import.meta.url);

/** A package's folder, found from its entry point: its exports map hides build/ from require.resolve. */
function packageDir(pkg: string): string {
  let dir = path.dirname(require.resolve(pkg));
  while (dir !== path.dirname(dir)) {
    try { if ((JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name === pkg) return dir; } catch { /* not this folder */ }
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the folder of the ${pkg} package`);
}

/** The vendored scripts, each with its licence (BSD-3-Clause asks that copies carry it). */
function vendorFiles(): [string, Uint8Array][] {
  return VENDOR.flatMap(({ pkg, file }) => {
    const dir = packageDir(pkg);
    return [[`vendor/${path.basename(file)}`, readFileSync(path.join(dir, file))], [`vendor/${pkg}.LICENSE.txt`, readFileSync(path.join(dir, 'LICENSE'))]] as [string, Uint8Array][];
  });
}

const assetFiles = (): [string, string][] => ASSETS.map((a) => [`assets/${a}`, readFileSync(new URL(a, import.meta.url), 'utf8')]);

function chartFigure(c: DrawnChart): string {
  const id = `chart-${c.name}`;
  // The spec draws its own title; the caption below names the files a reader can take away.
  return `<figure class="chart">
<div class="chart-view" id="${esc(id)}" data-chart="${esc(c.name)}" data-spec="${esc(`${id}-spec`)}" data-fallback="${esc(c.name)}.svg"><noscript><img src="${esc(c.name)}.svg" alt="${esc(c.title)}"></noscript></div>
<figcaption class="muted">${esc(c.title)}: <a href="${esc(c.name)}.vl.json">Vega-Lite spec</a> · <a href="${esc(c.name)}.svg">SVG</a> · <a href="${esc(c.name)}.png">PNG</a></figcaption>
${jsonScript(`${id}-spec`, c.spec)}
</figure>`;
}

const DOWNLOADS = [...TABLES.map((t) => t.file), 'datapackage.json'];

function page(r: ReportInput): string {
  const conflicts = [...new Set(r.claims.map((c) => c.conflict).filter(Boolean))].sort();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<title>Reported casualty figures</title>
<link rel="stylesheet" href="assets/report-page.css">
</head>
<body>
<header>
<h1>Reported casualty figures</h1>
<p>${r.claims.length} figures from ${r.sources.length} sources${conflicts.length ? ` on ${esc(conflicts.join(', '))}` : ''}, each as an interval (low, best, high) made by a published rule, with the words it came from; and the estimates reconciled from them.</p>
<nav>${['estimates', 'charts', 'claims', 'sources', 'findings'].map((s) => `<a href="#${s}">${s}</a>`).join(' · ')} · data: ${DOWNLOADS.map((f) => `<a href="${f}">${f}</a>`).join(' ')}</nav>
</header>
<main>
<section id="estimates"><h2>Reconciled estimates</h2>
${headline(r.estimates)}
</section>
<section id="charts"><h2>Charts</h2>
${r.charts.length ? r.charts.map(chartFigure).join('\n') : '<p>No chart had data to draw (see the findings).</p>'}
</section>
<section id="claims"><h2>Every reported figure</h2>
${claimsTable(r.claims)}
</section>
<section id="sources"><h2>Sources</h2>
${sourcesTable(r.sources)}
</section>
<section id="findings"><h2>Findings: inputs rejected, repaired or flagged</h2>
${findingsTable(r.findings)}
</section>
</main>
<footer>
<p>Data: the figures are facts and the quotations belong to the publishers cited with them; this compilation is licensed <a href="${esc(DATA_LICENCE.path)}" rel="license">${esc(DATA_LICENCE.name)}</a>. The code's licence is in <a href="datapackage.json">datapackage.json</a>; charts are drawn with vega, vega-lite and vega-embed, whose licences (BSD-3-Clause) are beside them in vendor/.</p>
</footer>
${VENDOR.map((v) => `<script src="vendor/${path.basename(v.file)}"></script>`).join('\n')}
<script src="assets/report-page.js"></script>
</body>
</html>
`;
}

/** index.html and the files it loads, by their path in out/. */
export function reportPage(input: ReportInput): Map<string, string | Uint8Array> {
  return new Map<string, string | Uint8Array>([['index.html', page(input)], ...assetFiles(), ...vendorFiles()]);
}
