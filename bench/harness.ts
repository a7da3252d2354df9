/** Tiny timing helpers for the benchmarks (wall clock, best of N runs, after a warm-up). */
import { performance } from 'node:perf_hooks';

/** Runs `fn` `runs` times after one warm-up, returns the best wall time in ms. */
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
