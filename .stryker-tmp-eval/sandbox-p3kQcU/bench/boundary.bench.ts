/**
 * Boundary benchmark (issue 12): the figures the input limits promise.
 * - `invoiceTotals` with 100,000 lines of distinct rates: a typed limit error (more than 1,000 distinct rates)
 *   in well under 0.5 s; and 100,000 lines over 1,000 distinct rates (the limit) answered, beside the same
 *   invoice with one rate.
 * - An id or a name of 4 MB refused with a typed error (OutOfRangeError, or InvalidInputError for a code) in under 10 ms, by every look-up that takes one.
 * - `evaluateQuota` over 1,000,000 events of one month in one call, under 2 s; its answer (units used, the
 *   events past the limit, the trace's length) is checked against a hand count first. The trace is built when
 *   first read, so the call is also timed with its trace read.
 * Each figure is the median of 5 rounds of at least 100 ms each (a batch repeats a fast call).
 */
// @ts-nocheck

import { performance } from 'node:perf_hooks';
import {
  checkSupportScope,
  classifyArea,
  ContractRulesError,
  evaluateQuota,
  findPlan,
  getFee,
  getMunicipality,
  getOption,
  getPlan,
  invoiceTotals,
  isOpen,
  resolveMunicipality,
  type QuotaEvent,
} from '../src/index.js';
import { agree, measure } from './harness.js';

/** The typed error a call ends in (the bench stops if it answers or throws anything else). */
function typedError(f: () => unknown): ContractRulesError {
  try {
    f();
  } catch (e) {
    if (e instanceof ContractRulesError) return e;
    throw e;
  }
  throw new Error('expected a typed error, got an answer');
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

export function run(): void {
  // ------------------------------------------------------------------ invoiceTotals, distinct rates
  const distinct = Array.from({ length: 100_000 }, (_, i) => ({ amountYen: 1000 + (i % 7), ratePercent: i / 1000 }));
  const e = typedError(() => invoiceTotals({ basis: 'tax-excluded', lines: distinct }));
  console.log(`invoiceTotals, 100,000 lines of distinct rates: ${e.code} at ${JSON.stringify(e.path)} (${e.message})`);
  const tLimit = measure('invoiceTotals 100,000 distinct-rate lines → limit error', () => (typedError(() => invoiceTotals({ basis: 'tax-excluded', lines: distinct })).path.length), 1);
  console.log(`  ${(tLimit / 1e6).toFixed(2)} ms per call (goal < 500 ms: ${tLimit < 5e8 ? 'met' : 'NOT met'})`);

  const atLimit = Array.from({ length: 100_000 }, (_, i) => ({ amountYen: 1000 + (i % 7), ratePercent: (i % 1000) / 100 }));
  const oneRate = atLimit.map((l) => ({ amountYen: l.amountYen, ratePercent: 10 }));
  // Hand count for the answered invoice: Σ over the 1,000 rates of floor(Σ amounts × rate / 100).
  agree(
    'invoiceTotals, 100,000 lines over 1,000 distinct rates (tax)',
    [atLimit],
    (lines) => invoiceTotals({ basis: 'tax-excluded', lines, explain: false }).taxYen,
    (lines) => {
      const sums = new Map<number, number>();
      for (const l of lines) sums.set(l.ratePercent, (sums.get(l.ratePercent) ?? 0) + l.amountYen);
      let tax = 0;
      // rate r = k/100 percent: tax = floor(sum × k / 10,000), exact in integers
      for (const [r, s] of sums) tax += Math.floor((s * Math.round(r * 100)) / 10_000);
      return tax;
    },
    (t) => t,
  );
  const t1000 = measure('invoiceTotals 100,000 lines, 1,000 distinct rates', () => invoiceTotals({ basis: 'tax-excluded', lines: atLimit, explain: false }).taxYen, 1);
  const t1 = measure('invoiceTotals 100,000 lines, one rate', () => invoiceTotals({ basis: 'tax-excluded', lines: oneRate, explain: false }).taxYen, 1);
  console.log(`  1,000 distinct rates: ${(t1000 / 1e6).toFixed(1)} ms; one rate: ${(t1 / 1e6).toFixed(1)} ms (goal < 500 ms: ${t1000 < 5e8 ? 'met' : 'NOT met'})`);

  // ------------------------------------------------------------------ 4 MB ids and names
  const huge = 'a'.repeat(4 << 20);
  const lookUps: Array<[string, () => unknown]> = [
    ['getPlan(id)', () => getPlan(huge as never)],
    ['getOption(id)', () => getOption(huge as never)],
    ['getFee(id)', () => getFee(huge as never)],
    ['findPlan({ name })', () => findPlan({ name: huge })],
    ['getMunicipality(code)', () => getMunicipality(huge)],
    ['isOpen({ planId })', () => isOpen({ planId: huge, channel: 'phone', at: '2026-11-20T10:00:00+09:00' })],
    ['classifyArea({ address })', () => classifyArea({ address: huge, on: '2026-11-20' })],
    ['resolveMunicipality(address)', () => resolveMunicipality({ address: huge })],
    ['checkSupportScope({ subject.name })', () => checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'software', name: huge } })],
  ];
  let worst = 0;
  for (const [label, f] of lookUps) {
    const err = typedError(f);
    // out_of_range (too long) for ids and names; a code that cannot be one (getMunicipality) is invalid_input.
    if (err.path.length === 0) throw new Error(`${label}: expected a typed error with a path, got ${err.code} ${JSON.stringify(err.path)}`);
    const ns = measure(`4 MB text refused: ${label}`, () => typedError(f).path.length, 1);
    worst = Math.max(worst, ns);
  }
  console.log(`  slowest refusal of a 4 MB id or name: ${(worst / 1e6).toFixed(3)} ms (goal < 10 ms: ${worst < 1e7 ? 'met' : 'NOT met'})`);

  // ------------------------------------------------------------------ evaluateQuota, 1,000,000 events
  const N = 1_000_000;
  const events: QuotaEvent[] = new Array(N);
  for (let i = 0; i < N; i++) {
    const day = 1 + (i % 30);
    const minute = Math.floor(i / 30) % 1440;
    events[i] = { id: `e${i}`, at: `2026-11-${pad(day)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(Math.floor(i / 43_200) % 60)}+09:00` };
  }
  const input = { contract: { planId: 'oas-plan-a' }, month: '2026-11', events };
  agree(
    'evaluateQuota, 1,000,000 events of 2026-11 (units used; events past the limit of 5)',
    [input],
    (x) => evaluateQuota(x),
    () => [N, N - 5, N],
    (r) => [r.used, r.over.length, r.trace.length],
  );
  const t0 = performance.now();
  evaluateQuota(input);
  console.log(`evaluateQuota, 1,000,000 events, first call: ${(performance.now() - t0).toFixed(0)} ms`);
  const tq = measure('evaluateQuota, 1,000,000 events in one call', () => evaluateQuota(input).used, 1, { rounds: 3 });
  console.log(`  ${(tq / 1e9).toFixed(2)} s per call (goal < 2 s: ${tq < 2e9 ? 'met' : 'NOT met'})`);
  // The per-event trace (1,000,000 objects and instant texts) is built on the first read of `result.trace`:
  // the same call with the trace read, for the full cost of the detail.
  const tt = measure('evaluateQuota, 1,000,000 events, and its trace read', () => evaluateQuota(input).trace.length, 1, { rounds: 3 });
  console.log(`  with the trace read: ${(tt / 1e9).toFixed(2)} s per call`);
}
