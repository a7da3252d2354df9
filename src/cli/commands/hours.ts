import { explainOpen, holidaysIn, listServiceChannels, nextOpening } from '../../calendar/index.js';
import type { CompanyClosure, ExplainOpenOptions, YearEndSpan } from '../../calendar/index.js';
import type { Reason } from '../../reasons.js';
import { defineCommand, type ParsedCommand, readInput, type Answer } from '../command.js';
import { formatTable, UsageError } from '../format.js';
import { isJsonObject } from '../input.js';

const usage = `Usage: support-contract-rules hours --plan ID --channel ID --at INSTANT [options]
       support-contract-rules hours --plan ID --channels
       support-contract-rules hours --holidays YEAR
       support-contract-rules hours FILE|- [--format table|json|ndjson] [--check]

Is a support channel open at an instant, why, and when it next opens.
  --plan ID            plan id (e.g. itss-light-anshin-1, helpdesk-support)
  --channel ID         channel id (support, onsite-diagnosis, contract-desk, phone, fax-email-web …)
  --at INSTANT         ISO-8601 date-time; without an offset it is Japan time (2026-11-20T12:30)
  --option ID          an option the subscriber has (repeatable), e.g. itss-light-time-extension
  --year-end MM-DD:MM-DD  年末年始 span (default 12-29:01-03), or 'none'
  --closure START:END[:NAME]  a company closure, dates inclusive (repeatable)
  --sense handled|accepted    for channels accepted at any time (fax-email-web); default handled
  --heijitsu excludes-holidays|includes-holidays|excludes-holidays-and-year-end
  --channels           list the plan's channels
  --holidays YEAR      list the national holidays of a year (1970–2099)
  FILE|-               the question as JSON ({ planId, channel, at, options?, closures?, yearEnd? … });
                       flags (--plan, --channel, --at …) override its fields
  --format F           table | json | ndjson (default: table on a terminal, else json);
                       --format ndjson with FILE|-: a batch, one question per line
  --check              exit 3 when the channel is not open (closed or unknown)
`;

const options = {
  plan: { type: 'string' },
  channel: { type: 'string' },
  at: { type: 'string' },
  option: { type: 'string', multiple: true },
  'year-end': { type: 'string' },
  closure: { type: 'string', multiple: true },
  sense: { type: 'string' },
  heijitsu: { type: 'string' },
  channels: { type: 'boolean' },
  holidays: { type: 'string' },
} as const;

type Values = ParsedCommand<typeof options>['values'];

/** The question's fields given as flags. */
function flagFields(values: Values): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  if (values.plan !== undefined) q.planId = values.plan;
  if (values.channel !== undefined) q.channel = values.channel;
  if (values.at !== undefined) q.at = values.at;
  if (values.option) q.options = values.option;
  if (values['year-end'] !== undefined) q.yearEnd = parseYearEnd(values['year-end']);
  if (values.closure) q.closures = values.closure.map(parseClosure);
  if (values.sense !== undefined) q.sense = values.sense;
  if (values.heijitsu !== undefined) q.heijitsu = values.heijitsu;
  return q;
}

/**
 * A listing (`--holidays`, `--channels`) answers no question: a flag of the question, or an input, would be dropped
 * without a word, so it is a usage error.
 * @throws {UsageError}
 */
function refuseWith(parsed: ParsedCommand<typeof options>, listing: string, flags: readonly (keyof typeof options)[]): void {
  const given = flags.filter((f) => parsed.values[f] !== undefined).map((f) => `--${f}`);
  if (parsed.input !== undefined) given.push(parsed.input === '-' ? 'standard input' : `the input ${parsed.input}`);
  if (given.length > 0) {
    throw new UsageError(`${listing} lists, it answers no question: ${given.join(', ')} would be ignored. Ask the question in a call of its own\n${usage}`);
  }
}

/** The verdict and the next opening of one question. */
function openAnswer(query: ExplainOpenOptions) {
  const verdict = explainOpen(query);
  const next = verdict.open === true ? undefined : nextOpening({ ...query, unknownAs: undefined });
  return { ...verdict, next: next ?? null };
}

