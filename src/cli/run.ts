/**
 * The CLI dispatcher, independent of the process so that tests can call it.
 */
import { commands } from './commands/index.js';
import type { CliIO } from './io.js';

const help = () =>
  `Usage: support-contract-rules <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run 'support-contract-rules <command> --help' for a command's options.
`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command ${JSON.stringify(name)}\n\n${help()}`);
    return 2;
  }
  return command.run(rest, io);
}
