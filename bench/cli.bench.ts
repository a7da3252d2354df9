/**
 * CLI batch benchmark (`npm run bench cli`): 100,000 NDJSON invoice requests end to end through the
 * built CLI (`node dist/cli.js invoice FILE --format ndjson`, process start-up included, output to
 * /dev/null) beside the in-process rate of `createInvoicer` on the same requests; the speed-up of
 * `--jobs 2` over `--jobs 1`; and the peak memory of batches of 10,000, 100,000 and 1,000,000 lines.
 *
 * Contenders, timed in interleaved rounds (median of each; every run takes far more than 100 ms):
 * - in process, `createInvoicer()` on already parsed requests, in a warm process: the baseline;
 * - in process, `createInvoicer({ explain: false })`: the same work as the lean CLI line (no trace);
 * - a fresh Node process doing what a billing script would (start, import the package, read the file,
 *   JSON.parse each line, invoice, print the lean line): what the CLI replaces;
 * - the CLI with `--fields planId,month,taxExcludedYen,taxYen,totalYen` (lean lines), `--jobs 1` and `2`;
 * - the CLI printing whole invoices (about 5 KB of JSON each), `--jobs 1` and `2`;
 * - two CLI processes started together, each answering half the lines: what the machine's cores give two
 *   independent processes, the ceiling of `--jobs 2` here; and a CPU-bound loop with no I/O, alone and two at once:
 *   how much of a second core the machine gives at all;
 * - the floor of any fresh process: `node -e 0`, plus JSON.parse of the lines and the invoices (explain: false) timed
 *   in process. The baseline's rate over that floor is the most a fresh process could reach.
 *
 * Answers are checked before any timing: the CLI's whole output (lean and whole, `--jobs 1` and `2`) is
 * hashed and compared with the JSON of the in-process invoices (default options), line by line.
 * Peak memory is the maximum resident set size (/usr/bin/time -v) of the CLI fed through a pipe (input
 * written with back-pressure) and read through a pipe, beside the live heap at its end (after full GCs): what
 * the batch keeps, as opposed to garbage not yet collected. The same runs give the steady rate: the CPU time
 * of the 900,000 lines between the 100,000- and the 1,000,000-line runs (start-up and JIT warm-up cancel
 * out), beside the in-process CPU time per invoice.
 * Builds dist/ first when it is missing or older than src/.
 */
import { execSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createInvoicer } from '../src/billing/index.js';
import type { MonthlyInvoice } from '../src/billing/index.js';
import { generate } from './billing.bench.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli.js');
// The bench runs a copy of dist/ (inside the repository, to find node_modules), so that a build
// during the bench cannot change the CLI under it.
const copy = join(root, 'node_modules', '.cache', `cli-bench-${process.pid}`);
const cliPath = join(copy, 'dist', 'cli.js');
/** Preloaded (--require) by the peak-memory runs: prints the live heap after full GCs when the process exits. */
const liveHeapHook = join(copy, 'live-heap.cjs');
const REQUESTS = 100_000;
const ROUNDS = 5;
/** The lean line's fields: what a billing script sums. */
const LEAN = ['planId', 'month', 'taxExcludedYen', 'taxYen', 'totalYen'] as const;
const GOAL = 0.5;

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

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Timed {
  readonly wall: number;
  readonly cpu: number;
}

