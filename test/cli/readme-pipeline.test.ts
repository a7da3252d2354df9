/**
 * The README's billing pipeline runs as written: its shell block is run by bash in a scratch
 * directory holding `dist/cli.js` (the CLI bundled from src/cli/main.ts by esbuild, as the build
 * does), and prints what the README says it prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
// Inside the repository, so that the bundle finds the dependencies (zod, decimal.js) in node_modules.
const scratch = join(root, 'node_modules', '.cache', `readme-pipeline-${process.pid}`);

function readmeBlocks(): { script: string; output: string } {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const m = /### A billing pipeline[\s\S]*?```sh\n([\s\S]*?)```\s*\n\s*prints\s*\n\s*```\n([\s\S]*?)```/.exec(readme);
  if (!m) throw new Error('README: no "A billing pipeline" section with a sh block and its output');
  return { script: m[1]!, output: m[2]! };
}

describe('README billing pipeline', () => {
  beforeAll(async () => {
    mkdirSync(join(scratch, 'dist'), { recursive: true });
    await build({
      entryPoints: [join(root, 'src', 'cli', 'main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile: join(scratch, 'dist', 'cli.js'),
      logLevel: 'silent',
    });
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'support-contract-rules', version: '0.0.0', type: 'module' }));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('runs as written and prints what the README shows', () => {
    const { script, output } = readmeBlocks();
    const r = spawnSync('bash', ['-c', script], { cwd: scratch, encoding: 'utf8' });
    expect(r.stderr).toBe('invoice: 3 lines, 3 answers, 0 errors in ' + /in (\d+\.\d\d s)/.exec(r.stderr)?.[1] + '\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(output);
    // Each line holds the fields the pipeline named, of the answer to the same request alone.
    const invoices = readFileSync(join(scratch, 'invoices.ndjson'), 'utf8').trimEnd().split('\n');
    expect(invoices.map((l) => (JSON.parse(l) as { planId: string }).planId)).toEqual(['oas-plan-a', 'itss-light-anshin-1', 'ucom-remote-support']);
  });

  it('--jobs 2 (real worker threads) writes what --jobs 1 writes, a bad line included', () => {
    const plans = ['oas-plan-a', 'oas-plan-b', 'itss-light-anshin-1', 'ucom-remote-support'];
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      i === 1700 ? '{"contract":' : JSON.stringify({ contract: { planId: plans[i % 4], start: `2024-0${1 + (i % 9)}-1${i % 10}` }, month: '2025-11' }),
    );
    writeFileSync(join(scratch, 'jobs.ndjson'), `${lines.join('\n')}\n`);
    const run = (jobs: string) => spawnSync(process.execPath, ['dist/cli.js', 'invoice', 'jobs.ndjson', '--format', 'ndjson', '--jobs', jobs], { cwd: scratch, encoding: 'utf8', maxBuffer: 1 << 28 });
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toMatch(/^invoice: 20,000 lines, 19,999 answers, 1 errors in \d+\.\d\d s\n$/);
    expect(JSON.parse(two.stdout.split('\n')[1700]!)).toMatchObject({ line: 1701, error: { code: 'invalid_json' } });
  });

  it('a bad contract row stops the pipeline (exit 1) with an error record naming its line', () => {
    const { script } = readmeBlocks();
    const broken = script.replace('C002,itss-light-anshin-1,2025-06-10', 'C002,itss-light,2025-06-10');
    const r = spawnSync('bash', ['-c', broken], { cwd: scratch, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = readFileSync(join(scratch, 'invoices.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'not_found', path: ['contract', 'planId'] } });
    expect(lines[1].error.message).toContain('did you mean itss-light-anshin-1, itss-light-anshin-2?');
    expect(lines[2]).toMatchObject({ planId: 'ucom-remote-support' });
  });
});
