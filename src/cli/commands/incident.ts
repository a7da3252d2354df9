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
import { runCommand, type ParsedCommand } from '../command.js';
import { formatTable, toJson, UsageError } from '../format.js';
import { isJsonObject, readJsonInput } from '../input.js';
import type { CliCommand, CliIO } from '../io.js';

const usage = `Usage: support-contract-rules incident <sub-command> [options] [--json | --format table|json]

Sub-commands:
  status        state of a 002 helpdesk incident and when it closes automatically
                  --events FILE   JSON: an array of events { type, at } or { events, at?, policy? }; '-' for stdin
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

Common: --plan ID (plan whose document's rules apply), --json, --format table|json,
        --closure YYYY-MM-DD..YYYY-MM-DD  a company closure (夏期休業 …) for business days and hours; repeatable.
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

/** `incident`: incident state and auto-close time, out-of-hours estimate, service-end notice, cancellation. */
export const incidentCommand: CliCommand = {
  name: 'incident',
  summary: 'incident state and auto-close time, out-of-hours estimate, notice and cancellation',
  usage,
  run: (args, io) =>
    runCommand(args, io, { usage, options, allowPositionals: true, format: 'table' }, async ({ values, positionals, json }) => {
      const [sub, ...extra] = positionals;
      if (sub === undefined) throw new UsageError(`A sub-command is required\n${usage}`);
      if (extra.length > 0) throw new UsageError(`Unexpected argument ${JSON.stringify(extra[0])}\n${usage}`);
      const plan = values.plan === undefined ? {} : { planId: values.plan };
      switch (sub) {
        case 'status':
          return await runStatus(values, plan, io, json);
        case 'out-of-hours': {
          if (values.minutes === undefined) throw new UsageError(`--minutes is required\n${usage}`);
          const input = {
            durationMinutes: parseMinutes(values.minutes),
            cause: values.cause,
            ...(values.topic !== undefined ? { topic: values.topic } : {}),
            ...(values.at !== undefined ? { at: values.at } : {}),
            ...(values.billing !== undefined ? { billing: values.billing } : {}),
            ...(values.channel !== undefined ? { businessDayChannel: values.channel } : {}),
            ...closuresOf(values),
            ...plan,
          } as EstimateOutOfHoursSupportInput;
          const r = estimateOutOfHoursSupport(input);
          output(io, json, r, [
            ['paid', String(r.paid)],
            ['paid case', r.paidCaseId ?? ''],
            ['outside hours', r.outsideHours === undefined ? '(not checked)' : String(r.outsideHours)],
            ['duration', `${r.durationMinutes} min`],
            ['billed units', `${r.billedUnits} × ${r.unitMinutes} min (${r.billing})`],
            ['estimate', `${r.estimatedYen.toLocaleString('en-US')}円${r.isEstimate ? ' (目安)' : ''}`],
            ['tax basis', r.taxBasis ?? '(not stated)'],
          ]);
          return;
        }
        case 'notice': {
          if (values['last-day'] === undefined) throw new UsageError(`--last-day is required\n${usage}`);
          const input = {
            lastServiceDay: values['last-day'],
            ...(values['given-on'] !== undefined ? { noticeGivenOn: values['given-on'] } : {}),
            ...(values.counting !== undefined ? { counting: values.counting } : {}),
            ...plan,
          } as ServiceEndNoticeInput;
          const r = serviceEndNotice(input);
          output(io, json, r, [
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
          return;
        }
        case 'cancel': {
          const input = {
            ...(values['accepted-at'] !== undefined ? { acceptedAt: values['accepted-at'] } : {}),
            ...(values['accepted-on'] !== undefined ? { acceptedOn: values['accepted-on'] } : {}),
            ...(values.at !== undefined ? { at: values.at } : {}),
            ...(values['support-on-cancellation-day'] !== undefined ? { supportOnCancellationDay: values['support-on-cancellation-day'] } : {}),
            ...plan,
          } as CancellationEffectInput;
          const r = cancellationEffect(input);
          output(io, json, r, [
            ['解約日', r.cancellationDay],
            ['support ends at', `${r.supportEndsAt} (${r.supportOnCancellationDay})`],
            ...(r.supportAvailable !== undefined ? [['support at --at', String(r.supportAvailable)]] : []),
          ]);
          return;
        }
        default:
          throw new UsageError(`Unknown sub-command ${JSON.stringify(sub)}\n${usage}`);
      }
    }),
};

async function runStatus(values: Values, plan: { planId?: string }, io: CliIO, json: boolean): Promise<void> {
  if (values.events === undefined) throw new UsageError(`--events FILE is required ('-' for stdin)\n${usage}`);
  const data = await readJsonInput(io, values.events);
  const fromFile: Record<string, unknown> = Array.isArray(data) ? { events: data } : isJsonObject(data) ? data : {};
  if (!('events' in fromFile)) throw new UsageError('The events JSON must be an array of events or an object with "events"');
  const input = {
    ...fromFile,
    ...(values.at !== undefined ? { at: values.at } : {}),
    ...(values.policy !== undefined ? { policy: values.policy } : {}),
    ...(values['midnight-reply'] !== undefined ? { midnightReply: values['midnight-reply'] } : {}),
    ...(values.channel !== undefined ? { businessDayChannel: values.channel } : {}),
    ...closuresOf(values, fromFile.businessCalendar),
    ...plan,
  } as IncidentStatusInput;
  delete (input as { catalog?: unknown }).catalog;
  const r = incidentStatus(input);
  output(io, json, r, [
    ['state', r.state],
    ['accepted at', r.acceptedAt],
    ['last support reply', r.lastSupportReplyAt ?? ''],
    ['closes at', r.closesAt ?? ''],
    ['closed at', r.closedAt ?? ''],
    ['closed by', r.closedBy ?? ''],
    ['policy', r.policy],
  ]);
}

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

function output(io: CliIO, json: boolean, result: { readonly reasons: readonly Reason[] }, rows: ReadonlyArray<readonly string[]>): void {
  if (json) {
    io.out(toJson(result));
    return;
  }
  io.out(formatTable(['', ''], rows.filter((r) => r[1] !== '')).split('\n').slice(2).join('\n'));
  io.out(`\nReasons:\n${result.reasons.map((r) => `  - [${r.rule}] ${r.message}${r.interpretation ? ` (interpretation ${r.interpretation})` : ''}\n`).join('')}`);
}