/** A process's wall time and CPU time (user + system, from /usr/bin/time) in ms; output to /dev/null. */
function timeProcess(argv: readonly string[]): Timed {
  const timed = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  const m = /cpu (\d+\.\d+) (\d+\.\d+)/.exec(r.stderr.toString());
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

/**
 * Two processes started together, each answering one half of the lines (`--jobs 1`, lean): the wall time until
 * both have ended. What two independent processes get from this machine's cores: the most any split of the batch
 * over two threads could gain here (threads of one process share more than two processes do).
 */
function timeTwo(a: readonly string[], b: readonly string[]): Promise<Timed> {
  const t0 = performance.now();
  const one = (argv: readonly string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'ignore'] });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${argv.join(' ')} exited ${code}`))));
    });
  return Promise.all([one(a), one(b)]).then(() => ({ wall: performance.now() - t0, cpu: NaN }));
}

const cliArgs = (file: string, jobs: number, lean: boolean) => [cliPath, 'invoice', file, '--format', 'ndjson', '--jobs', String(jobs), ...(lean ? ['--fields', LEAN.join(',')] : [])];

/** CPU time (user + system) of this process in ms. */
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The sha256 of a process's whole standard output (read as a stream, never held). */
function hashOutput(argv: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'ignore'] });
    const h = createHash('sha256');
    child.stdout.on('data', (d: Buffer) => h.update(d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(h.digest('hex')) : reject(new Error(`${argv.join(' ')} exited ${code}`))));
  });
}

/**
 * Peak memory (kB) and wall time of the CLI answering `lines` requests (cycling `requests`) fed
 * through a pipe with back-pressure, its output read through a pipe (bytes counted).
 */
function peakMemory(requests: readonly string[], lines: number, lean: boolean): Promise<{ kb: number; ms: number; cpuMs: number; bytes: number; liveMb: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // The live heap at the end (after full GCs, printed at exit by a preloaded hook) tells what is kept from
    // what the collector has not yet reclaimed (maxRSS includes both).
    const child = spawn('/usr/bin/time', ['-v', ...[process.execPath, '--expose-gc', '--require', liveHeapHook, ...cliArgs('-', 1, lean)]], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    let bytes = 0;
    child.stdout.on('data', (d: Buffer) => (bytes += d.length));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const user = /User time \(seconds\): ([\d.]+)/.exec(err);
      const system = /System time \(seconds\): ([\d.]+)/.exec(err);
      const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : NaN;
      const live = /live heap (\d+)/.exec(err);
      if (code !== 0 || !m) reject(new Error(`CLI exited ${code}: ${err.slice(-500)}`));
      else resolve({ kb: Number(m[1]), ms: performance.now() - t0, cpuMs, bytes, liveMb: live ? Number(live[1]) / 2 ** 20 : NaN });
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

const leanLine = (v: MonthlyInvoice) => `${JSON.stringify(Object.fromEntries(LEAN.map((f) => [f, v[f]])))}\n`;

/** The Node script a billing run would otherwise be: the same reading, parsing, invoicing and lean lines. */
const SCRIPT = `import { readFileSync, writeSync } from 'node:fs';
import { createInvoicer } from ${JSON.stringify(join(copy, 'dist', 'billing.js'))};
const fields = ${JSON.stringify(LEAN)};
const invoicer = createInvoicer({ explain: false });
let out = '';
for (const line of readFileSync(process.argv[2], 'utf8').split('\\n')) {
  if (line === '') continue;
  const v = invoicer.monthlyInvoice(JSON.parse(line));
  const o = {};
  for (const f of fields) o[f] = v[f];
  out += JSON.stringify(o) + '\\n';
  if (out.length > 65536) { writeSync(1, out); out = ''; }
}
writeSync(1, out);
`;

function row(label: string, ms: number, base?: number, goal?: number): void {
  const rate = (REQUESTS / ms) * 1000;
  let line = `${label.padEnd(58)} ${Math.round(rate).toLocaleString('en-US').padStart(10)} invoices/s  ${(ms / 1000).toFixed(2).padStart(6)} s`;
  if (base !== undefined) {
    const share = base / ms;
    line += `  = ${(share * 100).toFixed(1).padStart(5)}% of baseline`;
    if (goal !== undefined) line += ` (goal ≥ ${goal * 100}%: ${share >= goal ? 'met' : 'NOT met'})`;
  }
  console.log(line);
}

export async function run(): Promise<void> {
  ensureBuilt();
  const jobs = generate(REQUESTS);
  const requests = jobs.map((j) => JSON.stringify({ contract: j.contract, month: j.month }));
  const parsed = requests.map((l) => JSON.parse(l) as never);
  const dir = mkdtempSync(join(tmpdir(), 'scr-cli-bench-'));
  const file = join(dir, 'requests.ndjson');
  const script = join(copy, 'script.mjs');
  /** A CPU-bound process with no I/O (about 0.4 s here): what the cores give two processes at once. */
  const spin = join(copy, 'spin.mjs');
  writeFileSync(file, requests.join('\n') + '\n');
  const halves = [join(dir, 'first-half.ndjson'), join(dir, 'second-half.ndjson')] as const;
  writeFileSync(halves[0], requests.slice(0, REQUESTS / 2).join('\n') + '\n');
  writeFileSync(halves[1], requests.slice(REQUESTS / 2).join('\n') + '\n');
  writeFileSync(script, SCRIPT);
  writeFileSync(spin, 'let x = 0;\nfor (let i = 0; i < 3e8; i++) x += i % 7;\nif (x === 1) console.log(x);\n');
  writeFileSync(liveHeapHook, "process.on('exit', () => { globalThis.gc(); globalThis.gc(); process.stderr.write(`live heap ${process.memoryUsage().heapUsed}\\n`); });\n");
  try {
    // Correctness: every output is the JSON of the in-process invoices (default options), line for line.
    const whole = createHash('sha256');
    const lean = createHash('sha256');
    const checker = createInvoicer();
    for (const q of parsed) {
      const v = checker.monthlyInvoice(q);
      whole.update(`${JSON.stringify(v)}\n`);
      lean.update(leanLine(v));
    }
    const wantWhole = whole.digest('hex');
    const wantLean = lean.digest('hex');
    for (const n of [1, 2]) {
      if ((await hashOutput(cliArgs(file, n, false))) !== wantWhole) throw new Error(`CLI --jobs ${n} output differs from the in-process invoices`);
      if ((await hashOutput(cliArgs(file, n, true))) !== wantLean) throw new Error(`CLI --jobs ${n} --fields output differs from the in-process invoices`);
    }
    if ((await hashOutput([script, file])) !== wantLean) throw new Error('the script baseline differs from the in-process invoices');
    console.log(
      `${REQUESTS.toLocaleString('en-US')} NDJSON invoice requests; every output (whole invoices and --fields ${LEAN.join(',')}; --jobs 1 and 2; the script) equals the in-process invoices, line for line`,
    );

    // Interleaved rounds, median of each.
    const t = { warm: [] as number[], warmCpu: [] as number[], same: [] as number[], sameCpu: [] as number[], parse: [] as number[] };
    const bareNode: number[] = [];
    const procs: Record<string, Timed[]> = { script: [], lean1: [], lean2: [], whole1: [], whole2: [], halves: [], spin1: [], spin2: [] };
    const argvOf: Record<string, readonly string[]> = {
      halves: [],
      spin2: [],
      spin1: [spin],
      script: [script, file],
      lean1: cliArgs(file, 1, true),
      lean2: cliArgs(file, 2, true),
      whole1: cliArgs(file, 1, false),
      whole2: cliArgs(file, 2, false),
    };
    let sink = 0;
    for (let r = 0; r < ROUNDS; r++) {
      let t0 = performance.now();
      let c0 = cpuNow();
      const invoicer = createInvoicer();
      for (const q of parsed) sink += invoicer.monthlyInvoice(q).totalYen;
      t.warm.push(performance.now() - t0);
      t.warmCpu.push(cpuNow() - c0);
      t0 = performance.now();
      c0 = cpuNow();
      const quiet = createInvoicer({ explain: false });
      for (const q of parsed) sink += quiet.monthlyInvoice(q).totalYen;
      t.same.push(performance.now() - t0);
      t.sameCpu.push(cpuNow() - c0);
      // What any fresh process pays on top of the invoices: Node's start and parsing each line's JSON.
      t0 = performance.now();
      for (const line of requests) sink += (JSON.parse(line) as { month: string }).month.length;
      t.parse.push(performance.now() - t0);
      bareNode.push(timeProcess(['-e', '0']).wall);
      const order = Object.keys(procs);
      for (let k = 0; k < order.length; k++) {
        const name = order[(k + r) % order.length]!;
        procs[name]!.push(
          name === 'halves' ? await timeTwo(cliArgs(halves[0], 1, true), cliArgs(halves[1], 1, true)) : name === 'spin2' ? await timeTwo([spin], [spin]) : timeProcess(argvOf[name]!),
        );
      }
    }
    if (sink === 0) console.log('');
    const wall = (name: string) => median(procs[name]!.map((x) => x.wall));
    const cpu = (name: string) => median(procs[name]!.map((x) => x.cpu));
    const base = median(t.warm);
    const same = median(t.same);
    console.log(`### wall clock, median of ${ROUNDS} interleaved rounds (a process's start-up included; the machine may be shared: see CPU time below)`);
    row('in process: createInvoicer(), parsed requests (baseline)', base);
    row('in process: createInvoicer({ explain: false })', same, base);
    row('fresh Node script: read, JSON.parse, invoice, lean line', wall('script'), base);
    row(`CLI --fields (lean lines) --jobs 1`, wall('lean1'), base, GOAL);
    row(`CLI --fields (lean lines) --jobs 2`, wall('lean2'), base);
    row('CLI whole invoices (~5 KB of JSON each) --jobs 1', wall('whole1'), base);
    row('CLI whole invoices --jobs 2', wall('whole2'), base);
    console.log(`CLI --fields --jobs 1 against the same work in process (explain: false): ${((same / wall('lean1')) * 100).toFixed(1)}%; against the fresh script: ${((wall('script') / wall('lean1')) * 100).toFixed(1)}%`);
    // The floor of any fresh process (the CLI or a script): Node's start, JSON.parse of every line, and the same
    // invoices in process, without reading the file, importing the package or writing a byte.
    const floor = median(bareNode) + median(t.parse) + same;
    console.log(
      `floor of a fresh process: node -e 0 ${median(bareNode).toFixed(0)} ms + JSON.parse of the lines ${median(t.parse).toFixed(0)} ms + the invoices (explain: false) ${same.toFixed(0)} ms = ${floor.toFixed(0)} ms = ${((base / floor) * 100).toFixed(1)}% of baseline at best; the CLI --fields --jobs 1 reaches ${((floor / wall('lean1')) * 100).toFixed(1)}% of that floor`,
    );
    console.log(`--jobs 2 over --jobs 1: ×${(wall('lean1') / wall('lean2')).toFixed(2)} lean lines, ×${(wall('whole1') / wall('whole2')).toFixed(2)} whole invoices (wall clock, start-up included)`);
    console.log(
      `two CLI processes at once, each answering half the lines (--jobs 1, lean): ${(wall('halves') / 1000).toFixed(2)} s, ×${(wall('lean1') / wall('halves')).toFixed(2)} over one process answering all: what this machine's ${availableParallelism()} cores give two independent processes, the most --jobs 2 could reach here`,
    );
    console.log(
      `the machine's parallel capacity: a CPU-bound Node process (a loop, no I/O) ends after ${wall('spin1').toFixed(0)} ms alone, two of them started together after ${wall('spin2').toFixed(0)} ms: ×${((2 * wall('spin1')) / wall('spin2')).toFixed(2)} the throughput of one (×2.00 would be two full cores)`,
    );
    console.log('### CPU time (user + system), less sensitive to other load on the machine');
    row('in process: createInvoicer(), CPU (baseline)', median(t.warmCpu));
    row('in process: createInvoicer({ explain: false }), CPU', median(t.sameCpu), median(t.warmCpu));
    row('fresh Node script, CPU', cpu('script'), median(t.warmCpu));
    row('CLI --fields --jobs 1, CPU', cpu('lean1'), median(t.warmCpu), GOAL);
    row('CLI --fields --jobs 2, CPU (both threads)', cpu('lean2'), median(t.warmCpu));
    row('CLI whole invoices --jobs 1, CPU', cpu('whole1'), median(t.warmCpu));

    // Peak memory: flat from 10,000 to 1,000,000 lines.
    if (existsSync('/usr/bin/time')) {
      console.log('### peak memory (maxRSS) of a batch through pipes (start-up included); its CPU time (user + system)');
      const inProcessCpuPerLine = median(t.warmCpu) / REQUESTS;
      for (const leanRun of [true, false]) {
        const cpuOf: Record<number, number> = {};
        for (const lines of [10_000, 100_000, 1_000_000]) {
          const { kb, ms, cpuMs, bytes, liveMb } = await peakMemory(requests, lines, leanRun);
          cpuOf[lines] = cpuMs;
          console.log(
            `${leanRun ? 'lean lines    ' : 'whole invoices'} ${lines.toLocaleString('en-US').padStart(9)} lines: ${(kb / 1024).toFixed(0).padStart(4)} MB maxRSS ${liveMb.toFixed(1).padStart(5)} MB live heap at the end  ${(ms / 1000).toFixed(1).padStart(6)} s wall  ${(cpuMs / 1000).toFixed(1).padStart(6)} s CPU  (${(bytes / 1e6).toFixed(0)} MB out)`,
          );
        }
        // The steady rate: the CPU of the 900,000 lines between the 100,000- and the 1,000,000-line runs
        // (start-up and JIT warm-up cancel out), beside the in-process CPU per invoice.
        const marginal = (cpuOf[1_000_000]! - cpuOf[100_000]!) / 900_000;
        console.log(
          `${leanRun ? 'lean lines    ' : 'whole invoices'} steady rate (CPU of lines 100,001–1,000,000): ${(marginal * 1000).toFixed(2)} µs a line = ${((inProcessCpuPerLine / marginal) * 100).toFixed(1)}% of the in-process rate (${(inProcessCpuPerLine * 1000).toFixed(2)} µs an invoice, CPU)`,
        );
      }
    } else {
      console.log('peak memory: /usr/bin/time not found, skipped');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  }
}
