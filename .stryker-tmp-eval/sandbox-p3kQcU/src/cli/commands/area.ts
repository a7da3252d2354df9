// @ts-nocheck
import { classifyArea, type AreaClassification, type ClassifyAreaInput, type ClassifyAreaOptions } from '../../area/index.js';
import { passageText } from '../../catalog/passage.js';
import { InvalidInputError } from '../../errors.js';
import { answerEach, defineCommand, isElementError, readInput } from '../command.js';
import { formatTable, UsageError } from '../format.js';
import { isJsonObject } from '../input.js';

const usage = `Usage: support-contract-rules area [ADDRESS] [--code CODE] [--district D] --on DATE
                                 [--island | --not-island] [--mountainous | --not-mountainous]
                                 [--island-scope any-island|designated-remote-island] [--format table|json|ndjson]
       support-contract-rules area FILE|- [--on DATE] [--format table|json|ndjson] [--check]

Classifies a site: the municipality, the island (and whether a document names it as an exception),
the 帰還困難区域 status of the municipality on a date, and what each document's area rules say
(000: maintenance / night maintenance; 004: ultra-sendback application, on-site exchange).

  ADDRESS          a Japanese address (prefecture optional; island names such as 伊豆大島 accepted)
  --code CODE      全国地方公共団体コード, 6 digits (check digit verified) or 5 digits
  --district D     the 町字 part, when not in the address (e.g. 三崎町城ケ島)
  --on DATE        YYYY-MM-DD (00:00 Japan time) or an ISO-8601 instant
  --island         the site is on an island (whatever the data says); --not-island: it is not
  --mountainous    the site is in a mountain area (山間部; not in the data); --not-mountainous: it is not
  --island-scope S override every rule's island scope
  FILE|-           JSON (a FILE ending in .json, .ndjson or .jsonl, or - for stdin): one object or an
                   array of objects with the fields of classifyArea ({ address?, municipalityCode?,
                   district?, on, island?, mountainous?, islandScope? }); the flags override them.
                   In an array, a site refused gives {"index":N,"error":{…}} in its place and the
                   others are answered (exit 1)
  --format F       table | json | ndjson (default: table on a terminal, else json);
                   --format ndjson with FILE|-: a batch, one site per line
  --check          exit 3 when a document restricts the area (restricted: true)
`;

const options = {
  code: { type: 'string' },
  district: { type: 'string' },
  on: { type: 'string' },
  island: { type: 'boolean' },
  'not-island': { type: 'boolean' },
  mountainous: { type: 'boolean' },
  'not-mountainous': { type: 'boolean' },
  'island-scope': { type: 'string' },
} as const;

/** `area`: classify an address or municipality code (islands, 帰還困難区域) and the documents' area rules. */
export const areaCommand = defineCommand({
  name: 'area',
  summary: 'classify an address or municipality code (islands, 帰還困難区域)',
  usage,
  options,
  otherPositionals: true,
  negative: (v) => (Array.isArray(v) ? v : [v]).some((r) => (r as AreaClassification).restricted),
  batch: ({ values, positionals }) => {
    checkFlags(values);
    if (positionals.length > 0 || values.code !== undefined || values.district !== undefined) {
      throw new UsageError(`An input cannot be combined with an address, --code or --district\n${usage}`);
    }
    return { answer: (request) => classifyOne(request, values, []), negative: (r) => (r as AreaClassification).restricted };
  },
  answer: async (parsed, io) => {
    const { values, positionals } = parsed;
    checkFlags(values);
    if (parsed.input !== undefined) {
      if (positionals.length > 0 || values.code !== undefined || values.district !== undefined) {
        throw new UsageError(`An input cannot be combined with an address, --code or --district\n${usage}`);
      }
      const data = await readInput(io, parsed, usage);
      if (!Array.isArray(data)) {
        const result = classifyOne(data, values, []);
        return { value: result, items: [result], table: () => detailText(result) };
      }
      // An array: each site classified on its own; a refused one gives its error in place (exit 1).
      const { results, failures } = answerEach(data, (item, i) => classifyOne(item, values, [i]));
      const answered = data.flatMap((item, i) => (isElementError(results[i]) ? [] : [[item, results[i] as AreaClassification] as const]));
      return {
        value: results,
        items: results,
        failures,
        table: () =>
          answered.length === 1 && data.length === 1
            ? detailText(answered[0]![1])
            : summaryTable(
                answered.map(([item]) => item),
                answered.map(([, r]) => r),
              ),
      };
    }
    if (positionals.length > 1) throw new UsageError(`Give one address (quote it if it has spaces)\n${usage}`);
    if (positionals.length === 0 && values.code === undefined) throw new UsageError(`Give an address or --code\n${usage}`);
    if (values.on === undefined) throw new UsageError(`--on is required\n${usage}`);
    const input: Record<string, unknown> = { on: values.on };
    if (positionals[0] !== undefined) input.address = positionals[0];
    if (values.code !== undefined) input.municipalityCode = values.code;
    if (values.district !== undefined) input.district = values.district;
    const result = classifyOne(input, values, []);
    return { value: result, table: () => detailText(result) };
  },
});

