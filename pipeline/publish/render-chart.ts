// A chart spec is compiled with warnings treated as errors and rendered to SVG and PNG without a
// browser. Validation against Vega-Lite's JSON schema (which catches typos compile accepts) costs over a
// second to set up, so the tests run it on every chart and on every spec in out/, not each pipeline run.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { Ajv } from 'ajv';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { FONT } from '../../charts/chart.ts';

const require = createRequire(import.meta.url);
let validator: ReturnType<Ajv['compile']> | null = null;

function schemaValidator() {
  validator ??= new Ajv({ allErrors: false, strict: false, validateFormats: false }).compile(require('vega-lite/vega-lite-schema.json') as object);
  return validator;
}

export interface RenderedChart { spec: string; svg: string; png: Uint8Array }

function collectingLogger(sink: string[]) {
  const logger = {
    level(): never { return logger as never; },
    error: (...a: unknown[]) => { sink.push(`error: ${a.join(' ')}`); return logger; },
    warn: (...a: unknown[]) => { sink.push(`warning: ${a.join(' ')}`); return logger; },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/** Problems compile reports (it warns rather than fails), as messages. */
export function compileProblems(spec: TopLevelSpec): string[] {
  const problems: string[] = [];
  compile(spec, { logger: collectingLogger(problems) as never });
  return problems;
}

/** Schema errors, then compile problems: empty when the spec is valid and compiles cleanly. */
export function checkSpec(spec: unknown): string[] {
  const validate = schemaValidator();
  if (!validate(spec)) return (validate.errors ?? []).map((e) => `schema: ${e.instancePath} ${e.message ?? ''}`);
  return compileProblems(spec as TopLevelSpec);
}

// The fonts are named files, not whatever the machine has, so the PNGs are the same bytes everywhere
// the fonts-dejavu-core package is installed.
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((f) => `${FONT_DIR}/${f}`).filter((f) => existsSync(f));

export async function renderChart(spec: TopLevelSpec): Promise<RenderedChart> {
  const problems = compileProblems(spec);
  if (problems.length) throw new Error(`chart does not compile cleanly:\n  ${problems.join('\n  ')}`);
  const compiled = compile(spec).spec;
  const runtime: string[] = [];
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: collectingLogger(runtime) as never, logLevel: vega.Warn });
  const svg = await view.toSVG();
  view.finalize();
  if (runtime.length) throw new Error(`chart rendering warned:\n  ${runtime.join('\n  ')}`);
  const png = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: 1.5 },
    font: { loadSystemFonts: FONT_FILES.length === 0, fontFiles: FONT_FILES, defaultFontFamily: FONT, sansSerifFamily: FONT },
  }).render().asPng();
  return { spec: `${JSON.stringify(spec, null, 2)}\n`, svg, png: new Uint8Array(png) };
}
