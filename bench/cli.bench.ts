/**
 * CLI batch benchmark: 100,000 NDJSON invoice requests end to end through the built CLI
 * (`node dist/cli.js invoice FILE --format ndjson`, start-up included, output to /dev/null) beside
 * the in-process rate of `createInvoicer` on the same, already parsed requests (the same invoices;
 * the CLI adds start-up, JSON.parse of each line and JSON.stringify of each invoice); the speed-up
 * of `--jobs 2` over `--jobs 1`; and the peak memory (maximum resident set size, from
 * /usr/bin/time -v) of a batch of 10,000, 100,000 and 1,000,000 lines fed through a pipe.
 *
 * Before timing, the bench checks that the CLI's output is, line for line, the JSON of the
 * in-process invoices (one hash over the whole output, for --jobs 1 and --jobs 2).
 * Builds dist/ first when it is missing or older than src/.
 */
import { execSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createInvoicer } from '../src/billing/index.js';
import { generate } from './billing.bench.js';
import { report } from './harness.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli.js');
// The bench runs a copy of dist/ (inside the repository, to find node_modules), so that a build
// during the bench cannot change the CLI under it.
const copy = join(root, 'node_modules', '.cache', `cli-bench-${process.pid}`);
const cliPath = join(copy, 'dist', 'cli.js');
const REQUESTS = 100_000;
const ROUNDS = 3;

function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir).map((n) => {
      const p = join(dir, n);
      const s = statSync(p);
      return s.isDirectory() ? newest(p) : s.mtimeMs;
    }),
  );
}

function ensureBuilt(): void {
  if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'src'))) {
    console.log('building dist/ (npm run build) …');
    execSync('npm run -s build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(copy, 'package.json'));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the CLI on a file with output to /dev/null: wall time and CPU time (user + system, from /usr/bin/time) in ms. */
function timeCli(file: string, jobs: number): { wall: number; cpu: number } {
  const argv = [cliPath, 'invoice', file, '--format', 'ndjson', '--jobs', String(jobs)];
  const timed = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`CLI exited ${r.status}: ${r.stderr.toString()}`);
  const m = /cpu (\d+\.\d+) (\d+\.\d+)/.exec(r.stderr.toString());
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

/** CPU time (user + system) of this process in ms. */
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The sha256 of the CLI's whole output (read as a stream, never held). */
function hashCli(file: string, jobs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'invoice', file, '--format', 'ndjson', '--jobs', String(jobs)], { stdio: ['ignore', 'pipe', 'ignore'] });
    const h = createHash('sha256');
    child.stdout.on('data', (d: Buffer) => h.update(d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(h.digest('hex')) : reject(new Error(`CLI exited ${code}`))));
  });
}

/** Peak memory (kB) of the CLI answering `lines` requests fed through a pipe, cycling `requests`. */
function peakMemory(requests: readonly string[], lines: number): Promise<{ kb: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-v', process.execPath, cliPath, 'invoice', '-', '--format', 'ndjson'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      if (code !== 0 || !m) reject(new Error(`CLI exited ${code}: ${err.slice(-500)}`));
      else resolve({ kb: Number(m[1]), ms: performance.now() - t0 });
    });
    let i = 0;
    const BLOCK = 1000;
    const pump = () => {
      while (i < lines) {
        let text = '';
        const end = Math.min(lines, i + BLOCK);
        for (; i < end; i++) text += requests[i % requests.length]! + '\n';
        if (!child.stdin.write(text)) {
          child.stdin.once('drain', pump);
          return;
        }
      }
      child.stdin.end();
    };
    pump();
  });
}

export async function run(): Promise<void> {
  ensureBuilt();
  const jobs = generate(REQUESTS);
  const requests = jobs.map((j) => JSON.stringify({ contract: j.contract, month: j.month }));
  const dir = mkdtempSync(join(tmpdir(), 'scr-cli-bench-'));
  const file = join(dir, 'requests.ndjson');
  writeFileSync(file, requests.join('\n') + '\n');
  try {
    // Correctness: the CLI's output is the JSON of the in-process invoices, line for line.
    const expected = createHash('sha256');
    const checker = createInvoicer();
    for (const j of jobs) expected.update(`${JSON.stringify(checker.monthlyInvoice({ contract: j.contract, month: j.month }))}\n`);
    const want = expected.digest('hex');
    for (const n of [1, 2]) {
      const got = await hashCli(file, n);
      if (got !== want) throw new Error(`CLI --jobs ${n} output differs from the in-process invoices`);
    }
    console.log(`${REQUESTS.toLocaleString('en-US')} NDJSON invoice requests; the CLI's output (--jobs 1 and 2) equals the in-process invoices, line for line`);

    // Interleaved rounds, median of each.
    const inProcess: number[] = [];
    const inProcessCpu: number[] = [];
    const inProcessJson: number[] = [];
    const one: Array<{ wall: number; cpu: number }> = [];
    const two: Array<{ wall: number; cpu: number }> = [];
    let sink = 0;
    for (let r = 0; r < ROUNDS; r++) {
      let t0 = performance.now();
      const c0 = cpuNow();
      const invoicer = createInvoicer();
      for (const j of jobs) sink += invoicer.monthlyInvoice({ contract: j.contract, month: j.month }).totalYen;
      inProcess.push(performance.now() - t0);
      inProcessCpu.push(cpuNow() - c0);
      t0 = performance.now();
      const again = createInvoicer();
      for (const line of requests) sink += JSON.stringify(again.monthlyInvoice(JSON.parse(line) as never)).length;
      inProcessJson.push(performance.now() - t0);
      one.push(timeCli(file, 1));
      two.push(timeCli(file, 2));
    }
    if (sink === 0) console.log('');
    const base = { ops: REQUESTS, ms: median(inProcess) };
    console.log('wall clock (the machine is shared: see the CPU-time figures below too)');
    report('in-process createInvoicer (parsed input)', REQUESTS, base.ms);
    report('in-process, JSON.parse + stringify per line', REQUESTS, median(inProcessJson), base);
    report('CLI invoice --format ndjson --jobs 1', REQUESTS, median(one.map((x) => x.wall)), base);
    report('CLI invoice --format ndjson --jobs 2', REQUESTS, median(two.map((x) => x.wall)), base);
    console.log(`--jobs 2 over --jobs 1: ×${(median(one.map((x) => x.wall)) / median(two.map((x) => x.wall))).toFixed(2)} wall clock (median of ${ROUNDS} rounds; start-up included)`);
    const cpuBase = { ops: REQUESTS, ms: median(inProcessCpu) };
    console.log('CPU time (user + system), less sensitive to other load on the machine');
    report('in-process createInvoicer (parsed input), CPU', REQUESTS, cpuBase.ms);
    report('CLI invoice --format ndjson --jobs 1, CPU', REQUESTS, median(one.map((x) => x.cpu)), cpuBase);
    report('CLI invoice --format ndjson --jobs 2, CPU', REQUESTS, median(two.map((x) => x.cpu)), cpuBase);

    // Peak memory: flat from 10,000 to 1,000,000 lines.
    if (existsSync('/usr/bin/time')) {
      for (const lines of [10_000, 100_000, 1_000_000]) {
        const { kb, ms } = await peakMemory(requests, lines);
        console.log(`peak memory, ${lines.toLocaleString('en-US').padStart(9)} lines through a pipe: ${(kb / 1024).toFixed(0).padStart(4)} MB maxRSS  (${((lines / ms) * 1000).toFixed(0)} lines/s)`);
      }
    } else {
      console.log('peak memory: /usr/bin/time not found, skipped');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  }
}
