// Wall time of `npm run pipeline` beside the bare start-up of `node --import tsx` on an empty file,
// alternated in one sitting so machine noise hits both alike. Prints medians and their ratio.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RUNS = Number(process.env.RUNS ?? 5);
const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
const empty = path.join(dir, 'empty.ts');
writeFileSync(empty, '');
const outDir = path.join(dir, 'out');

function time(cmd: string, args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pipeline: number[] = [];
const startup: number[] = [];
for (let i = 0; i < RUNS; i++) {
  startup.push(time('node', ['--import', 'tsx', empty]));
  pipeline.push(time('npm', ['run', '-s', 'pipeline', '--', '--out', outDir, '--work', path.join(dir, 'work')]));
}
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`node --import tsx (empty file): median ${median(startup).toFixed(0)} ms  [${fmt(startup)}]`);
console.log(`npm run pipeline:               median ${median(pipeline).toFixed(0)} ms  [${fmt(pipeline)}]`);
console.log(`ratio pipeline / start-up:      ${(median(pipeline) / median(startup)).toFixed(1)}×`);
