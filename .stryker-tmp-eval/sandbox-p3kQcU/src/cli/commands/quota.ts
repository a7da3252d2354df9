// @ts-nocheck
import { passageText } from '../../catalog/passage.js';
import { InvalidInputError } from '../../errors.js';
import { checkOnsiteVisit, evaluateQuota, evaluateQuotaMonths, type QuotaLimit, type QuotaResult } from '../../quota/index.js';
import type { Reason } from '../../reasons.js';
import { defineCommand, readInput, type Answer, type ParsedCommand } from '../command.js';
import { formatTable, UsageError } from '../format.js';
import { isJsonObject } from '../input.js';

const usage = `Usage: support-contract-rules quota [month] FILE|- [--month YYYY-MM | --from YYYY-MM --to YYYY-MM]
                                  [--outside ignore|reject] [--plan ID] [--format table|json|ndjson] [--check]
       support-contract-rules quota onsite FILE|- [--plan ID] [--format table|json|ndjson] [--check]

Inquiry quota of a contract per calendar month (Japan time): limit and where it comes from,
used, remaining, and the events past the limit.

  FILE|-         JSON { contract, events, month?, from?, to?, rollover?, outsideEvents? }
                 ('-' reads standard input; --input FILE is the same). contract = { planId, options?: [{ optionId, start, end? }],
                 start?, end? }; events = [{ id, at, questions? }]
  --month M      evaluate one month (overrides the input's month)
  --from/--to M  evaluate every month of a range (default: the months of the contract/events)
  --outside P    events outside the month(s) or the contract: ignore (default) or reject
  --plan ID      the contract's plan (sets contract.planId)
  --format F     table | json | ndjson (default: table on a terminal, else json);
                 --format ndjson with FILE|-: a batch, one request per line
  --check        exit 3 when some event is past the limit (onsite: when the visit is not allowed)

quota onsite: may an on-site fault-isolation visit take place?
  FILE|-         JSON { contract, at, previousVisits: [{ at }], diagnosis: { triedPhoneOrRemote,
                 faultIsolated }, address?: { isContractorAddress } }
`;

const options = {
  month: { type: 'string' },
  plan: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  outside: { type: 'string' },
} as const;

type Values = ParsedCommand<typeof options>['values'];

/** Whether a quota answer is negative: an event past the limit, or an on-site visit not allowed. */
function negative(v: unknown): boolean {
  const r = v as { allowed?: boolean; over?: readonly unknown[]; months?: ReadonlyArray<{ over: readonly unknown[] }> };
  if (r.allowed !== undefined) return !r.allowed;
  if (r.months) return r.months.some((m) => m.over.length > 0);
  return (r.over?.length ?? 0) > 0;
}

