/**
 * The one grammar every CLI command shares:
 *
 *   support-contract-rules COMMAND [SUB] [FILE|-] [flags] [--format table|json|ndjson] [--check] [--jobs N]
 *
 * - input: a JSON file argument, or `-` for standard input; flags give (or override) the common fields;
 * - `--format table|json|ndjson` (`--json` is `--format json`); the default is `table` when standard
 *   output is a terminal and `json` otherwise;
 * - `--format ndjson` with an input: a streaming batch, one request per line (see batch.ts);
 * - `--check`: exit 3 when the answer is negative (closed, not eligible, not supported …);
 * - `--help`; errors with the exit codes of {@link EXIT}.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ContractRulesError, InvalidInputError } from '../errors.js';
import { runBatch } from './batch.js';
import { errorRecord, reportError, UsageError, writeJson } from './format.js';
import { answerJson, stringJson } from './json.js';
import { readJsonInput } from './input.js';
import type { BatchAnswerer, CliCommand, CliIO } from './io.js';
import { didYouMean } from './suggest.js';

/** Exit codes of the CLI (documented in `--help` and the README). */
export const EXIT = {
  /** An answer (in a batch: every line answered). */
  ok: 0,
  /** The library refused the input (a typed error with its path; in a batch: some line failed). */
  inputError: 1,
  /** A usage error: unknown command or flag, a one-value flag given twice, missing argument, unreadable file, text that is not JSON. */
  usage: 2,
  /** With `--check`: the answer is negative (closed, not eligible, not supported, over the limit …). */
  negative: 3,
  /** An internal error: a bug (please report it with the command line). */
  internal: 70,
  /** The output could not be written in full: a reader that closed the pipe early (`| head`), a full disk … */
  output: 74,
} as const;

/** Output formats of the commands. */
export type OutputFormat = 'table' | 'json' | 'ndjson';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Options every command has. */
const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  check: { type: 'boolean' },
  jobs: { type: 'string' },
  input: { type: 'string', short: 'i' },
  fields: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type CommonOptions = typeof COMMON_OPTIONS;

/** The values of the options every command has. */
interface CommonValues {
  readonly json?: boolean | undefined;
  readonly format?: string | undefined;
  readonly check?: boolean | undefined;
  readonly jobs?: string | undefined;
  readonly input?: string | undefined;
  readonly fields?: string | undefined;
  readonly help?: boolean | undefined;
}

/** What a command's body receives: the parsed options and positionals (the sub-command removed). */
export interface ParsedCommand<O extends OptionsConfig> {
  readonly values: ReturnType<typeof parseArgs<{ args: string[]; options: O & CommonOptions; allowPositionals: true; strict: true }>>['values'] & CommonValues;
  /** Positional arguments after the sub-command (if the command has sub-commands). */
  readonly positionals: string[];
  /** The sub-command, for commands that have them. */
  readonly sub: string | undefined;
  /** The input file (`-` for standard input): the positional FILE or `--input`, if given. */
  readonly input: string | undefined;
  readonly format: OutputFormat;
  /** `--fields`: the top-level fields of the answer to print, in this order (undefined: the whole answer). */
  readonly fields: readonly string[] | undefined;
}

/** A single answer: its JSON value, its table, and (for `ndjson`) the items printed one per line. */
export interface Answer {
  readonly value: unknown;
  readonly table: () => string;
  readonly items?: readonly unknown[];
  /** Whether the answer is negative, for `--check` (default: the command's {@link CommandDef.negative}). */
  readonly negative?: boolean;
  /** The elements of an array input that the library refused (each in place in `value`): exit 1. */
  readonly failures?: readonly ElementError[];
}

/** An element of a JSON array input that the library refused: in place of its answer, its index and typed error. */
export interface ElementError {
  readonly index: number;
  readonly error: ReturnType<typeof errorRecord>;
}

/** The element errors made by {@link answerEach} (so that `--fields` and tables leave them whole). */
const elementErrors = new WeakSet<object>();

/** Whether a value is an {@link ElementError} made by {@link answerEach}. */
export function isElementError(value: unknown): value is ElementError {
  return value !== null && typeof value === 'object' && elementErrors.has(value);
}

