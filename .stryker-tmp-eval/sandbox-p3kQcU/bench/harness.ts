/**
 * Timing helpers for the benchmarks. Every figure is a median over several interleaved rounds; in each
 * round each contender runs its whole batch as many times as it takes to fill at least `minMs`
 * milliseconds (timer noise is then negligible), after one untimed warm-up batch. A busy machine slows
 * every contender of a round alike, so the ratios are steadier than the absolute rates. Beside the wall
 * time, each figure gives the process's CPU time (user + system) per operation: on shared cores the
 * wall time counts the time other processes held the core, the CPU time does not (it still counts this
 * process's garbage-collector threads).
 *
 * Correctness is checked before any timing, by {@link agree}: a contender's answers must equal its
 * baseline's on every input, or the bench stops.
 */
// @ts-nocheck

import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';

/** One timed contender: `run` performs `ops` operations and returns a number (kept, so no work is dead). */
export interface Contender {
  readonly label: string;
  readonly ops: number;
  readonly run: () => number;
  /** The goal, as a share of the baseline's speed (e.g. 1/8), printed beside the figure. */
  readonly goal?: number;
}

/** The result of one contender: the median time of one operation, in nanoseconds. */
export interface Measured {
  readonly label: string;
  /** Median wall-clock time of one operation. */
  readonly nsPerOp: number;
  /** Median CPU time (user + system) of one operation: less disturbed than wall time when other processes share the cores. */
  readonly cpuNsPerOp: number;
  readonly rounds: readonly number[];
}

/** CPU time (user + system, this process) of the last {@link timeBatch}, per operation, in nanoseconds. */
let lastCpuNsPerOp = NaN;

let sink = 0;

/** Runs `run` repeatedly until at least `minMs` have passed; returns nanoseconds per operation. */
export function timeBatch(run: () => number, ops: number, minMs = 100): number {
  let reps = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let t = t0;
  do {
    sink += run();
    reps++;
    t = performance.now();
  } while (t - t0 < minMs);
  const c = process.cpuUsage(c0);
  lastCpuNsPerOp = ((c.user + c.system) * 1e3) / (reps * ops);
  return ((t - t0) * 1e6) / (reps * ops);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Times the contenders in `rounds` interleaved rounds (the order rotates each round, so no contender is
 * always first after another's garbage) and prints each one's median rate; the first contender is the
 * baseline, and every other one is printed as a share of its speed (with the goal, if any).
 */
export function compare(title: string, contenders: readonly Contender[], options: { rounds?: number; minMs?: number } = {}): Measured[] {
  const rounds = options.rounds ?? 5;
  const minMs = options.minMs ?? 100;
  for (const c of contenders) sink += c.run(); // warm-up, untimed
  const times: number[][] = contenders.map(() => []);
  const cpu: number[][] = contenders.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < contenders.length; k++) {
      const i = (k + r) % contenders.length;
      const c = contenders[i]!;
      times[i]!.push(timeBatch(c.run, c.ops, minMs));
      cpu[i]!.push(lastCpuNsPerOp);
    }
  }
  const out = contenders.map((c, i) => ({ label: c.label, nsPerOp: median(times[i]!), cpuNsPerOp: median(cpu[i]!), rounds: times[i]! }));
  console.log(`### ${title} (median of ${rounds} interleaved rounds, each ≥ ${minMs} ms)`);
  const base = out[0]!;
  out.forEach((m, i) => {
    const c = contenders[i]!;
    let line = `${m.label.padEnd(52)} ${fmtRate(1e9 / m.nsPerOp).padStart(14)} ops/s  ${fmtTime(m.nsPerOp).padStart(10)}/op  (cpu ${fmtTime(m.cpuNsPerOp)})`;
    if (i > 0) {
      const share = base.nsPerOp / m.nsPerOp;
      line += `  = ${share.toFixed(3)} of baseline (cpu: ${(base.cpuNsPerOp / m.cpuNsPerOp).toFixed(3)})`;
      if (c.goal !== undefined) line += ` (goal ≥ ${c.goal.toFixed(3)}: ${share >= c.goal ? 'met' : 'NOT met'})`;
    }
    console.log(line);
  });
  return out;
}

/** Times one contender alone (no baseline), the median of interleaved-style repeated rounds. */
export function measure(label: string, run: () => number, ops: number, options: { rounds?: number; minMs?: number } = {}): number {
  return measureBoth(label, run, ops, options).nsPerOp;
}

/** {@link measure}, returning the median wall and CPU times of one operation. */
export function measureBoth(label: string, run: () => number, ops: number, options: { rounds?: number; minMs?: number } = {}): { nsPerOp: number; cpuNsPerOp: number } {
  const rounds = options.rounds ?? 5;
  sink += run();
  const ts: number[] = [];
  const cs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ts.push(timeBatch(run, ops, options.minMs ?? 100));
    cs.push(lastCpuNsPerOp);
  }
  const ns = median(ts);
  const cpuNs = median(cs);
  console.log(`${label.padEnd(52)} ${fmtRate(1e9 / ns).padStart(14)} ops/s  ${fmtTime(ns).padStart(10)}/op  (cpu ${fmtTime(cpuNs)}; median of ${rounds})`);
  return { nsPerOp: ns, cpuNsPerOp: cpuNs };
}

/**
 * Checks that `library` and `baseline` give equal answers (deep equality of what `project` keeps of the
 * library's answer) on every input; throws on the first difference. Returns the number of inputs checked.
 */
export function agree<I, A, B>(what: string, inputs: readonly I[], library: (i: I) => A, baseline: (i: I) => B, project: (a: A, i: I) => B): number {
  for (let k = 0; k < inputs.length; k++) {
    const i = inputs[k]!;
    const a = project(library(i), i);
    const b = baseline(i);
    if (!isDeepStrictEqual(a, b)) {
      throw new Error(`${what}: library and baseline disagree on input #${k} ${safeJson(i)}:\n library  ${safeJson(a)}\n baseline ${safeJson(b)}`);
    }
  }
  console.log(`${what}: library and baseline agree on all ${inputs.length.toLocaleString('en-US')} inputs`);
  return inputs.length;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

function fmtRate(r: number): string {
  return Math.round(r).toLocaleString('en-US');
}

function fmtTime(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

/** Keeps the accumulated results observable so that no timed work is dead code. */
export function consumed(): number {
  return sink;
}

/**
 * Older helpers, kept for benches that report one-off costs (not per-call comparisons): the best wall
 * time of `runs` runs after a warm-up, and a printed rate.
 */
export function bestOf(fn: () => unknown, runs = 5): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Prints "label: N ops/s (ms)" and the ratio to a baseline. */
export function report(label: string, ops: number, ms: number, baseline?: { ops: number; ms: number }): void {
  const rate = (ops / ms) * 1000;
  let line = `${label.padEnd(44)} ${Math.round(rate).toLocaleString('en-US').padStart(14)} ops/s  (${ops.toLocaleString('en-US')} in ${ms.toFixed(1)} ms)`;
  if (baseline) {
    const baseRate = (baseline.ops / baseline.ms) * 1000;
    line += `  = ${((rate / baseRate) * 100).toFixed(1)}% of baseline`;
  }
  console.log(line);
}
