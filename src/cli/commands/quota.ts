import { passageText } from '../../catalog/primitives.js';
import { InvalidInputError } from '../../errors.js';
import { checkOnsiteVisit, evaluateQuota, evaluateQuotaMonths, type QuotaLimit, type QuotaResult } from '../../quota/index.js';
import type { Reason } from '../../reasons.js';
import { runCommand } from '../command.js';
import { formatTable, toJson, UsageError } from '../format.js';
import { isJsonObject, readJsonInput } from '../input.js';
import type { CliCommand, CliIO } from '../io.js';

const usage = `Usage: support-contract-rules quota --input FILE|- [--month YYYY-MM | --from YYYY-MM --to YYYY-MM]
                                  [--outside ignore|reject] [--format table|json] [--json]
       support-contract-rules quota onsite --input FILE|- [--format table|json] [--json]

Inquiry quota of a contract per calendar month (Japan time): limit and where it comes from,
used, remaining, and the events past the limit.

  --input FILE   JSON { contract, events, month?, from?, to?, rollover?, outsideEvents? }
                 ('-' reads standard input). contract = { planId, options?: [{ optionId, start, end? }],
                 start?, end? }; events = [{ id, at, questions? }]
  --month M      evaluate one month (overrides the input's month)
  --from/--to M  evaluate every month of a range (default: the months of the contract/events)
  --outside P    events outside the month(s) or the contract: ignore (default) or reject
  --format F     table (default) or json;  --json is --format json

quota onsite: may an on-site fault-isolation visit take place?
  --input FILE   JSON { contract, at, previousVisits: [{ at }], diagnosis: { triedPhoneOrRemote,
                 faultIsolated }, address?: { isContractorAddress } }
`;

const options = {
  input: { type: 'string', short: 'i' },
  month: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  outside: { type: 'string' },
} as const;

/** `quota`: inquiry quota of a contract for a calendar month (or a range), and the on-site visit check. */
export const quotaCommand: CliCommand = {
  name: 'quota',
  summary: 'inquiry quota of a contract for a calendar month',
  usage,
  run: (args, io) => {
    const onsite = args[0] === 'onsite';
    return runCommand(onsite ? args.slice(1) : args, io, { usage, options, format: 'table' }, async ({ values, json }) => {
      if (values.input === undefined) throw new UsageError(`--input is required\n${usage}`);
      const input = await readInput(values.input, io);
      if (onsite) {
        for (const flag of ['month', 'from', 'to', 'outside'] as const) {
          if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to quota onsite\n${usage}`);
        }
        const verdict = checkOnsiteVisit(input as never);
        io.out(json ? toJson(verdict) : `${verdict.allowed ? 'allowed' : 'not allowed'}: ${verdict.planId} at ${verdict.at} (${verdict.visitsThisMonth} previous visit(s) in ${verdict.month}, limit ${verdict.limitPerMonth ?? '—'})\n${reasonsText(verdict.reasons)}`);
        return;
      }
      if (values.outside !== undefined && values.outside !== 'ignore' && values.outside !== 'reject') {
        throw new UsageError(`--outside must be ignore or reject, not ${JSON.stringify(values.outside)}\n${usage}`);
      }
      const month = values.month ?? (values.from === undefined && values.to === undefined ? input.month : undefined);
      const common = {
        ...input,
        ...(values.outside !== undefined ? { outsideEvents: values.outside } : {}),
      } as Record<string, unknown>;
      delete common.month;
      if (month !== undefined) {
        if (values.from !== undefined || values.to !== undefined) throw new UsageError(`--month cannot be combined with --from/--to\n${usage}`);
        const r = evaluateQuota({ ...common, month } as never);
        io.out(json ? toJson(r) : monthText(r, true));
      } else {
        const r = evaluateQuotaMonths({ ...common, ...(values.from !== undefined ? { from: values.from } : {}), ...(values.to !== undefined ? { to: values.to } : {}) } as never);
        if (json) io.out(toJson(r));
        else {
          io.out(
            `${r.planId}: ${r.from ?? '—'} to ${r.to ?? '—'}${r.ignored.length ? ` (${r.ignored.length} event(s) ignored)` : ''}\n` +
              formatTable(
                ['month', 'limit', 'used', 'remaining', 'over'],
                r.months.map((m) => [m.month, limitText(m.limit), String(m.used), m.remaining === null ? '—' : String(m.remaining), m.over.join(' ')]),
              ),
          );
        }
      }
    });
  },
};

async function readInput(path: string, io: CliIO): Promise<Record<string, unknown>> {
  const value = await readJsonInput(io, path);
  if (!isJsonObject(value)) {
    throw new InvalidInputError([], 'The input must be a JSON object', { value: Array.isArray(value) ? 'array' : typeof value });
  }
  return value;
}

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