/**
 * Answers each element of a JSON array input on its own: an element the library refuses (a typed
 * error, its path starting with the element's index) gives an {@link ElementError} in its place and
 * the others are still answered; a JSON array never fails whole. Other errors propagate.
 */
export function answerEach<R>(list: readonly unknown[], one: (item: unknown, index: number) => R): { results: Array<R | ElementError>; failures: ElementError[] } {
  const failures: ElementError[] = [];
  const results = list.map((item, index): R | ElementError => {
    try {
      return one(item, index);
    } catch (e) {
      if (!(e instanceof ContractRulesError)) throw e;
      const record = errorRecord(e);
      // The path names the element: [index, …the path inside it].
      const path = record.path[0] === index ? record.path : [index, ...record.path];
      const failure: ElementError = Object.freeze({ index, error: { ...record, path } });
      elementErrors.add(failure);
      failures.push(failure);
      return failure;
    }
  });
  return { results, failures };
}

/** What a command is made of. */
export interface CommandDef<O extends OptionsConfig> {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** The command's own options; the common ones are added. */
  readonly options: O;
  /** Sub-commands (or checks); the first positional must be one of them (or `defaultSub` is used). */
  readonly subcommands?: readonly string[];
  /** The sub-command when the first positional is not one (e.g. `catalog` lists plans). */
  readonly defaultSub?: string;
  /**
   * Whether positionals other than the input FILE are taken (area's ADDRESS): then the input is
   * a positional that is `-` or ends in `.json`, `.ndjson` or `.jsonl`.
   */
  readonly otherPositionals?: boolean;
  /** The answer of a command line. */
  readonly answer: (parsed: ParsedCommand<O>, io: CliIO) => Promise<Answer> | Answer;
  /**
   * The per-request answerer for NDJSON batches (each line a request like the JSON input), or
   * undefined where the command line takes no input.
   */
  readonly batch?: (parsed: ParsedCommand<O>) => BatchAnswerer | undefined;
  /** Whether an answer is negative, for `--check`. */
  readonly negative?: (value: unknown) => boolean;
  /**
   * The top-level fields of the command's answer, which `--fields` may name (absent: the command
   * does not take `--fields`). test/cli/fields.test.ts checks them against real answers.
   */
  readonly fields?: readonly string[];
}

/**
 * The names of `--fields a,b,c`, checked against the command's answer fields.
 * @throws {UsageError} the command takes no `--fields`, an empty or repeated name, or an unknown one
 */
function fieldsOf(text: string | undefined, def: { readonly name: string; readonly usage: string; readonly fields?: readonly string[] }): readonly string[] | undefined {
  if (text === undefined) return undefined;
  if (!def.fields) throw new UsageError(`--fields is not available for ${def.name} (its answers are printed whole)\n${def.usage}`);
  const names = text.split(',').map((n) => n.trim());
  const seen = new Set<string>();
  for (const n of names) {
    if (n === '') throw new UsageError(`--fields takes field names separated by commas, e.g. --fields ${def.fields.slice(0, 2).join(',')}; received ${JSON.stringify(text)}`);
    if (!def.fields.includes(n)) {
      throw new UsageError(`Unknown field ${JSON.stringify(n)} of the ${def.name} answer${didYouMean(n, def.fields)}\nFields: ${def.fields.join(', ')}`);
    }
    if (seen.has(n)) throw new UsageError(`--fields names ${JSON.stringify(n)} twice`);
    seen.add(n);
  }
  return Object.freeze(names);
}

/**
 * The projection of `--fields`: a new object with the named fields of an answer, in the order named
 * (a field the answer lacks is null, so every line of a batch has the same keys); an array answer
 * (several inputs) is projected element by element.
 */
export function projectFields(fields: readonly string[]): (answer: unknown) => unknown {
  const one = (a: unknown): unknown => {
    if (a === null || typeof a !== 'object' || isElementError(a)) return a;
    const src = a as Record<string, unknown>;
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const f of fields) {
      const v = Object.prototype.hasOwnProperty.call(src, f) ? src[f] : undefined;
      out[f] = v === undefined ? null : v;
    }
    return out;
  };
  return (a) => (Array.isArray(a) ? a.map(one) : one(a));
}