/** `hours`: is a support channel open at an instant; next opening; channels; holidays of a year. */
export const hoursCommand = defineCommand({
  name: 'hours',
  summary: 'is a support channel open at an instant; next opening',
  usage,
  options,
  negative: (v) => (v as { open?: unknown }).open !== true,
  batch: ({ values }) => {
    if (values.holidays !== undefined || values.channels) return undefined;
    const flags = flagFields(values);
    return {
      answer: (request) => openAnswer((isJsonObject(request) ? { ...request, ...flags } : request) as ExplainOpenOptions),
      negative: (v) => (v as { open?: unknown }).open !== true,
    };
  },
  answer: async (parsed, io): Promise<Answer> => {
    const { values } = parsed;
    if (values.holidays !== undefined) {
      refuseWith(parsed, '--holidays YEAR', ['plan', 'channel', 'at', 'option', 'year-end', 'closure', 'sense', 'heijitsu', 'channels']);
      if (!/^\d{4}$/.test(values.holidays)) throw new UsageError(`--holidays expects a year, received ${JSON.stringify(values.holidays)}`);
      const list = holidaysIn(Number(values.holidays));
      return { value: { year: Number(values.holidays), holidays: list }, items: list, negative: false, table: () => formatTable(['date', 'name', 'kind'], list.map((h) => [h.date, h.name, h.kind])) };
    }
    if (values.channels) {
      refuseWith(parsed, '--channels', ['channel', 'at', 'option', 'year-end', 'closure', 'sense', 'heijitsu']);
      if (values.plan === undefined) throw new UsageError(`--channels needs --plan\n${usage}`);
      const plan = values.plan;
      const list = listServiceChannels(plan);
      return {
        value: { planId: plan, channels: list },
        items: list,
        negative: false,
        table: () =>
          formatTable(
            ['channel', 'name', 'hours', 'options', 'notes'],
            list.map((c) => [
              c.id,
              c.name,
              c.hoursKind,
              c.optionIds.join(', '),
              [c.handledIn ? `handled in ${c.handledIn}` : '', c.knownFrom ? `hours known from ${c.knownFrom}` : ''].filter(Boolean).join('; '),
            ]),
          ),
      };
    }
    let query: ExplainOpenOptions;
    if (parsed.input !== undefined) {
      const data = await readInput(io, parsed, usage);
      if (!isJsonObject(data)) throw new UsageError('The input must be a JSON object { planId, channel, at, … }');
      query = { ...data, ...flagFields(values) } as unknown as ExplainOpenOptions;
    } else {
      if (values.plan === undefined || values.channel === undefined || values.at === undefined) {
        throw new UsageError(`--plan, --channel and --at are required\n${usage}`);
      }
      query = flagFields(values) as unknown as ExplainOpenOptions;
    }
    const answer = openAnswer(query);
    return { value: answer, table: () => openText(answer) };
  },
});

function openText(answer: ReturnType<typeof openAnswer>): string {
  const { next, ...verdict } = answer;
  const state = verdict.open === 'unknown' ? 'UNKNOWN' : verdict.open ? 'OPEN' : 'CLOSED';
  let text = `${verdict.planId} ${verdict.channel} at ${verdict.at}: ${state}\n`;
  if (verdict.window) text += `  window ${verdict.window.start} – ${verdict.window.end}\n`;
  if (verdict.accepted !== undefined) text += `  accepted: ${String(verdict.accepted)}\n`;
  text += reasonLines(verdict.reasons);
  if (next) {
    text +=
      next.status === 'opens-later'
        ? `next opening: ${next.opensAt}\n`
        : next.status === 'unknown'
          ? 'next opening: unknown (the hours on the way are not stated)\n'
          : next.status === 'none-in-range'
            ? 'next opening: none before the end of the covered years\n'
            : '';
  }
  return text;
}

function reasonLines(reasons: readonly Reason[]): string {
  return reasons.map((r) => `  - [${r.rule}] ${r.message}${r.interpretation ? ` (interpretation ${r.interpretation})` : ''}\n`).join('');
}

function parseYearEnd(text: string): YearEndSpan | null {
  if (text === 'none') return null;
  const m = /^(\d{2}-\d{2}):(\d{2}-\d{2})$/.exec(text);
  if (!m) throw new UsageError(`--year-end expects MM-DD:MM-DD or none, received ${JSON.stringify(text)}`);
  return { start: m[1]!, end: m[2]! };
}

function parseClosure(text: string): CompanyClosure {
  const m = /^(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})(?::(.+))?$/.exec(text);
  if (!m) throw new UsageError(`--closure expects START:END[:NAME] (dates YYYY-MM-DD), received ${JSON.stringify(text)}`);
  return m[3] === undefined ? { start: m[1]!, end: m[2]! } : { start: m[1]!, end: m[2]!, name: m[3] };
}
