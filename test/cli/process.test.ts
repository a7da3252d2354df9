/**
 * The CLI as a process meets its input and output (an attacker-style probe, 2026-12-03):
 * - a line far past the 8 MiB limit is an error record naming it, in flat memory (the reader re-joined the whole
 *   pending text for every 64 KiB piece: 40 MB took 37 s and 415 MB); the lines around it are answered;
 * - output that cannot be written is exit 74: a full disk with one line on standard error (it crashed with a stack
 *   trace, exit 1, "the library refused the input"), a reader that closed the pipe quietly (it exited 0 with the
 *   output cut short).
 * The CLI is bundled from src/cli/main.ts by esbuild, as test/cli/readme-pipeline.test.ts does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/command.js';

const root = join(__dirname, '..', '..');
const scratch = join(root, 'node_modules', '.cache', `cli-process-${process.pid}`);
const cliPath = join(scratch, 'dist', 'cli.js');
const REQUEST = JSON.stringify({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' });

beforeAll(async () => {
  mkdirSync(join(scratch, 'dist'), { recursive: true });
  await build({ entryPoints: [join(root, 'src', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: cliPath, logLevel: 'silent' });
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'support-contract-rules', version: '0.0.0', type: 'module' }));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a line far past the limit', () => {
  it('40 MB between two requests: an error record for line 2, the neighbours answered, memory flat', () => {
    const file = join(scratch, 'long.ndjson');
    writeFileSync(file, `${REQUEST}\n${'x'.repeat(40_000_000)}\n${REQUEST}\n`);
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss %M', process.execPath, cliPath, 'invoice', file, '--format', 'ndjson', '--fields', 'totalYen'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status).toBe(EXIT.inputError);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ totalYen: 4290 });
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'too_long' } });
    expect(lines[2]).toEqual({ totalYen: 4290 });
    const rss = Number(/maxrss (\d+)/.exec(r.stderr)?.[1]);
    // The line is 40 MB of text (80 MB as a JS string): the process stays well below holding it (415 MB before).
    if (Number.isFinite(rss)) expect(rss).toBeLessThan(200 * 1024);
  }, 60_000);
  it('a long line within the limit is answered (7 MB of JSON)', () => {
    const big = JSON.stringify({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06', x: 'y'.repeat(7_000_000) });
    const file = join(scratch, 'big.ndjson');
    writeFileSync(file, `${big}\n`);
    const r = spawnSync(process.execPath, [cliPath, 'invoice', file, '--format', 'ndjson', '--fields', 'totalYen'], { encoding: 'utf8' });
    // read whole (it is within 8 MiB), then refused by the invoice command as an unknown field, not as too long
    expect(r.stdout).toContain('"line":1');
    expect(r.stdout).not.toContain('too_long');
  }, 60_000);
});

describe('output that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('a full disk: one line on standard error, exit 74', () => {
    const r = spawnSync('bash', ['-c', `printf '%s\\n' '${REQUEST}' | "${process.execPath}" "${cliPath}" invoice - > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(EXIT.output);
    expect(r.stderr.trim()).toBe('support-contract-rules: could not write the output (ENOSPC)');
  });
  it('a reader that stops early: quiet, exit 74', () => {
    const file = join(scratch, 'many.ndjson');
    writeFileSync(file, `${REQUEST}\n`.repeat(20_000));
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cliPath}" invoice "${file}" --format ndjson | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(`status ${EXIT.output}`);
    expect(r.stderr).not.toContain('Error');
  }, 60_000);
});
