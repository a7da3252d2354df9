/**
 * Incident benchmark, per call: `incidentStatus` on incidents of three events (accepted, a support
 * reply, then a contact, a resolution or a second reply), beside a hand-written computation giving the
 * same answers: instants parsed with Date.parse, events sorted, the 002 auto-close period counted by
 * 民法140/141 (day 1 the day after the reply, the days read from the fixture, the end at the following
 * midnight in Japan time), the state as of `at`, and the instants printed in Japan time.
 * Every answer is compared first.
 */
// @ts-nocheck

import { documentOfPlan } from '../src/catalog/index.js';
import { incidentStatus, type IncidentEvent, type IncidentStatusInput } from '../src/incident/index.js';
import { agree, compare } from './harness.js';

const N = 20_000;
const DAY = 86_400_000;
const NINE = 9 * 3_600_000;
const DAYS = documentOfPlan('helpdesk-support').incidents!.autoClose!.days;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const p2 = (n: number) => (n < 10 ? `0${n}` : String(n));
/** `YYYY-MM-DDTHH:MM:SS+09:00` (whole minutes here). */
function jst(ms: number): string {
  const d = new Date(ms + NINE);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}+09:00`;
}
const ORDER: Record<string, number> = { accepted: 0, 'customer-contact': 1, 'support-reply': 2, 'customer-agreed': 3, resolved: 4 };

interface Answer {
  state: string;
  closesAt?: string;
  closedAt?: string;
  closedBy?: string;
  acceptedAt: string;
  lastSupportReplyAt?: string;
}

function baseline(input: IncidentStatusInput): Answer {
  const at = Date.parse(input.at as string);
  const ev = input.events.map((e, i) => ({ type: e.type, ms: Date.parse(e.at as string), i }));
  ev.sort((a, b) => a.ms - b.ms || ORDER[a.type]! - ORDER[b.type]! || a.i - b.i);
  let accepted = 0;
  let reply: number | undefined;
  let contact = false;
  let close: { type: string; ms: number } | undefined;
  for (const e of ev) {
    if (e.ms > at) break;
    if (e.type === 'accepted') accepted = e.ms;
    else if (e.type === 'support-reply') {
      reply = e.ms;
      contact = false;
    } else if (e.type === 'customer-contact') {
      if (reply !== undefined) contact = true;
    } else close = e;
  }
  // Objects written out key by key (no spread: on Node 20 a small-object spread costs microseconds).
  const acceptedAt = jst(accepted);
  const replyAt = reply === undefined ? undefined : jst(reply);
  const out = (state: string, closesAt?: string, closedAt?: string, closedBy?: string): Answer => {
    const o: Answer = { state, acceptedAt };
    if (replyAt !== undefined) o.lastSupportReplyAt = replyAt;
    if (closesAt !== undefined) o.closesAt = closesAt;
    if (closedAt !== undefined) o.closedAt = closedAt;
    if (closedBy !== undefined) o.closedBy = closedBy;
    return o;
  };
  if (close) return out('closed', undefined, jst(close.ms), close.type);
  if (reply !== undefined && !contact) {
    const day = Math.floor((reply + NINE) / DAY);
    const first = (reply + NINE) % DAY === 0 ? day : day + 1; // a reply at 00:00 counts its own day
    const end = (first + DAYS) * DAY - NINE;
    const endText = jst(end);
    if (at >= end) return out('closed', endText, endText, 'auto-close');
    return out('awaiting-customer', endText);
  }
  return out('open');
}

export async function run(): Promise<void> {
  const next = rng(1414);
  const base = Date.UTC(2025, 0, 1);
  const inputs: IncidentStatusInput[] = [];
  for (let i = 0; i < N; i++) {
    const t0 = base + Math.floor(next() * 700 * 1440) * 60_000;
    // Some replies at exactly 00:00 Japan time (the day counts), the rest at any minute.
    const t1 = next() < 0.1 ? (Math.floor((t0 + NINE) / DAY) + 1) * DAY - NINE : t0 + Math.floor(next() * 3 * 1440) * 60_000;
    const t2 = t1 + Math.floor(next() * 4 * 1440) * 60_000; // before any auto-close
    const r = next();
    const third: IncidentEvent['type'] = r < 0.4 ? 'customer-contact' : r < 0.7 ? 'resolved' : 'support-reply';
    const events: IncidentEvent[] = [
      { type: 'accepted', at: jst(t0) },
      { type: 'support-reply', at: jst(t1) },
      { type: third, at: jst(t2) },
    ];
    inputs.push({ events, at: jst(t0 + Math.floor(next() * 15 * 1440) * 60_000) });
  }
  agree(
    'incidentStatus (3 events)',
    inputs,
    (i) => incidentStatus(i),
    baseline,
    (a) => {
      const o: Answer = { state: a.state, acceptedAt: a.acceptedAt };
      if (a.lastSupportReplyAt !== undefined) o.lastSupportReplyAt = a.lastSupportReplyAt;
      if (a.closesAt !== undefined) o.closesAt = a.closesAt;
      if (a.closedAt !== undefined) o.closedAt = a.closedAt;
      if (a.closedBy !== undefined) o.closedBy = a.closedBy;
      return o;
    },
  );
  compare('incidentStatus per call, 3 events', [
    {
      label: 'baseline: hand-written state and 民法140 period',
      ops: N,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += baseline(inputs[i]!).state.length;
        return s;
      },
    },
    {
      label: 'incidentStatus (reasons)',
      ops: N,
      goal: 1 / 3,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += incidentStatus(inputs[i]!).state.length;
        return s;
      },
    },
  ]);
}