function checkFlags(sub: string | undefined, values: Values): void {
  if (sub === 'onsite') {
    for (const flag of ['month', 'from', 'to', 'outside'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to quota onsite\n${usage}`);
    }
    return;
  }
  if (values.outside !== undefined && values.outside !== 'ignore' && values.outside !== 'reject') {
    throw new UsageError(`--outside must be ignore or reject, not ${JSON.stringify(values.outside)}\n${usage}`);
  }
  if (values.month !== undefined && (values.from !== undefined || values.to !== undefined)) throw new UsageError(`--month cannot be combined with --from/--to\n${usage}`);
}

/** Answers one request (a JSON object) as the command line says. */
function answerOne(sub: string | undefined, raw: unknown, values: Values): Answer {
  if (!isJsonObject(raw)) {
    throw new InvalidInputError([], 'The input must be a JSON object', { value: Array.isArray(raw) ? 'array' : typeof raw });
  }
  const input: Record<string, unknown> = values.plan === undefined ? raw : { ...raw, contract: isJsonObject(raw.contract) ? { ...raw.contract, planId: values.plan } : raw.contract };
  if (sub === 'onsite') {
    const verdict = checkOnsiteVisit(input as never);
    return {
      value: verdict,
      table: () =>
        `${verdict.allowed ? 'allowed' : 'not allowed'}: ${verdict.planId} at ${verdict.at} (${verdict.visitsThisMonth} previous visit(s) in ${verdict.month}, limit ${verdict.limitPerMonth ?? '—'})\n${reasonsText(verdict.reasons)}`,
    };
  }
  const month = values.month ?? (values.from === undefined && values.to === undefined ? input.month : undefined);
  const common = {
    ...input,
    ...(values.outside !== undefined ? { outsideEvents: values.outside } : {}),
  } as Record<string, unknown>;
  delete common.month;
  if (month !== undefined) {
    const r = evaluateQuota({ ...common, month } as never);
    return { value: r, table: () => monthText(r, true) };
  }
  const r = evaluateQuotaMonths({ ...common, ...(values.from !== undefined ? { from: values.from } : {}), ...(values.to !== undefined ? { to: values.to } : {}) } as never);
  return {
    value: r,
    table: () =>
      `${r.planId}: ${r.from ?? '—'} to ${r.to ?? '—'}${r.ignored.length ? ` (${r.ignored.length} event(s) ignored)` : ''}\n` +
      formatTable(
        ['month', 'limit', 'used', 'remaining', 'over'],
        r.months.map((m) => [m.month, limitText(m.limit), String(m.used), m.remaining === null ? '—' : String(m.remaining), m.over.join(' ')]),
      ),
  };
}

/** `quota`: inquiry quota of a contract for a calendar month (or a range), and the on-site visit check. */
export const quotaCommand = defineCommand({
  name: 'quota',
  summary: 'inquiry quota of a contract for a calendar month; on-site visit check',
  usage,
  options,
  subcommands: ['month', 'onsite'],
  defaultSub: 'month',
  negative,
  batch: ({ sub, values }) => {
    checkFlags(sub, values);
    return { answer: (request) => answerOne(sub, request, values).value, negative };
  },
  answer: async (parsed, io) => {
    if (parsed.input === undefined) throw new UsageError(`--input is required: give the input FILE (or - for standard input)\n${usage}`);
    checkFlags(parsed.sub, parsed.values);
    const raw = await readInput(io, parsed, usage);
    return answerOne(parsed.sub, raw, parsed.values);
  },
});

function limitText(limit: QuotaLimit): string {
  if (limit.total === null) return 'none stated';
  if (limit.parts.length <= 1) return String(limit.total);
  return `${limit.total} (${limit.parts.map((p) => `${p.units} ${p.kind}`).join(' + ')})`;
}

function monthText(r: QuotaResult, withEvents: boolean): string {
  const unit = r.limit.unit === 'incident' ? 'incidents' : 'inquiries';
  const lines = [
    `${r.planId} ${r.month} (${unit})`,
    `limit      ${limitText(r.limit)}`,
    `used       ${r.used}`,
    `remaining  ${r.remaining === null ? '—' : r.remaining}`,
    `over       ${r.over.length ? r.over.join(' ') : '—'}`,
    '',
  ].join('\n');
  const events =
    withEvents && r.trace.length
      ? `\n${formatTable(
          ['event', 'at (Japan time)', 'units', 'used after', 'status'],
          r.trace.map((t) => [t.id, t.at, String(t.units), t.usedAfter === null ? '' : String(t.usedAfter), t.status]),
        )}`
      : '';
  return `${lines}${events}\n${reasonsText(r.reasons)}`;
}

function reasonsText(reasons: readonly Reason[]): string {
  return (
    reasons
      .map((x) => `- [${x.rule}] ${x.message}${x.source ? `\n    「${passageText(x.source.passage)}」 (${x.source.document})` : ''}${x.interpretation ? `\n    interpretation: ${x.interpretation}` : ''}`)
      .join('\n') + '\n'
  );
}
