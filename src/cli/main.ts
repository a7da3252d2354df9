/**
 * The `support-contract-rules` executable. The only module of the package that touches the
 * process, the file system, standard input, the clock and worker threads; everything else is pure.
 * The same file is the worker of `--jobs N` batches (started with {@link WORKER_MARK} as its argument and
 * `workerData.argv`). A command line loads only what it uses: worker threads and promise-based file reading are
 * imported when a batch or an input needs them, not at start.
 */
import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import type { BatchChunk, ChunkAnswer, CliIO, WorkerPool } from './io.js';
import { MAX_LINE_LENGTH, OVERLONG_LINE } from './batch.js';
import { EXIT } from './command.js';
import { prepareBatch, runCli } from './run.js';

/** The argument a worker of `--jobs N` is started with (so the main thread need not load node:worker_threads to tell). */
const WORKER_MARK = '--support-contract-rules-batch-worker';

async function readText(path: string): Promise<string> {
  if (path !== '-') return (await import('node:fs/promises')).readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A file (or standard input) in pieces of whole lines, decoded as UTF-8 across chunk boundaries. A line is kept as
 * the pieces it came in until its end is read, so a long line costs its length once (re-joining the whole pending
 * text for every 64 KiB chunk made a 40 MB line take 37 s); a line past {@link MAX_LINE_LENGTH} is not kept at all:
 * it is given as {@link OVERLONG_LINE}, which the batch reports as too long, and memory stays flat.
 */
async function* readLines(path: string): AsyncGenerator<readonly string[]> {
  const stream = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 16 });
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let pending = 0;
  let overlong = false;
  const finish = (piece: string): string => {
    const line = overlong ? OVERLONG_LINE : parts.length === 0 ? piece : parts.join('') + piece;
    parts = [];
    pending = 0;
    overlong = false;
    return line;
  };
  const keep = (tail: string): void => {
    if (overlong || tail.length === 0) return;
    pending += tail.length;
    if (pending > MAX_LINE_LENGTH) {
      overlong = true;
      parts = [];
    } else {
      parts.push(tail);
    }
  };
  for await (const chunk of stream) {
    const text = decoder.write(chunk as Buffer);
    const lines: string[] = [];
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      lines.push(finish(text.slice(start, nl)));
      start = nl + 1;
    }
    keep(start === 0 ? text : text.slice(start));
    if (lines.length > 0) yield lines;
  }
  keep(decoder.end());
  if (overlong || parts.length > 0) yield [finish('')];
}

async function write(bytes: Uint8Array): Promise<void> {
  if (!process.stdout.write(bytes)) await once(process.stdout, 'drain');
}

function version(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'support-contract-rules' && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

/**
 * Workers running this same file; each answers the chunks sent to it, in order. Each is started when its first
 * chunk is sent: a batch of two lines under `--jobs 64` starts one thread, not 64.
 */
async function startWorkers(argv: readonly string[], count: number): Promise<WorkerPool> {
  const { Worker } = await import('node:worker_threads');
  const file = fileURLToPath(import.meta.url);
  const started: Array<ReturnType<typeof start> | undefined> = new Array(count).fill(undefined);
  const start = () => {
    const worker = new Worker(file, { workerData: { argv: [...argv] }, argv: [WORKER_MARK] });
    const waiting: Array<{ resolve: (a: ChunkAnswer) => void; reject: (e: unknown) => void }> = [];
    const fail = (e: unknown) => {
      for (const w of waiting.splice(0)) w.reject(e);
    };
    worker.on('message', (m: { answer?: ChunkAnswer; error?: string }) => {
      const w = waiting.shift();
      if (m.error !== undefined) w?.reject(new Error(`worker: ${m.error}`));
      else w?.resolve(m.answer!);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
    return { worker, waiting };
  };
  return {
    answer: (i, chunk) =>
      new Promise((resolve, reject) => {
        const w = (started[i] ??= start());
        w.waiting.push({ resolve, reject });
        w.worker.postMessage(chunk);
      }),
    close: async () => {
      await Promise.all(started.map((w) => w?.worker.terminate()));
    },
  };
}

/** A worker: answers the chunks its parent sends. */
function serveWorker(port: import('node:worker_threads').MessagePort, workerData: { argv: string[] }): void {
  // Chunks that arrive while the command loads wait for it, in order.
  const ready = prepareBatch(workerData.argv);
  ready.catch(() => undefined); // reported with each chunk below
  port.on('message', (chunk: BatchChunk) => {
    ready.then(
      (answer) => {
        const a = answer(chunk);
        // The output bytes move to the main thread, not copied.
        port.postMessage({ answer: a }, [a.bytes.buffer as ArrayBuffer]);
      },
      (e: unknown) => port.postMessage({ error: (e as Error)?.message ?? String(e) }),
    ).catch((e: unknown) => port.postMessage({ error: (e as Error)?.message ?? String(e) }));
  });
}

/** The command line of this process. */
function main(): void {
  // The output cannot be written: a reader that stops early (`| head`) closed the pipe (stop quietly, as other
  // filters do), or the disk is full … Either way the output is cut short, which the exit status says (74), so that
  // a script does not take it for a whole answer.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') {
      try {
        process.stderr.write(`support-contract-rules: could not write the output (${e.code ?? e.message})\n`);
      } catch {
        // standard error is gone too
      }
    }
    process.exit(EXIT.output);
  });
  const io: CliIO = {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    readText,
    readLines,
    write,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    // process.hrtime, not performance.now(): node:perf_hooks would be loaded for it.
    now: () => {
      const [s, ns] = process.hrtime();
      return s * 1000 + ns / 1e6;
    },
    version,
    startWorkers,
    parallelism: availableParallelism,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`internal error (please report it with the command line): ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 70;
    },
  );
}

if (process.argv.includes(WORKER_MARK)) {
  void import('node:worker_threads').then(({ isMainThread, parentPort, workerData }) => {
    const data = workerData as { argv?: string[] } | null;
    if (!isMainThread && parentPort && data?.argv) serveWorker(parentPort, { argv: data.argv });
    else main();
  });
} else {
  main();
}