function checkFlags(values: Flags): void {
  if (values.island && values['not-island']) throw new UsageError(`--island and --not-island exclude each other\n${usage}`);
  if (values.mountainous && values['not-mountainous']) throw new UsageError(`--mountainous and --not-mountainous exclude each other\n${usage}`);
}

interface Flags {
  readonly on?: string | undefined;
  readonly island?: boolean | undefined;
  readonly 'not-island'?: boolean | undefined;
  readonly mountainous?: boolean | undefined;
  readonly 'not-mountainous'?: boolean | undefined;
  readonly 'island-scope'?: string | undefined;
}

function classifyOne(item: unknown, flags: Flags, path: Array<string | number>): AreaClassification {
  if (!isJsonObject(item)) {
    throw new InvalidInputError(path, 'Expected an object { address?, municipalityCode?, district?, on, island?, mountainous? }');
  }
  const input: Record<string, unknown> = { ...item };
  if (flags.on !== undefined) input.on = flags.on;
  if (flags.island) input.island = true;
  if (flags['not-island']) input.island = false;
  if (flags.mountainous) input.mountainous = true;
  if (flags['not-mountainous']) input.mountainous = false;
  if (flags['island-scope'] !== undefined) input.islandScope = flags['island-scope'];
  try {
    return classifyArea(input as unknown as ClassifyAreaInput & ClassifyAreaOptions);
  } catch (e) {
    if (path.length > 0 && e instanceof InvalidInputError) throw new InvalidInputError([...path, ...e.path], e.message, { ...e.details });
    throw e;
  }
}

function islandText(r: AreaClassification): string {
  const isl = r.island;
  if (!isl) return 'none recorded';
  if (isl.status === 'caller-says-island') return 'yes (caller)';
  const designation = (d: string | null) => (d === null ? 'undesignated' : d);
  if (isl.status === 'one-of-several') return `one of ${isl.candidates.map((c) => `${c.name} (${designation(c.designation)})`).join(', ')}`;
  const exc = isl.exceptionIn.map((e) => `exception in ${e.documentId} (${e.nameAsWritten})`).join('; ');
  return `${isl.name} (${designation(isl.designation)})${exc ? ` — ${exc}` : ''}`;
}

function zoneText(r: AreaClassification): string {
  const z = r.zone;
  if (z.status === 'none') return 'none';
  const lifts = z.liftsSoFar.map((l) => `${l.date}${l.time ? ` ${l.time}` : ''} ${l.area}`).join('; ');
  return `${z.status}${lifts ? ` (lifted: ${lifts})` : ''}${z.mayBeInZone ? ' — the site may be in a zone' : ''}${z.beyondDataAsOf ? ` [data as of ${z.dataAsOf}]` : ''}`;
}

function detailText(r: AreaClassification): string {
  const muni = r.municipality
    ? `${r.municipality.prefecture}${r.municipality.name} (${r.municipality.code})`
    : `one of ${r.municipalityCandidates.map((m) => `${m.prefecture}${m.name} (${m.code})`).join(', ')}`;
  const head = formatTable(
    ['', ''],
    [
      ['municipality', muni],
      ['district', r.district ?? ''],
      ['on', r.at],
      ['island', islandText(r)],
      ['帰還困難区域', zoneText(r)],
      ['mountain area', r.mountainous === null ? 'unknown (not in the data)' : r.mountainous ? 'yes (caller)' : 'no (caller)'],
    ],
  )
    .split('\n')
    .slice(2)
    .join('\n');
  const rules =
    r.restrictions.length === 0
      ? 'No area restriction.\n'
      : formatTable(
          ['document', 'rule', 'effect', 'because', 'applies to'],
          r.restrictions.map((x) => [
            x.documentId,
            x.ruleId,
            x.effect + (x.dependsOnIsland ? ' (depends on the island)' : ''),
            x.triggers.join(', '),
            [...x.appliesTo.plans, ...x.appliesTo.options].join(', '),
          ]),
        );
  const reasons = r.reasons.map((x) => `  - [${x.rule}] ${x.message}${x.source ? `\n      「${passageText(x.source.passage)}」 (${x.source.document})` : ''}`).join('\n');
  return `${head}\n${rules}reasons:\n${reasons}\n`;
}

function summaryTable(inputs: readonly unknown[], results: readonly AreaClassification[]): string {
  return formatTable(
    ['input', 'municipality', 'island', '帰還困難区域', 'restrictions'],
    results.map((r, i) => {
      const inp = inputs[i] as { address?: string; municipalityCode?: string };
      return [
        inp.address ?? inp.municipalityCode ?? '',
        r.municipality ? `${r.municipality.prefecture}${r.municipality.name}` : r.municipalityCandidates.map((m) => m.name).join('/'),
        islandText(r),
        r.zone.status,
        r.restrictions.map((x) => `${x.documentId}: ${x.effect}`).join('; ') || '—',
      ];
    }),
  );
}
