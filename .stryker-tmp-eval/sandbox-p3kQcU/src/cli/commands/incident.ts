// @ts-nocheck
import {
  cancellationEffect,
  estimateOutOfHoursSupport,
  incidentStatus,
  serviceEndNotice,
  type CancellationEffectInput,
  type EstimateOutOfHoursSupportInput,
  type IncidentStatusInput,
  type ServiceEndNoticeInput,
} from '../../incident/index.js';
import type { Reason } from '../../reasons.js';
import { defineCommand, type Answer, type ParsedCommand } from '../command.js';
import { formatTable, UsageError } from '../format.js';
import { isJsonObject, readJsonInput } from '../input.js';
import type { CliIO } from '../io.js';

const usage = `Usage: support-contract-rules incident <sub-command> [FILE|-] [options] [--format table|json|ndjson]

Sub-commands:
  status        state of a 002 helpdesk incident and when it closes automatically
                  FILE|-          JSON: an array of events { type, at } or { events, at?, policy? }; '-' for stdin
                                  (--events FILE is the same)
                  --at ISO        the instant to evaluate (overrides the file's "at")
                  --policy P      civil-code (default) | elapsed | business-days
                  --midnight-reply R   count-first-day (default, 民法140 ただし書) | exclude-first-day
                  --channel NAME  schedule channel for business-days (default phone)
  out-of-hours  whether out-of-hours support (002 仕様書 5) is paid, and its estimate (目安)
                  --minutes N     duration in minutes
                  --cause C       customer-convenience | customer-side | outside-provider-services | provider-services
                  --topic T       for customer-convenience: general-inquiry | setup-check | operation-advice | low-urgency | other
                  --at ISO        when (optional)
                  --billing B     per-started-unit (default) | pro-rata
  notice        latest day to announce the end of the service (002 規約 第4条)
                  --last-day DATE      last day of service
                  --given-on DATE      a notice day to check (optional)
                  --counting C         backward-from-end (default) | forward-from-notice
  cancel        when a 003 cancellation takes effect and support ends
                  --accepted-at ISO | --accepted-on DATE
                  --at ISO             an instant to check (optional)
                  --support-on-cancellation-day none (default) | whole-day

Common: --plan ID (plan whose document's rules apply),
        --closure YYYY-MM-DD..YYYY-MM-DD  a company closure (夏期休業 …) for business days and hours; repeatable,
        --format table | json | ndjson (default: table on a terminal, else json).
Every sub-command also reads its input as JSON (FILE or -): the fields of incidentStatus,
estimateOutOfHoursSupport, serviceEndNotice or cancellationEffect; the flags override them.
With --format ndjson, FILE|- is a batch: one input per line, one answer per line.
--check (status: exit 3 unless closed; out-of-hours: exit 3 when paid; notice: exit 3 when not in time).
Instants are ISO-8601; without an offset they are Japan time.
`;

const options = {
  events: { type: 'string' },
  at: { type: 'string' },
  policy: { type: 'string' },
  'midnight-reply': { type: 'string' },
  channel: { type: 'string' },
  closure: { type: 'string', multiple: true },
  minutes: { type: 'string' },
  cause: { type: 'string' },
  topic: { type: 'string' },
  billing: { type: 'string' },
  'last-day': { type: 'string' },
  'given-on': { type: 'string' },
  counting: { type: 'string' },
  'accepted-at': { type: 'string' },
  'accepted-on': { type: 'string' },
  'support-on-cancellation-day': { type: 'string' },
  plan: { type: 'string' },
} as const;

type Values = ParsedCommand<typeof options>['values'];

const SUBS = ['status', 'out-of-hours', 'notice', 'cancel'] as const;

/** Whether an incident answer is negative, for `--check`. */
function negative(sub: string | undefined, v: unknown): boolean {
  const r = v as { state?: string; paid?: boolean; sufficient?: boolean; supportAvailable?: boolean };
  if (sub === 'status') return r.state !== 'closed';
  if (sub === 'out-of-hours') return r.paid === true;
  if (sub === 'notice') return r.sufficient === false;
  return r.supportAvailable === false;
}

