/**
 * What a CLI command may touch. Commands are pure functions of their arguments and this
 * interface; only `main.ts` binds it to the process, the file system, standard input, the clock
 * (for the progress line) and worker threads.
 */
export interface CliIO {
  /** Writes to standard output (no newline added). */
  readonly out: (text: string) => void;
  /** Writes to standard error (no newline added). */
  readonly err: (text: string) => void;
  /** Reads a whole file as UTF-8, or standard input when `path` is `-`. */
  readonly readText: (path: string) => Promise<string>;
  /**
   * Reads a file (or standard input for `-`) as text in pieces, without holding it whole: each
   * piece is a run of complete lines (without their line ends). Absent: the batch reads
   * {@link CliIO.readText} and splits it (in-memory runners).
   */
  readonly readLines?: (path: string) => AsyncIterable<readonly string[]>;
  /** Writes bytes to standard output and resolves when the stream can take more (back-pressure). */
  readonly write?: (bytes: Uint8Array) => Promise<void>;
  /** Whether standard output is a terminal (the default format is then `table`, else `json`). */
  readonly stdoutIsTTY?: boolean;
  /** Whether standard error is a terminal (a batch then shows a progress line). */
  readonly stderrIsTTY?: boolean;
  /** Milliseconds from an arbitrary origin, for the progress line and the summary's elapsed time. */
  readonly now?: () => number;
  /** The package version, for `--version`. */
  readonly version?: () => string;
  /**
   * Starts `count` workers that answer chunks of a batch for the command line `argv` (each runs
   * {@link answerChunk} in its own thread). Absent: `--jobs` above 1 answers in this thread.
   */
  readonly startWorkers?: (argv: readonly string[], count: number) => WorkerPool | Promise<WorkerPool>;
  /**
   * How many threads the machine runs at once (`os.availableParallelism()`): `--jobs` starts no more workers than this.
   * Absent: as many as `--jobs` asks.
   */
  readonly parallelism?: () => number;
}

/** Workers answering chunks of a batch; see {@link CliIO.startWorkers}. */
export interface WorkerPool {
  /** Answers the lines of one chunk in worker `worker` (0 ≤ worker < count). */
  readonly answer: (worker: number, chunk: BatchChunk) => Promise<ChunkAnswer>;
  /** Stops the workers. */
  readonly close: () => Promise<void>;
}

/** A run of batch input lines; `firstLine` is the 1-based number of `lines[0]` in the input. */
export interface BatchChunk {
  readonly firstLine: number;
  readonly lines: readonly string[];
}

/** The output of a chunk: the NDJSON as UTF-8 (one line per non-blank input line) and its counts. */
export interface ChunkAnswer {
  readonly bytes: Uint8Array;
  readonly answers: number;
  readonly errors: number;
  /** Answers that are negative (closed, not eligible …), for `--check`. */
  readonly negatives: number;
}

/** A sub-command of the `support-contract-rules` CLI. */
export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full usage text for `--help`. */
  readonly usage: string;
  /** Sub-commands (or checks), for `help` and "did you mean". */
  readonly subcommands?: readonly string[];
  /** Runs the command; resolves to the exit code (see EXIT_CODES in run.ts). */
  readonly run: (args: readonly string[], io: CliIO) => Promise<number>;
  /**
   * Prepares the batch answerer of this command line (`args` without the command name): a function
   * from one request (a line's parsed JSON) to its answer, or undefined if the command line does not
   * take requests. Throws a usage error for bad flags.
   */
  readonly batch?: (args: readonly string[]) => BatchAnswerer | undefined;
}

/** Answers one batch request; `negative` says whether an answer counts as negative for `--check`. */
export interface BatchAnswerer {
  readonly answer: (request: unknown) => unknown;
  readonly negative?: (answer: unknown) => boolean;
  /** The JSON text printed for an answer (`--fields`: only some fields); absent: the whole answer. */
  readonly outputText?: (answer: unknown) => string;
}
