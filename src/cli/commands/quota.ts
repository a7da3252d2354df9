import { parseArgs } from 'node:util';
import { InvalidInputError } from '../../errors.js';
import { checkOnsiteVisit, evaluateQuota, evaluateQuotaMonths, type QuotaLimit, type QuotaResult } from '../../quota/index.js';
import type { Reason } from '../../reasons.js';
import { formatTable, parseJsonText, reportError, toJson, UsageError } from '../format.js';
import type { CliIO } from '../io.js';
import type { CliCommand } from '../io.js';

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

/** `quota`: inquiry quota of a contract for a calendar month (or a range), and the on-site visit check. */
export const quotaCommand: CliCommand = {
  name: 'quota',
  summary: 'inquiry quota of a contract for a calendar month',
  usage,
  run: async (args, io) => {
    let json = false;
    try {
      const onsite = args[0] === 'onsite';
      const { values } = parseArgs({
        args: onsite ? [...args.slice(1)] : [...args],
        options: {
          input: { type: 'string', short: 'i' },
          month: { type: 'string' },
          from: { type: 'string' },
          to: { type: 'string' },
          outside: { type: 'string' },
          format: { type: 'string' },
          json: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
      });
      if (values.format !== undefined && values.format !== 'table' && values.format !== 'json') {
        throw new UsageError(`--format must be table or json, not ${JSON.stringify(values.format)}\n${usage}`);
      }
      json = values.json === true || values.format === 'json';
      if (values.help) {
        io.out(usage);
        return 0;
      }
      if (values.input === undefined) throw new UsageError(`--input is required\n${usage}`);
      const input = await readInput(values.input, io);
      if (onsite) {
        for (const flag of ['month', 'from', 'to', 'outside'] as const) {
          if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to quota onsite\n${usage}`);
        }
        const verdict = checkOnsiteVisit(input as never);
        io.out(json ? toJson(verdict) : `${verdict.allowed ? 'allowed' : 'not allowed'}: ${verdict.planId} at ${verdict.at} (${verdict.visitsThisMonth} previous visit(s) in ${verdict.month}, limit ${verdict.limitPerMonth ?? '—'})\n${reasonsText(verdict.reasons)}`);
        return 0;
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
      return 0;
    } catch (e) {
      if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        return reportError(new UsageError(`${e.message}\n${usage}`), io.err, json);
      }
      return reportError(e, io.err, json);
    }
  },
};

async function readInput(path: string, io: CliIO): Promise<Record<string, unknown>> {
  const text = await io.readText(path);
  const value = parseJsonText(text, path === '-' ? 'standard input' : path);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInputError([], 'The input must be a JSON object', { value: Array.isArray(value) ? 'array' : typeof value });
  }
  return value as Record<string, unknown>;
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
      .map((x) => `- [${x.rule}] ${x.message}${x.source ? `\n    「${x.source.passage}」 (${x.source.document})` : ''}${x.interpretation ? `\n    interpretation: ${x.interpretation}` : ''}`)
      .join('\n') + '\n'
  );
}