/** The sub-command's input from the flags, over the JSON request `base` (if any). */
function inputOf(sub: string | undefined, values: Values, base: Record<string, unknown> | undefined): Record<string, unknown> {
  const plan = values.plan === undefined ? {} : { planId: values.plan };
  switch (sub) {
    case 'status': {
      const fromFile = base ?? {};
      if (!('events' in fromFile)) throw new UsageError('The events JSON must be an array of events or an object with "events"');
      const input = {
        ...fromFile,
        ...(values.at !== undefined ? { at: values.at } : {}),
        ...(values.policy !== undefined ? { policy: values.policy } : {}),
        ...(values['midnight-reply'] !== undefined ? { midnightReply: values['midnight-reply'] } : {}),
        ...(values.channel !== undefined ? { businessDayChannel: values.channel } : {}),
        ...closuresOf(values, fromFile.businessCalendar),
        ...plan,
      };
      delete (input as { catalog?: unknown }).catalog;
      return input;
    }
    case 'out-of-hours':
      if (base === undefined && values.minutes === undefined) throw new UsageError(`--minutes is required\n${usage}`);
      return {
        ...base,
        ...(values.minutes !== undefined ? { durationMinutes: parseMinutes(values.minutes) } : {}),
        ...(values.cause !== undefined || base === undefined ? { cause: values.cause } : {}),
        ...(values.topic !== undefined ? { topic: values.topic } : {}),
        ...(values.at !== undefined ? { at: values.at } : {}),
        ...(values.billing !== undefined ? { billing: values.billing } : {}),
        ...(values.channel !== undefined ? { businessDayChannel: values.channel } : {}),
        ...closuresOf(values, base?.businessCalendar),
        ...plan,
      };
    case 'notice':
      if (base === undefined && values['last-day'] === undefined) throw new UsageError(`--last-day is required\n${usage}`);
      return {
        ...base,
        ...(values['last-day'] !== undefined ? { lastServiceDay: values['last-day'] } : {}),
        ...(values['given-on'] !== undefined ? { noticeGivenOn: values['given-on'] } : {}),
        ...(values.counting !== undefined ? { counting: values.counting } : {}),
        ...plan,
      };
    default:
      return {
        ...base,
        ...(values['accepted-at'] !== undefined ? { acceptedAt: values['accepted-at'] } : {}),
        ...(values['accepted-on'] !== undefined ? { acceptedOn: values['accepted-on'] } : {}),
        ...(values.at !== undefined ? { at: values.at } : {}),
        ...(values['support-on-cancellation-day'] !== undefined ? { supportOnCancellationDay: values['support-on-cancellation-day'] } : {}),
        ...plan,
      };
  }
}

/** A request (a JSON value) as the sub-command's base input: status takes an array of events too. */
function baseOf(sub: string | undefined, data: unknown): Record<string, unknown> {
  if (sub === 'status') return Array.isArray(data) ? { events: data } : isJsonObject(data) ? data : {};
  if (!isJsonObject(data)) throw new UsageError(`The input of incident ${sub} must be a JSON object`);
  if ('catalog' in data) throw new UsageError('The input may not carry a catalog; the CLI uses the bundled catalog');
  return data;
}

