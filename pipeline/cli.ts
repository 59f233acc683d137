// npm run pipeline [-- options]: sources/ in, out/ out. Exit 0 on success, 2 on a usage error or an
// unusable registry, 1 on anything unexpected.
// Outputs must not depend on where the machine is: every date the charts handle is read in UTC.
process.env.TZ = 'UTC';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { updateReadme } from './docs/update-readme.ts';
import { RegistryUnusable } from './run/read-sources.ts';
import { run } from './run/runner.ts';
import { STAGES, type StageName } from './run/stage-contracts.ts';
import { Policy } from './schemas.ts';

const HELP = `Usage: npm run pipeline -- [options]

Reads a sources folder (sources.csv and the files it lists), finds every reported casualty figure,
gives each an interval by a published rule, reconciles figures for the same quantity, and writes
CSV tables, chart specs and rendered charts.

Options:
  --sources DIR     the sources folder (default: sources)
  --out DIR         where to write the outputs; replaced as a whole (default: out)
  --work DIR        where stage artifacts are kept (default: .work)
  --policy NAME     interval: reasoned low/best/high (default)
                    conservative: one ACLED-style figure per claim (low = best = high)
  --stage NAME      run one stage from the artifacts of the previous ones: ${STAGES.join(', ')}
  -h, --help        show this help
`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: {
      sources: { type: 'string', default: 'sources' }, out: { type: 'string', default: 'out' }, work: { type: 'string', default: '.work' },
      policy: { type: 'string', default: 'interval' }, stage: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    } }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) { process.stdout.write(HELP); return 0; }
  const policy = Policy.safeParse(values.policy);
  if (!policy.success) { process.stderr.write(`--policy must be interval or conservative, not "${values.policy}"\n`); return 2; }
  if (values.stage && !STAGES.includes(values.stage as StageName)) { process.stderr.write(`--stage must be one of ${STAGES.join(', ')}\n`); return 2; }
  try {
    await run({ sourcesDir: values.sources, outDir: values.out, workDir: values.work, policy: policy.data, ...(values.stage ? { only: values.stage as StageName } : {}), log: (l) => process.stderr.write(`${l}\n`) });
    // The README documents this project's own outputs, so only a run into ./out refreshes it.
    if (values.out === 'out' && existsSync('README.md') && (await updateReadme('README.md'))) process.stderr.write('README.md generated sections updated\n');
    return 0;
  } catch (e) {
    if (e instanceof RegistryUnusable) { process.stderr.write(`error: ${e.message}\n`); return 2; }
    throw e;
  }
}

process.exitCode = await main();
