// The command line as a user meets it: help, a usable error for an unusable registry, other folders.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const cli = path.join(import.meta.dirname, '../../pipeline/cli.ts');
const tsx = path.join(import.meta.dirname, '../../node_modules/.bin/tsx');
const exec = promisify(execFile);

async function pipeline(...args: string[]) {
  try {
    const r = await exec(tsx, [cli, ...args]);
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run pipeline', () => {
  it('explains itself with --help', async () => {
    const r = await pipeline('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--sources DIR[\s\S]*--out DIR[\s\S]*--policy[\s\S]*--stage/);
  });

  it('exits 2 with a clear message when there is no registry', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'no-registry-'));
    const r = await pipeline('--sources', dir, '--out', path.join(dir, 'out'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sources\.csv not found/);
  });

  it('exits 2 when the registry header is unusable, naming the missing columns', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bad-registry-'));
    await writeFile(path.join(dir, 'sources.csv'), 'id,path\nx,a.txt\n');
    const r = await pipeline('--sources', dir, '--out', path.join(dir, 'out'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing column\(s\) kind, title, publisher, url, published_at, language/);
  });

  it('runs a collection made by hand, then one stage again from its artifacts', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hand-made-'));
    await mkdir(path.join(dir, 'sources', 'articles'), { recursive: true });
    await writeFile(path.join(dir, 'sources', 'articles', 'a.txt'), 'Trận động đất và dư chấn đã khiến hơn 50 người thiệt mạng từ ngày 2/2.\n');
    await writeFile(path.join(dir, 'sources', 'sources.csv'), 'id,kind,path,title,publisher,url,published_at,language\na,article,articles/a.txt,T,P,,2023-02-08,vi\n');
    const args = ['--sources', path.join(dir, 'sources'), '--out', path.join(dir, 'out'), '--work', path.join(dir, 'work')];
    const first = await pipeline(...args);
    expect(first.code, first.stderr).toBe(0);
    const claims = await readFile(path.join(dir, 'out', 'claims.csv'), 'utf8');
    expect(claims).toContain(',killed,total,,2023-02-02,,2023-02-08,51,51,');
    for (const stage of ['interpret', 'reconcile', 'publish']) {
      const again = await pipeline(...args, '--stage', stage, '--policy', 'conservative');
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr.split('\n').filter(Boolean).map((l) => l.split(' ')[0])).toEqual([stage]);
    }
    expect(await readFile(path.join(dir, 'out', 'claims.csv'), 'utf8')).toContain(',2023-02-08,50,50,50,more_than,');
  });
});
