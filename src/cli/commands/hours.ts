import { explainOpen, holidaysIn, listServiceChannels, nextOpening } from '../../calendar/index.js';
import type { CompanyClosure, ExplainOpenOptions, YearEndSpan } from '../../calendar/index.js';
import type { Reason } from '../../reasons.js';
import { runCommand } from '../command.js';
import { formatTable, toJson, UsageError } from '../format.js';
import { isJsonObject, readJsonInput } from '../input.js';
import type { CliCommand } from '../io.js';

const usage = `Usage: support-contract-rules hours --plan ID --channel ID --at INSTANT [options]
       support-contract-rules hours --plan ID --channels
       support-contract-rules hours --holidays YEAR
       support-contract-rules hours --input FILE|-

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
  --input FILE|-       the question as JSON ({ planId, channel, at, options?, closures?, yearEnd? … })
  --json               machine-readable output
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
  input: { type: 'string' },
} as const;

/** `hours`: is a support channel open at an instant; next opening; channels; holidays of a year. */
export const hoursCommand: CliCommand = {
  name: 'hours',
  summary: 'is a support channel open at an instant; next opening',
  usage,
  run: (args, io) =>
    runCommand(args, io, { usage, options }, async ({ values, json }) => {
      if (values.holidays !== undefined) {
        if (!/^\d{4}$/.test(values.holidays)) throw new UsageError(`--holidays expects a year, received ${JSON.stringify(values.holidays)}`);
        const list = holidaysIn(Number(values.holidays));
        io.out(json ? toJson({ year: Number(values.holidays), holidays: list }) : formatTable(['date', 'name', 'kind'], list.map((h) => [h.date, h.name, h.kind])));
        return;
      }
      if (values.channels) {
        if (values.plan === undefined) throw new UsageError(`--channels needs --plan\n${usage}`);
        const list = listServiceChannels(values.plan);
        io.out(
          json
            ? toJson({ planId: values.plan, channels: list })
            : formatTable(
                ['channel', 'name', 'hours', 'options', 'notes'],
                list.map((c) => [
                  c.id,
                  c.name,
                  c.hoursKind,
                  c.optionIds.join(', '),
                  [c.handledIn ? `handled in ${c.handledIn}` : '', c.knownFrom ? `hours known from ${c.knownFrom}` : ''].filter(Boolean).join('; '),
                ]),
              ),
        );
        return;
      }
      let query: ExplainOpenOptions;
      if (values.input !== undefined) {
        const parsed = await readJsonInput(io, values.input);
        if (!isJsonObject(parsed)) throw new UsageError('The input must be a JSON object { planId, channel, at, … }');
        query = parsed as unknown as ExplainOpenOptions;
      } else {
        if (values.plan === undefined || values.channel === undefined || values.at === undefined) {
          throw new UsageError(`--plan, --channel and --at are required\n${usage}`);
        }
        const q: Record<string, unknown> = { planId: values.plan, channel: values.channel, at: values.at };
        if (values.option) q.options = values.option;
        if (values['year-end'] !== undefined) q.yearEnd = parseYearEnd(values['year-end']);
        if (values.closure) q.closures = values.closure.map(parseClosure);
        if (values.sense !== undefined) q.sense = values.sense;
        if (values.heijitsu !== undefined) q.heijitsu = values.heijitsu;
        query = q as unknown as ExplainOpenOptions;
      }
      const verdict = explainOpen(query);
      const next = verdict.open === true ? undefined : nextOpening({ ...query, unknownAs: undefined });
      if (json) {
        io.out(toJson({ ...verdict, next: next ?? null }));
      } else {
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
        io.out(text);
      }
    }),
};

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
