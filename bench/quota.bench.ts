/**
 * Quota benchmark: 1,000,000 inquiry events over 10,000 contracts (100 each, spread over a year,
 * instants written with `+09:00` or `Z`), evaluated month by month with `evaluateQuotaMonths`
 * (the batch path), beside a plain loop that only counts each contract's events by Japan month.
 */
import { evaluateQuotaMonths, type QuotaContract, type QuotaEvent } from '../src/quota/index.js';
import { bestOf, report } from './harness.js';

const CONTRACTS = 10_000;
const EVENTS_PER_CONTRACT = 100;

const plans: QuotaContract[] = [
  { planId: 'oas-plan-a' },
  { planId: 'oas-plan-b' },
  { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-03-01' }] },
  { planId: 'itss-light-anshin-2' },
  { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-06-10' }] },
  { planId: 'itss-standard-anshin-2' },
  { planId: 'helpdesk-support' },
];

/** Deterministic pseudo-random numbers (xorshift32), so that every run sees the same data. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x1_0000_0000;
  };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function makeData(): Array<{ contract: QuotaContract; events: QuotaEvent[] }> {
  const rand = rng(20_261_122);
  const out: Array<{ contract: QuotaContract; events: QuotaEvent[] }> = [];
  const base = Date.UTC(2025, 11, 31, 15, 0, 0); // 2026-01-01T00:00+09:00
  const span = 365 * 86_400_000;
  for (let c = 0; c < CONTRACTS; c++) {
    const contract = plans[c % plans.length]!;
    const events: QuotaEvent[] = new Array(EVENTS_PER_CONTRACT);
    for (let k = 0; k < EVENTS_PER_CONTRACT; k++) {
      const ms = base + Math.floor(rand() * span / 60_000) * 60_000;
      let at: string;
      if (k % 2 === 0) {
        const d = new Date(ms);
        at = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00Z`;
      } else {
        const d = new Date(ms + 9 * 3_600_000);
        at = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+09:00`;
      }
      events[k] = rand() < 0.1 ? { id: `c${c}-e${k}`, at, questions: 2 } : { id: `c${c}-e${k}`, at };
    }
    out.push({ contract, events });
  }
  return out;
}

/** The baseline: per contract, count events by Japan month in a plain loop (Date.parse + arithmetic). */
function baseline(data: ReturnType<typeof makeData>): number {
  let months = 0;
  for (const { events } of data) {
    const counts = new Map<number, number>();
    for (let i = 0; i < events.length; i++) {
      const ms = Date.parse(events[i]!.at as string);
      const d = new Date(ms + 9 * 3_600_000);
      const m = d.getUTCFullYear() * 12 + d.getUTCMonth();
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    months += counts.size;
  }
  return months;
}

function library(data: ReturnType<typeof makeData>): number {
  let months = 0;
  for (const { contract, events } of data) {
    for (const m of evaluateQuotaMonths({ contract, events }).months) if (m.used > 0) months++;
  }
  return months;
}

/** Runs the benchmark and prints events per second beside the baseline. */
export async function run(): Promise<void> {
  const data = makeData();
  const total = CONTRACTS * EVENTS_PER_CONTRACT;
  const check = [baseline(data), library(data)];
  console.log(`${CONTRACTS.toLocaleString('en-US')} contracts, ${total.toLocaleString('en-US')} events; months with events: baseline ${check[0]}, library ${check[1]}${check[0] === check[1] ? ' (agree)' : ' (DISAGREE)'}`);
  const baseMs = bestOf(() => baseline(data), 5);
  report('baseline: count events by month (plain loop)', total, baseMs);
  const libMs = bestOf(() => library(data), 5);
  report('evaluateQuotaMonths (batch, no event trace)', total, libMs, { ops: total, ms: baseMs });
  const traceMs = bestOf(() => {
    for (const { contract, events } of data) evaluateQuotaMonths({ contract, events, traceEvents: true });
  }, 3);
  report('evaluateQuotaMonths (with event trace)', total, traceMs, { ops: total, ms: baseMs });
}