/**
 * The compact JSON text of the `--fields` projection of an answer: the same text as
 * `JSON.stringify(projectFields(fields)(answer))` for the plain data answers are, built without the
 * intermediate object (keys written once; nested values through {@link answerJson}, which reuses the
 * text of frozen subtrees).
 */
export function fieldsText(fields: readonly string[]): (answer: unknown) => string {
  const prefixes = fields.map((f, i) => `${i === 0 ? '' : ','}${JSON.stringify(f)}:`);
  const all = projectFields(fields);
  return (a) => {
    if (a === null || typeof a !== 'object' || Array.isArray(a)) return answerJson(all(a));
    const src = a as Record<string, unknown>;
    let s = '{';
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const v = Object.prototype.hasOwnProperty.call(src, f) ? src[f] : undefined;
      s += prefixes[i]!;
      if (typeof v === 'number') s += Number.isFinite(v) ? String(v) : 'null';
      else if (typeof v === 'string') s += stringJson(v);
      else s += v === undefined ? 'null' : answerJson(v);
    }
    return `${s}}`;
  };
}

/** The format asked for in `args` before parsing (for reporting parse errors), or the default. */
function preFormat(args: readonly string[], io: CliIO): OutputFormat {
  let format: OutputFormat = io.stdoutIsTTY === true ? 'table' : 'json';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') format = 'json';
    const f = a === '--format' ? args[i + 1] : a.startsWith('--format=') ? a.slice('--format='.length) : undefined;
    if (f === 'table' || f === 'json' || f === 'ndjson') format = f;
  }
  return format;
}

/** What `parseArgs` gives with `tokens: true`: the options as given, in order. */
type ArgToken = { readonly kind: string; readonly name?: string; readonly value?: string | undefined };

/**
 * A flag that takes one value, given twice (`--amount 1000 --amount 2000`), is a usage error: the last would win without
 * a word, and a script that appends an override to a base command line would get another answer than it meant. Flags
 * marked repeatable (`--option`, `--closure` …) and switches (`--json`, `--check`) may repeat.
 * @throws {UsageError}
 */
function refuseRepeated(tokens: readonly ArgToken[], options: OptionsConfig, usage: string): void {
  const seen = new Map<string, string | undefined>();
  for (const t of tokens) {
    if (t.kind !== 'option' || t.name === undefined) continue;
    const o = options[t.name];
    if (o === undefined || o.type !== 'string' || o.multiple === true) continue;
    if (seen.has(t.name)) {
      throw new UsageError(`--${t.name} is given twice (${JSON.stringify(seen.get(t.name))}, ${JSON.stringify(t.value)}): give it once\n${usage}`);
    }
    seen.set(t.name, t.value);
  }
}

