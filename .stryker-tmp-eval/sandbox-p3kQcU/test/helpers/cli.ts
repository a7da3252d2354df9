/**
 * The CLI in memory, for the command tests: a fake {@link CliIO} whose files are a map (`'-'` is
 * standard input) and whose output is captured, and `cli(argv, …)` that runs `runCli` with it.
 */
// @ts-nocheck

import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

/** A fake CliIO and what the command wrote. */
export interface FakeIO {
  readonly io: CliIO;
  /** Everything written to standard output so far. */
  readonly out: () => string;
  /** Everything written to standard error so far. */
  readonly err: () => string;
}

/**
 * A CliIO that reads `files` (the key `'-'` is standard input) and captures what is written.
 * A path not in `files` fails as a missing file would (`ENOENT`). Standard output is a terminal
 * unless `tty: false` (then the default format is JSON, as when a script pipes the output).
 */
export function fakeIO(files: Readonly<Record<string, string>> = {}, options: { readonly tty?: boolean } = {}): FakeIO {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readText: async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: no such file ${p}`);
      return text;
    },
    stdoutIsTTY: options.tty ?? true,
    stderrIsTTY: false,
    version: () => '0.0.0-test',
  };
  return { io, out: () => out, err: () => err };
}

/**
 * Runs `support-contract-rules argv…` in memory; `input` is the files it may read, or a string for
 * standard input (`-`). Resolves to the exit code and the captured output.
 */
export async function cli(
  argv: readonly string[],
  input: Readonly<Record<string, string>> | string = {},
  options: { readonly tty?: boolean } = {},
): Promise<{ code: number; out: string; err: string }> {
  const f = fakeIO(typeof input === 'string' ? { '-': input } : input, options);
  const code = await runCli(argv, f.io);
  return { code, out: f.out(), err: f.err() };
}
