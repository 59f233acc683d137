// out/index.html in a real Chromium, opened from the file system as a reader would: every chart drawn,
// no error, no network request, one table row per claim, filters that work; hostile text stays text.
// Locally without Chromium it is skipped, loudly; in CI (CI set) a missing Chromium is a failure.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutAtomically } from '../../pipeline/run/write-out.ts';
import { publish } from '../../pipeline/stages/publish.ts';
import { hostileInput } from '../publish/hostile.ts';

/** CHROMIUM overrides the path, e.g. to check the skip and the CI failure without uninstalling it. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUT = path.resolve('out');
const SCREENSHOT = path.resolve('test/.artifacts/report-page.png');

const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`\n*** SKIPPED test/browser/report-page.test.ts: no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) to run the report page in a browser; CI does. ***\n`);

interface Visit { page: Page; problems: string[]; requests: string[]; ms: number }

/** Opens a page and waits until every chart has been drawn or has failed, collecting what went wrong. */
async function visit(context: BrowserContext, file: string): Promise<Visit> {
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  const t0 = performance.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-chart]')].every((v) => v.dataset.state === 'drawn' || v.dataset.state === 'error'), null, { timeout: 30_000 });
  return { page, problems, requests, ms: performance.now() - t0 };
}

describe.skipIf(skip)('the report page in Chromium', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `Chromium is required here (CI is set): apt-get install -y chromium to get ${CHROMIUM}`).toBe(true);
    expect(existsSync(path.join(OUT, 'index.html')), 'out/index.html is missing: run npm run pipeline first').toBe(true);
    profile = await mkdtemp(path.join(tmpdir(), 'chromium-profile-'));
    // A persistent context is how Playwright takes a user-data-dir: a fresh one each run.
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('draws every chart from file://, with no error and no network request, one row per claim', async () => {
    const { page, problems, requests, ms } = await visit(context, path.join(OUT, 'index.html'));
    const timing = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return Math.round(n.loadEventEnd); });
    console.log(`report page: load event at ${timing} ms; all charts drawn ${Math.round(ms)} ms after navigation began`);

    const charts = await page.$$eval('[data-chart]', (views) => views.map((v) => ({ name: (v as HTMLElement).dataset.chart, state: (v as HTMLElement).dataset.state, drawn: !!v.querySelector('svg, canvas'), error: v.classList.contains('chart-error') || !!v.querySelector('.vega-embed .error, .error') })));
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) expect(c, c.name).toMatchObject({ state: 'drawn', drawn: true, error: false });

    const claims = parse(await readFile(path.join(OUT, 'claims.csv')), { columns: true, bom: false }) as { claim_id: string; measure: string }[];
    const rows = await page.$$eval('#claims-table tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.claim));
    expect(rows).toEqual(claims.map((c) => c.claim_id));

    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('filters the claims by text and by measure', async () => {
    const { page } = await visit(context, path.join(OUT, 'index.html'));
    const claims = parse(await readFile(path.join(OUT, 'claims.csv')), { columns: true, bom: false }) as { claim_id: string; measure: string }[];
    const visible = () => page.$$eval('#claims-table tbody tr', (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => (tr as HTMLElement).dataset.claim));
    const measure = claims[0]!.measure;
    await page.selectOption('#measure-filter', measure);
    expect(await visible()).toEqual(claims.filter((c) => c.measure === measure).map((c) => c.claim_id));
    await page.fill('#claim-filter', claims[0]!.claim_id);
    expect(await visible()).toContain(claims[0]!.claim_id);
    await page.fill('#claim-filter', 'no claim says this zzqx');
    expect(await visible()).toEqual([]);
    expect(await page.textContent('#claim-count')).toBe(`0 of ${claims.length} claims`);
  });

  it('shows hostile text as text: no script runs, no javascript: link', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hostile-page-'));
    await writeOutAtomically(path.join(dir, 'out'), await publish(hostileInput()));
    const { page, problems, requests } = await visit(context, path.join(dir, 'out', 'index.html'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')).filter((h) => !/^(https?:|#|[\w.-]+(\.csv|\.json|\.svg|\.png)$)/.test(h ?? '')))).toEqual([]);
    expect(await page.$$eval('#claims-table tbody tr', (trs) => trs.length)).toBe(hostileInput().claims.length);
    expect(await page.textContent('#claims-table')).toContain('</script><script>window.__pwned = 1</script>');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });
});