/** Parses a command line (without the command name) against a command's options. */
export function parseCommand<const O extends OptionsConfig>(def: CommandDef<O>, args: readonly string[], io: CliIO): ParsedCommand<O> {
  let parsed: { values: Record<string, unknown>; positionals: string[]; tokens: ArgToken[] };
  try {
    parsed = parseArgs({ args: [...args], options: { ...def.options, ...COMMON_OPTIONS }, allowPositionals: true, strict: true, tokens: true }) as typeof parsed;
  } catch (e) {
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const flags = [...Object.keys(def.options), ...Object.keys(COMMON_OPTIONS)].map((k) => `--${k}`);
      const m = /'(--?[^'\s=]+)/.exec(e.message);
      if ((e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && m) {
        throw new UsageError(`Unknown option ${m[1]!} of ${def.name}${didYouMean(m[1]!, flags)}\n${def.usage}`);
      }
      throw new UsageError(`${e.message}\n${def.usage}`);
    }
    throw e;
  }
  refuseRepeated(parsed.tokens, { ...def.options, ...COMMON_OPTIONS }, def.usage);
  const values = parsed.values as ParsedCommand<O>['values'];
  const f = values.format;
  if (f !== undefined && f !== 'table' && f !== 'json' && f !== 'ndjson') {
    throw new UsageError(`--format must be table, json or ndjson, not ${JSON.stringify(f)}${didYouMean(f, ['table', 'json', 'ndjson'])}\n${def.usage}`);
  }
  let positionals = parsed.positionals;
  let sub: string | undefined;
  if (def.subcommands) {
    const first = positionals[0];
    if (first !== undefined && def.subcommands.includes(first)) {
      sub = first;
      positionals = positionals.slice(1);
    } else if (def.defaultSub !== undefined && (first === undefined || isInputPath(first) || didYouMean(first, def.subcommands) === '')) {
      sub = def.defaultSub;
    } else if (values.help !== true) {
      if (first === undefined) throw new UsageError(`Missing sub-command (${def.subcommands.join(', ')})\n${def.usage}`);
      throw new UsageError(`Unknown sub-command ${JSON.stringify(first)} of ${def.name}${didYouMean(first, def.subcommands)}\n${def.usage}`);
    }
  }
  let input = values.input;
  if (def.otherPositionals) {
    const i = positionals.findIndex(isInputPath);
    if (i >= 0) {
      if (input !== undefined) throw new UsageError(`Give the input once: a FILE argument or --input, not both\n${def.usage}`);
      input = positionals[i];
      positionals = positionals.filter((_, j) => j !== i);
    }
  } else if (positionals.length > 0) {
    if (positionals.length > 1 || input !== undefined) throw new UsageError(`Unexpected argument ${JSON.stringify(positionals[input === undefined ? 1 : 0])}: give one input FILE (or - for standard input)\n${def.usage}`);
    input = positionals[0];
    positionals = [];
  }
  const fields = fieldsOf(values.fields, def);
  // --fields selects fields of the JSON answer: JSON is then the default format, and a table is refused.
  const format: OutputFormat = values.json === true ? 'json' : (f as OutputFormat | undefined) ?? (io.stdoutIsTTY === true && !fields ? 'table' : 'json');
  if (fields && format === 'table') throw new UsageError(`--fields selects fields of the JSON answer: use --format json or ndjson, not table\n${def.usage}`);
  return { values, positionals, sub, input, format, fields };
}

/** Whether a positional names an input: `-`, or a name ending in .json, .ndjson or .jsonl. */
function isInputPath(p: string): boolean {
  return p === '-' || /\.(json|ndjson|jsonl)$/i.test(p);
}

/** The number of `--jobs` (default 1). */
function jobsOf(value: string | undefined, usage: string): number {
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(`--jobs takes a whole number from 1 to 999, not ${JSON.stringify(value)}\n${usage}`);
  return Number(value);
}

/** A command's batch answerer for a parsed command line, printing only the `--fields` asked for. */
function batchAnswerer<O extends OptionsConfig>(def: CommandDef<O>, parsed: ParsedCommand<O>): BatchAnswerer | undefined {
  const answerer = def.batch?.(parsed);
  if (!answerer || !parsed.fields) return answerer;
  return { ...answerer, outputText: fieldsText(parsed.fields) };
}

/**
 * Makes a {@link CliCommand} of a {@link CommandDef}: parses the arguments, prints `--help`, runs
 * a batch for `--format ndjson` with an input, else prints the answer in the asked format, and
 * reports errors with their exit codes ({@link EXIT}).
 */
export function defineCommand<const O extends OptionsConfig>(def: CommandDef<O>): CliCommand {
  return {
    name: def.name,
    summary: def.summary,
    usage: def.usage,
    ...(def.subcommands ? { subcommands: def.subcommands } : {}),
    run: async (args, io) => {
      let format = preFormat(args, io);
      try {
        const parsed = parseCommand(def, args, io);
        format = parsed.format;
        if (parsed.values.help) {
          io.out(def.usage);
          return EXIT.ok;
        }
        const jobs = jobsOf(parsed.values.jobs, def.usage);
        const check = parsed.values.check === true;
        if (parsed.format === 'ndjson' && parsed.input !== undefined && def.batch) {
          const answerer = batchAnswerer(def, parsed);
          if (answerer) return await runBatch(io, { name: def.name, argv: [def.name, ...args], path: parsed.input, answerer, jobs, check });
        }
        if (jobs !== 1) throw new UsageError(`--jobs applies to NDJSON batches (--format ndjson with an input FILE or -)\n${def.usage}`);
        const answer = await def.answer(parsed, io);
        const project = parsed.fields ? projectFields(parsed.fields) : (x: unknown) => x;
        if (parsed.format === 'table') io.out(answer.table());
        else if (parsed.format === 'json') writeJson(project(answer.value), io.out);
        else io.out((answer.items ?? [answer.value]).map((x) => `${JSON.stringify(project(x))}\n`).join(''));
        const failures = answer.failures ?? [];
        if (failures.length > 0) {
          // Each refused element on standard error too (as a single answer's error would be), then exit 1.
          for (const f of failures) {
            io.err(parsed.format === 'table' ? `error [${f.error.code}] element ${f.index}: ${f.error.message}\n` : `${JSON.stringify(f)}\n`);
          }
          io.err(`${def.name}: ${answer.items?.length ?? 0} elements, ${(answer.items?.length ?? 0) - failures.length} answers, ${failures.length} errors\n`);
          return EXIT.inputError;
        }
        const negative = answer.negative ?? def.negative?.(answer.value) ?? false;
        return check && negative ? EXIT.negative : EXIT.ok;
      } catch (e) {
        return reportError(e, io.err, format !== 'table');
      }
    },
    ...(def.batch
      ? {
          batch: (args: readonly string[]) => batchAnswerer(def, parseCommand(def, args, {} as CliIO)),
        }
      : {}),
  };
}

