// @ts-nocheck
import { passageText } from '../../catalog/passage.js';
import { InvalidInputError } from '../../errors.js';
import type { Reason } from '../../reasons.js';
import {
  checkDeviceLicences,
  checkLineEligibility,
  checkSupportScope,
  itManagementFeatures,
  type ItManagedDevice,
  type SupportScopeSubject,
} from '../../scope/index.js';
import { defineCommand, type ParsedCommand } from '../command.js';
import { formatTable, UsageError } from '../format.js';
import { isJsonObject, readJsonInput } from '../input.js';

const usage = `Usage: support-contract-rules scope <check> [FILE|-] --plan PLAN_ID [options] [--format table|json|ndjson] [--check]

Which lines, devices, operating systems and software a plan's service supports.

Checks:
  line      --line NAME [--reaches-internet true|false] [--provider-contract true|false]
            [--restriction report-restricted|assume-eligible|assume-not-eligible]
            [--unnamed-lines apply-document-rule|not-stated]
  features  [--os OS] [--feature FEATURE] [--blank-cells not-supported|not-stated]
  licences  (--device OS[:DEVICE_TYPE] ... | --count N) [--option OPTION_ID ...]
  software  --name NAME [--version VERSION]
  hardware  --name NAME
  tool      --tool TOOL --os OS [--device-type TYPE]
  check     FILE|-             a checkSupportScope subject as JSON (--input FILE is the same), e.g.
            {"kind":"environment","os":{"name":"Windows","version":"XP","language":"ja","cpuArchitecture":"x86"},
             "browser":{"name":"Google Chrome","version":"120"},"cpuClockMHz":2400,"winsockVersion":"2.2","openPorts":[8080]}

Common options:
  --plan ID                   plan id (e.g. itss-light-anshin-1, oas-plan-a, ucom-remote-support)
  --os-equivalents apply|ignore   read iPadOS as iOS where a list names only iOS (default apply)
  --unknown-names error|not-supported  a name no document knows (default error)
  --format F                  table | json | ndjson (default: table on a terminal, else json)
  --check                     exit 3 when the answer is not OK

Every check also reads its input as JSON (FILE or -): the fields of checkLineEligibility,
itManagementFeatures, checkDeviceLicences or checkSupportScope (check: the subject, or
{ planId, subject }); the flags override them. With --format ndjson, FILE|- is a batch:
one input per line, one answer per line.
`;

const options = {
  plan: { type: 'string' },
  line: { type: 'string' },
  'reaches-internet': { type: 'string' },
  'provider-contract': { type: 'string' },
  restriction: { type: 'string' },
  'unnamed-lines': { type: 'string' },
  os: { type: 'string' },
  feature: { type: 'string' },
  'blank-cells': { type: 'string' },
  device: { type: 'string', multiple: true },
  count: { type: 'string' },
  option: { type: 'string', multiple: true },
  name: { type: 'string' },
  version: { type: 'string' },
  tool: { type: 'string' },
  'device-type': { type: 'string' },
  'os-equivalents': { type: 'string' },
  'unknown-names': { type: 'string' },
} as const;

type Values = ParsedCommand<typeof options>['values'];

const CHECKS = ['line', 'features', 'licences', 'licenses', 'software', 'hardware', 'tool', 'check'] as const;

/** `scope`: line eligibility, IT management features and licences, supported software and environments. */
export const scopeCommand = defineCommand({
  name: 'scope',
  summary: 'supported lines, devices, operating systems and software',
  usage,
  options,
  subcommands: CHECKS,
  negative: (v) => !(v as Result).ok,
  batch: ({ sub, values }) => ({
    answer: (request) => run(sub!, values, request === undefined ? undefined : requestObject(request)),
    negative: (v) => !(v as Result).ok,
  }),
  answer: async (parsed, io) => {
    const { sub, values, positionals } = parsed;
    if (positionals.length > 0) throw new UsageError(`Unexpected arguments: ${positionals.join(' ')}\n${usage}`);
    if (sub === 'check' && parsed.input === undefined) throw new UsageError(`--input is required: give the subject as a JSON FILE (or - for standard input)\n${usage}`);
    const data = parsed.input === undefined ? undefined : await readJsonInput(io, parsed.input);
    if (data !== undefined && sub !== 'check' && !isJsonObject(data)) throw new UsageError(`The input of scope ${sub} must be a JSON object`);
    const result = run(sub!, values, data as Record<string, unknown> | undefined);
    return { value: result, table: () => render(result) };
  },
});

/** A batch request as an object (the library reports what is wrong in it). */
function requestObject(request: unknown): Record<string, unknown> {
  if (!isJsonObject(request)) throw new InvalidInputError([], 'Expected a JSON object');
  return request;
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`${flag} is required\n${usage}`);
  return value;
}

function bool(value: string | undefined, flag: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'true' || value === 'yes') return true;
  if (value === 'false' || value === 'no') return false;
  throw new UsageError(`${flag} takes true or false, not ${JSON.stringify(value)}`);
}

