/**
 * What a CLI command may touch. Commands are pure functions of their arguments and this
 * interface; only `main.ts` binds it to the process, the file system and stdin.
 */
export interface CliIO {
  /** Writes to standard output (no newline added). */
  readonly out: (text: string) => void;
  /** Writes to standard error (no newline added). */
  readonly err: (text: string) => void;
  /** Reads a whole file as UTF-8, or standard input when `path` is `-`. */
  readonly readText: (path: string) => Promise<string>;
}

/** A sub-command of the `support-contract-rules` CLI. */
export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full usage text for `--help`. */
  readonly usage: string;
  /** Runs the command; resolves to the exit code (0 ok, 1 rule/validation error, 2 usage error). */
  readonly run: (args: readonly string[], io: CliIO) => Promise<number>;
}