/**
 * The input of a command line as one JSON value (a file, or `-` for standard input).
 * @throws {UsageError} no input given, or it is not JSON
 */
export async function readInput(io: CliIO, parsed: { readonly input: string | undefined }, usage: string): Promise<unknown> {
  if (parsed.input === undefined) throw new UsageError(`Give the input: a JSON FILE, or - for standard input\n${usage}`);
  return readJsonInput(io, parsed.input);
}

/** What a {@link jsonInputCommand} is made of. */
export interface JsonInputCommandSpec<R> {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** The library call on the parsed input (which it validates). */
  readonly evaluate: (input: unknown) => R;
  /** The answer as text, for `--format table`. */
  readonly renderTable: (result: R) => string;
  /** Flags (`--plan` …) that set a field of the input, by path (e.g. `['contract', 'planId']`). */
  readonly fieldFlags?: Readonly<Record<string, readonly string[]>>;
  /** Whether an answer is negative, for `--check`. */
  readonly negative?: (result: R) => boolean;
}

/** `input` with the field at `path` set to `value` (objects on the way copied, or created). */
export function withField(input: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const obj = input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  return { ...obj, [path[0]!]: withField(obj[path[0]!], path.slice(1), value) };
}

/**
 * A command that reads one JSON input (a file, or `-` for standard input), evaluates it, and prints
 * the answer; flags of `fieldFlags` set fields of the input; `--format ndjson` runs a batch. An input
 * carrying a `catalog` is a usage error (a batch line: an error record): the CLI uses the bundled catalog.
 */
export function jsonInputCommand<R>(spec: JsonInputCommandSpec<R>): CliCommand {
  const { name, summary, usage, evaluate, renderTable } = spec;
  const fieldFlags = spec.fieldFlags ?? {};
  const options = Object.fromEntries(Object.keys(fieldFlags).map((k) => [k, { type: 'string' as const }]));
  const prepare = (input: unknown, values: Record<string, unknown>): unknown => {
    let out = input;
    for (const [flag, path] of Object.entries(fieldFlags)) if (values[flag] !== undefined) out = withField(out, path, values[flag]);
    return out;
  };
  return defineCommand({
    name,
    summary,
    usage,
    options,
    answer: async (parsed, io) => {
      const input = await readInput(io, parsed, usage);
      if (input !== null && typeof input === 'object' && 'catalog' in input) {
        throw new UsageError('The input may not carry a catalog; the CLI uses the bundled catalog');
      }
      const result = evaluate(prepare(input, parsed.values));
      return { value: result, table: () => renderTable(result) };
    },
    batch: (parsed) => ({
      answer: (request) => {
        if (request !== null && typeof request === 'object' && 'catalog' in request) {
          throw new InvalidInputError(['catalog'], 'A request may not carry a catalog; the CLI uses the bundled catalog');
        }
        return evaluate(prepare(request, parsed.values));
      },
      ...(spec.negative ? { negative: spec.negative as (a: unknown) => boolean } : {}),
    }),
    ...(spec.negative ? { negative: spec.negative as (a: unknown) => boolean } : {}),
  });
}