/** Evaluates a sub-command's input; the answer and its table rows. */
function evaluate(sub: string | undefined, input: Record<string, unknown>): Answer {
  switch (sub) {
    case 'status': {
      const r = incidentStatus(input as unknown as IncidentStatusInput);
      return output(r, [
        ['state', r.state],
        ['accepted at', r.acceptedAt],
        ['last support reply', r.lastSupportReplyAt ?? ''],
        ['closes at', r.closesAt ?? ''],
        ['closed at', r.closedAt ?? ''],
        ['closed by', r.closedBy ?? ''],
        ['policy', r.policy],
      ]);
    }
    case 'out-of-hours': {
      const r = estimateOutOfHoursSupport(input as unknown as EstimateOutOfHoursSupportInput);
      return output(r, [
        ['paid', String(r.paid)],
        ['paid case', r.paidCaseId ?? ''],
        ['outside hours', r.outsideHours === undefined ? '(not checked)' : String(r.outsideHours)],
        ['duration', `${r.durationMinutes} min`],
        ['billed units', `${r.billedUnits} × ${r.unitMinutes} min (${r.billing})`],
        ['estimate', `${r.estimatedYen.toLocaleString('en-US')}円${r.isEstimate ? ' (目安)' : ''}`],
        ['tax basis', r.taxBasis ?? '(not stated)'],
      ]);
    }
    case 'notice': {
      const r = serviceEndNotice(input as unknown as ServiceEndNoticeInput);
      return output(r, [
        ['last day of service', r.lastServiceDay],
        ['notice', `${r.noticeMonths} month(s) (${r.counting})`],
        ['latest notice day', r.latestNoticeDay],
        ...(r.noticeGivenOn !== undefined
          ? [
              ['notice given on', r.noticeGivenOn],
              ['in time', String(r.sufficient)],
              ['earliest last day', r.earliestLastServiceDay ?? ''],
            ]
          : []),
      ]);
    }
    default: {
      const r = cancellationEffect(input as unknown as CancellationEffectInput);
      return output(r, [
        ['解約日', r.cancellationDay],
        ['support ends at', `${r.supportEndsAt} (${r.supportOnCancellationDay})`],
        ...(r.supportAvailable !== undefined ? [['support at --at', String(r.supportAvailable)]] : []),
      ]);
    }
  }
}

/** `incident`: incident state and auto-close time, out-of-hours estimate, service-end notice, cancellation. */
export const incidentCommand = defineCommand({
  name: 'incident',
  summary: 'incident state and auto-close time, out-of-hours estimate, notice and cancellation',
  usage,
  options,
  subcommands: SUBS,
  batch: ({ sub, values, input }) => {
    if (values.events !== undefined && input !== undefined) throw new UsageError(`Give the input once: FILE or --events\n${usage}`);
    return {
      answer: (request) => {
        const base = baseOf(sub, request);
        return evaluate(sub, inputOf(sub, values, base)).value;
      },
      negative: (v) => negative(sub, v),
    };
  },
  answer: async (parsed, io) => {
    const { sub, values } = parsed;
    if (values.events !== undefined && parsed.input !== undefined) throw new UsageError(`Give the input once: FILE or --events\n${usage}`);
    const path = parsed.input ?? values.events;
    if (sub === 'status' && path === undefined) throw new UsageError(`--events FILE is required ('-' for stdin)\n${usage}`);
    const base = path === undefined ? undefined : baseOf(sub, await readJsonInput(io, path));
    const answer = evaluate(sub, inputOf(sub, values, base));
    return { ...answer, negative: negative(sub, answer.value) };
  },
});

function closuresOf(values: Values, fromFile?: unknown): { businessCalendar?: Record<string, unknown> } {
  if (values.closure === undefined) return {};
  const closures = values.closure.map((c) => {
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(c);
    if (!m) throw new UsageError(`--closure must be YYYY-MM-DD..YYYY-MM-DD, not ${JSON.stringify(c)}`);
    return { start: m[1]!, end: m[2]! };
  });
  const base = fromFile !== null && typeof fromFile === 'object' ? (fromFile as Record<string, unknown>) : {};
  return { businessCalendar: { ...base, closures } };
}

function parseMinutes(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--minutes must be a number, not ${JSON.stringify(text)}`);
  return n;
}

function output(result: { readonly reasons: readonly Reason[] }, rows: ReadonlyArray<readonly string[]>): Answer {
  return {
    value: result,
    table: () =>
      formatTable(['', ''], rows.filter((r) => r[1] !== ''))
        .split('\n')
        .slice(2)
        .join('\n') + `\nReasons:\n${result.reasons.map((r) => `  - [${r.rule}] ${r.message}${r.interpretation ? ` (interpretation ${r.interpretation})` : ''}\n`).join('')}`,
  };
}
