/**
 * The skeleton every CLI command shares: argument parsing (node:util parseArgs, strict), `--help`,
 * the output format (`--json`, and `--format table|json` where the command has it), and error
 * reporting with the exit codes (1 for the library's typed errors, 2 for usage errors).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { reportError, toJson, UsageError } from './format.js';
import { readJsonInput } from './input.js';
import type { CliCommand, CliIO } from './io.js';

/** Output formats of the commands. */
export type OutputFormat = 'table' | 'json';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Options every command has. */
const COMMON_OPTIONS = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
/** The option of commands that take `--format table|json`. */
const FORMAT_OPTION = { format: { type: 'string' } } as const;

type CommonOptions = typeof COMMON_OPTIONS & typeof FORMAT_OPTION;

/** How a command reads its arguments. */
export interface CommandSpec<O extends OptionsConfig> {
  /** Usage text: printed by `--help` and after every usage error. */
  readonly usage: string;
  /** The command's own options; `--json` and `--help` (and `--format` with {@link CommandSpec.format}) are added. */
  readonly options: O;
  /** Whether the command takes positional arguments (default: no, a positional is a usage error). */
  readonly allowPositionals?: boolean;
  /**
   * With a value, the command takes `--format table|json` (that value being the default) besides
   * `--json`; without, only `--json` (the default output being a table).
   */
  readonly format?: OutputFormat;
  /** Report errors in the arguments themselves as JSON when `--json` is among them (default: in the default format). */
  readonly jsonParseErrorsWithJsonFlag?: boolean;
}

/** What a command's body receives: the parsed options and positionals, and whether to print JSON. */
export interface ParsedCommand<O extends OptionsConfig> {
  readonly values: ReturnType<typeof parseArgs<{ args: string[]; options: O & CommonOptions; allowPositionals: true; strict: true }>>['values'];
  readonly positionals: string[];
  readonly json: boolean;
}

/**
 * Parses a command's arguments and runs its body: `--help` prints the usage (exit 0); an argument
 * parseArgs refuses, a bad `--format` or a thrown {@link UsageError} prints the message and the usage
 * (exit 2); a library error prints `error [code] message` or, in JSON, `{ error: { code, path, … } }`
 * (exit 1). The body writes its answer and returns; the command then exits 0.
 * @example await runCommand(['--json'], io, { usage, options: { on: { type: 'string' } } }, ({ values, json }) => io.out(json ? '{}' : 'table')) //=> 0
 */
export async function runCommand<const O extends OptionsConfig>(
  args: readonly string[],
  io: CliIO,
  spec: CommandSpec<O>,
  body: (parsed: ParsedCommand<O>) => void | Promise<void>,
): Promise<number> {
  let json = spec.format === 'json' || (spec.jsonParseErrorsWithJsonFlag === true && args.includes('--json'));
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: spec.format === undefined ? { ...spec.options, ...COMMON_OPTIONS } : { ...spec.options, ...FORMAT_OPTION, ...COMMON_OPTIONS },
      allowPositionals: spec.allowPositionals ?? false,
      strict: true,
    }) as { values: CommonValues; positionals: string[] };
    json = outputIsJson(values, spec);
    if (values.help) {
      io.out(spec.usage);
      return 0;
    }
    await body({ values: values as ParsedCommand<O>['values'], positionals, json });
    return 0;
  } catch (e) {
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return reportError(new UsageError(`${e.message}\n${spec.usage}`), io.err, json);
    }
    return reportError(e, io.err, json);
  }
}

/** The values of the options every command has. */
interface CommonValues {
  readonly json?: boolean | undefined;
  readonly help?: boolean | undefined;
  readonly format?: string | undefined;
}

/** `--json`, else `--format` (checked), else the command's default. */
function outputIsJson(values: CommonValues, spec: CommandSpec<OptionsConfig>): boolean {
  const format = values.format;
  if (format !== undefined && format !== 'table' && format !== 'json') {
    const choices = spec.format === 'json' ? 'json or table' : 'table or json';
    throw new UsageError(`--format must be ${choices}, not ${JSON.stringify(format)}\n${spec.usage}`);
  }
  return values.json === true || (format ?? spec.format ?? 'table') === 'json';
}

/** What a {@link jsonInputCommand} is made of. */
export interface JsonInputCommandSpec<R> {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** The library call on the parsed input (which it validates). */
  readonly evaluate: (input: unknown) => R;
  /** The answer as text, for `--format table` (the default). */
  readonly renderTable: (result: R) => string;
}

/**
 * A command that reads one JSON input (a file, or `-` for standard input), evaluates it, and prints
 * the answer as a table or, with `--json` / `--format json`, as JSON. An input carrying a `catalog`
 * is a usage error: the CLI uses the bundled catalog.
 * @example jsonInputCommand({ name: 'loaner', summary, usage, evaluate: (input) => checkLoaner(input as CheckLoanerInput), renderTable }).name //=> 'loaner'
 */
export function jsonInputCommand<R>(spec: JsonInputCommandSpec<R>): CliCommand {
  const { name, summary, usage, evaluate, renderTable } = spec;
  return {
    name,
    summary,
    usage,
    run: (args, io) =>
      runCommand(args, io, { usage, options: {}, allowPositionals: true, format: 'table' }, async ({ positionals, json }) => {
        if (positionals.length !== 1) throw new UsageError(`Expected one input file (or - for stdin)\n${usage}`);
        const input = await readJsonInput(io, positionals[0]!);
        if (input !== null && typeof input === 'object' && 'catalog' in input) {
          throw new UsageError('The input may not carry a catalog; the CLI uses the bundled catalog');
        }
        const result = evaluate(input);
        io.out(json ? toJson(result) : renderTable(result));
      }),
  };
}