/** Options passed through as given; the library validates them (typed errors name the field). */
function common(values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (values['os-equivalents'] !== undefined) out.osEquivalents = values['os-equivalents'];
  if (values['unknown-names'] !== undefined) out.unknownNames = values['unknown-names'];
  return out;
}

type Result = { ok: boolean; verdict: string; reasons: readonly Reason[] } & Record<string, unknown>;

/** A value from a flag, else from the input; with neither, a usage error naming the flag. */
function field(flag: string | undefined, base: Record<string, unknown> | undefined, key: string, name: string): unknown {
  if (flag !== undefined) return flag;
  if (base !== undefined && key in base) return base[key];
  return required(undefined, name);
}

function run(check: string, values: Values, data: unknown): Result {
  const base = check === 'check' || !isJsonObject(data) ? undefined : data;
  const planId = field(values.plan, check === 'check' && isJsonObject(data) && 'subject' in data ? data : base, 'planId', '--plan');
  switch (check) {
    case 'line': {
      const input: Record<string, unknown> = { ...base, planId, line: field(values.line, base, 'line', '--line') };
      const reaches = bool(values['reaches-internet'], '--reaches-internet');
      const provider = bool(values['provider-contract'], '--provider-contract');
      if (reaches !== undefined) input.reachesInternet = reaches;
      if (provider !== undefined) input.hasProviderContract = provider;
      if (values.restriction !== undefined) input.unstatedPlanRestriction = values.restriction;
      if (values['unnamed-lines'] !== undefined) input.unnamedLines = values['unnamed-lines'];
      return checkLineEligibility(input as never) as unknown as Result;
    }
    case 'features': {
      const input: Record<string, unknown> = { ...base, planId, ...common(values) };
      if (values.os !== undefined) input.os = values.os;
      if (values.feature !== undefined) input.feature = values.feature;
      if (values['blank-cells'] !== undefined) input.blankCells = values['blank-cells'];
      return itManagementFeatures(input as never) as unknown as Result;
    }
    case 'licences':
    case 'licenses': {
      const input: Record<string, unknown> = { ...base, planId, ...common(values) };
      if (values.device !== undefined) {
        input.devices = values.device.map((d): ItManagedDevice => {
          const [os, deviceType] = d.split(':');
          return deviceType ? { os: os ?? '', deviceType } : { os: os ?? '' };
        });
      }
      if (values.count !== undefined) {
        if (!/^\d+$/.test(values.count)) throw new UsageError(`--count takes a whole number, not ${JSON.stringify(values.count)}`);
        input.deviceCount = Number(values.count);
      }
      if (values.option !== undefined) input.optionIds = values.option;
      return checkDeviceLicences(input as never) as unknown as Result;
    }
    case 'software':
    case 'hardware': {
      const given = isJsonObject(base?.subject) ? base.subject : {};
      const subject: Record<string, unknown> = { ...given, kind: check, name: field(values.name, given, 'name', '--name') };
      if (values.version !== undefined) subject.version = values.version;
      return checkSupportScope({ ...base, planId, subject: subject as unknown as SupportScopeSubject, ...common(values) } as never) as unknown as Result;
    }
    case 'tool': {
      const given = isJsonObject(base?.subject) ? base.subject : {};
      const subject: Record<string, unknown> = { ...given, kind: 'tool', tool: field(values.tool, given, 'tool', '--tool'), os: field(values.os, given, 'os', '--os') };
      if (values['device-type'] !== undefined) subject.deviceType = values['device-type'];
      return checkSupportScope({ ...base, planId, subject: subject as unknown as SupportScopeSubject, ...common(values) } as never) as unknown as Result;
    }
    default: {
      const full = isJsonObject(data) && 'subject' in data ? data : { subject: data };
      return checkSupportScope({ ...full, planId, ...common(values) } as never) as unknown as Result;
    }
  }
}

function render(result: Result): string {
  const head = `${result.ok ? 'OK' : 'NOT OK'}: ${result.verdict}\n`;
  const conditions = (result.conditions as ReadonlyArray<{ message: string }> | undefined) ?? [];
  const notices = (result.notices as ReadonlyArray<{ text: string }> | undefined) ?? [];
  const features = (result.features as ReadonlyArray<{ feature: string; os: string; status: string; restriction: string | null }> | undefined) ?? [];
  let out = head;
  if (features.length > 0) {
    out += '\n' + formatTable(['feature', 'os', 'status'], features.map((f) => [f.feature, f.os, f.restriction ? `${f.status} (${f.restriction})` : f.status]));
  }
  if (conditions.length > 0) out += '\nConditions:\n' + conditions.map((c) => `  - ${c.message}\n`).join('');
  if (notices.length > 0) out += '\nNotices:\n' + notices.map((n) => `  - ${n.text}\n`).join('');
  out +=
    '\n' +
    formatTable(
      ['rule', 'reason', 'source'],
      result.reasons.map((r) => [r.rule + (r.interpretation ? ` [${r.interpretation}]` : ''), r.message, r.source ? `${r.source.document}: ${short(passageText(r.source.passage))}` : '']),
    );
  return out;
}

function short(passage: string): string {
  const chars = [...passage];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : passage;
}
