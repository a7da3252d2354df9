/**
 * The CLI dispatcher, independent of the process so that tests can call it.
 */
import { answerChunk } from './batch.js';
import { EXIT } from './command.js';
import { commands, loadCommand } from './commands/index.js';
import { UsageError } from './format.js';
import type { BatchChunk, ChunkAnswer, CliIO } from './io.js';
import { didYouMean } from './suggest.js';

/** The grammar, the formats and the exit codes, shared by `--help` and the README. */
export const GRAMMAR = `Every command takes the same grammar:
  support-contract-rules COMMAND [SUB-COMMAND] [FILE|-] [flags]
  FILE|-              the request as JSON, from a file or - (standard input); flags give or
                      override the common fields (--plan, --on, --month …). A UTF-8 BOM is accepted.
  --format F          table | json | ndjson; --json is --format json. Default: table when standard
                      output is a terminal, json when it is a file or a pipe.
  --format ndjson     with FILE|-: a batch, one JSON request per line, one JSON answer per line in
                      input order (a bad line gives {"line":N,"error":{…}} and the batch goes on);
                      a summary on standard error; constant memory whatever the input size.
  --jobs N            answer a batch in N worker threads (default 1; no more than the machine
                      runs at once, os.availableParallelism()); the order is kept.
  --fields LIST       invoice and price: print only these top-level fields of each answer, in this
                      order (e.g. --fields planId,month,totalYen): the lean lines a billing script
                      wants; JSON is then the default format. COMMAND --help lists the fields.
  --check             exit 3 when the answer is negative (closed, not eligible, not supported …).
  --help, -h          the command's options;  help COMMAND  the same.

Exit codes:
  0   an answer (a batch: every line answered)
  1   the library refused the input: a typed error with its path (a batch: some line failed)
  2   usage error: unknown command or flag, a one-value flag given twice, missing argument,
      unreadable file, text that is not JSON
  3   with --check: a negative answer
  70  internal error (a bug: please report it with the command line)
  74  the output could not be written in full (the reader closed the pipe, the disk is full …)
`;

const help = () =>
  `Usage: support-contract-rules <command> [options]
       support-contract-rules help [COMMAND]
       support-contract-rules --version

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

${GRAMMAR}`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(help());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h') {
    io.out(help());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`${io.version?.() ?? 'unknown'}\n`);
    return EXIT.ok;
  }
  if (name === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      io.out(help());
      return EXIT.ok;
    }
    const command = await loadCommand(topic);
    if (!command) {
      io.err(`error: Unknown command ${JSON.stringify(topic)}${didYouMean(topic, commands.map((c) => c.name))}\n`);
      return EXIT.usage;
    }
    io.out(command.usage);
    return EXIT.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`error: Unknown command ${JSON.stringify(name)}${didYouMean(name, commands.map((c) => c.name))}\nRun 'support-contract-rules --help' for the commands.\n`);
    return EXIT.usage;
  }
  return command.run(rest, io);
}

/**
 * A worker's answerer for a batch command line (`argv` with the command name): answers chunks of
 * request lines exactly as the main thread would.
 * @throws {UsageError} the command line does not describe a batch
 */
export async function prepareBatch(argv: readonly string[]): Promise<(chunk: BatchChunk) => ChunkAnswer> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : await loadCommand(name);
  const answerer = command?.batch?.(rest);
  if (!answerer) throw new UsageError(`Not a batch command line: ${argv.join(' ')}`);
  return (chunk) => answerChunk(answerer, chunk);
}
