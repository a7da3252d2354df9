/**
 * Streaming NDJSON batches: `COMMAND … --format ndjson FILE|-` reads one JSON request per line and
 * writes one JSON line per request, in input order, in constant memory:
 *
 * - the input is read in pieces of whole lines (never as one string); a leading UTF-8 byte order
 *   mark is ignored, `\r\n` line ends are accepted, blank lines are skipped (and still counted);
 * - each line's answer is the command's JSON answer on one line; a line that is not JSON or that the
 *   library refuses gives an error record `{"line":N,"error":{code,path,message,…}}` and the batch goes on;
 * - `--jobs N` answers chunks of lines in N worker threads, at most 2·N chunks in flight, and writes
 *   them in input order;
 * - a progress line on standard error when it is a terminal; a summary on standard error at the end;
 * - exit status 0 when every line was answered, 1 when some line failed (3 with `--check` when every
 *   line was answered and some answer is negative; 70 when a line met an internal error).
 */
import { ContractRulesError } from '../errors.js';
import { errorRecord, UsageError } from './format.js';
import { writeAnswerJson } from './json.js';
import type { BatchAnswerer, BatchChunk, ChunkAnswer, CliIO } from './io.js';

/** Lines per chunk handed to a worker (and per write). */
export const CHUNK_LINES = 512;
/** Longest accepted request line, in UTF-16 code units (a longer line is an error record). */
export const MAX_LINE_LENGTH = 8 * 1024 * 1024;
/**
 * What a line reader gives for a line longer than {@link MAX_LINE_LENGTH} instead of the line (it stops keeping it):
 * two UTF-16 units in reverse surrogate order, which no UTF-8 input decodes to.
 */
export const OVERLONG_LINE = '\uDFFF\uD800';

/** A batch run: the command, its full command line (for workers), input path, answerer and options. */
export interface BatchRun {
  readonly name: string;
  readonly argv: readonly string[];
  readonly path: string;
  readonly answerer: BatchAnswerer;
  readonly jobs: number;
  readonly check: boolean;
}

/** Internal errors met in a chunk are counted apart, to exit 70. */
interface ChunkCounts extends ChunkAnswer {
  readonly internal?: number;
}

/**
 * The UTF-8 bytes of a chunk's output, written answer by answer into one growing buffer (each answer
 * encoded while it is small, never one huge string for the chunk).
 */
class ByteSink {
  // Unpooled (allocUnsafeSlow), so a worker can transfer the buffer to the main thread.
  private buf = Buffer.allocUnsafeSlow(1 << 16);
  private pos = 0;
  private room(n: number): void {
    const need = this.pos + n;
    if (need > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(need, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.pos);
      this.buf = bigger;
    }
  }
  add(text: string): void {
    this.room(text.length * 3);
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }
  addBytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

/**
 * Answers the lines of a chunk: one output line per non-blank input line (the answer as JSON, or an
 * error record naming the line), as UTF-8 bytes.
 */
export function answerChunk(answerer: BatchAnswerer, chunk: BatchChunk): ChunkCounts {
  const sink = new ByteSink();
  let answers = 0;
  let errors = 0;
  let negatives = 0;
  let internal = 0;
  const { lines, firstLine } = chunk;
  const outputText = answerer.outputText;
  // A whole answer's line end, not yet in the sink (it goes with what follows). Lean lines and error
  // records go to the sink one by one: gathered in one string per chunk, every line's pieces (cons
  // strings) stayed alive across young-generation collections (about 1 µs a line).
  let text = '';
  const fail = (lineNo: number, error: unknown) => {
    errors++;
    sink.add(`${text}${JSON.stringify({ line: lineNo, error })}\n`);
    text = '';
  };
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const lineNo = firstLine + i;
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line === OVERLONG_LINE || line.length > MAX_LINE_LENGTH) {
      fail(lineNo, { code: 'too_long', path: [], message: `Line ${lineNo} is longer than ${MAX_LINE_LENGTH} characters` });
      continue;
    }
    if (line.length === 0 || (isSpace(line.charCodeAt(0)) && line.trim() === '')) continue;
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch (e) {
      fail(lineNo, { code: 'invalid_json', path: [], message: `Line ${lineNo} is not valid JSON: ${(e as Error).message}` });
      continue;
    }
    let result: unknown;
    try {
      result = answerer.answer(request);
      if (answerer.negative?.(result)) negatives++;
    } catch (e) {
      if (e instanceof ContractRulesError) {
        fail(lineNo, errorRecord(e));
      } else if (e instanceof UsageError) {
        // The line's request is not what the command takes (e.g. `incident status` without "events"): that line's error.
        fail(lineNo, { code: 'invalid_input', path: [], message: `Line ${lineNo}: ${e.message}` });
      } else {
        internal++;
        fail(lineNo, { code: 'internal_error', path: [], message: `Line ${lineNo}: internal error (please report it): ${(e as Error)?.message ?? String(e)}` });
      }
      continue;
    }
    answers++;
    if (outputText) {
      sink.add(`${text}${outputText(result)}\n`);
      text = '';
    } else {
      if (text.length > 0) sink.add(text);
      writeAnswerJson(result, sink);
      text = '\n';
    }
  }
  if (text.length > 0) sink.add(text);
  return { bytes: sink.bytes(), answers, errors, negatives, internal };
}

/** Whether a UTF-16 code unit is JSON white space (a line starting with one may be blank). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0xa0 || c === 0xfeff || c > 0x1fff;
}

/** The input's lines in chunks of at most {@link CHUNK_LINES}, numbered from 1. */
async function* chunksOf(io: CliIO, path: string): AsyncGenerator<BatchChunk> {
  let next = 1;
  const source: AsyncIterable<readonly string[]> = io.readLines ? io.readLines(path) : splitText(io, path);
  let pending: string[] = [];
  let first = true;
  for await (const piece of source) {
    for (const line of piece) {
      if (first) {
        first = false;
        notAJsonArray(line, path);
      }
      pending.push(line.endsWith('\r') ? line.slice(0, -1) : line);
      if (pending.length === CHUNK_LINES) {
        yield { firstLine: next, lines: pending };
        next += pending.length;
        pending = [];
      }
    }
  }
  if (pending.length > 0) yield { firstLine: next, lines: pending };
}

/**
 * A batch's first line that opens a JSON array it does not close (a pretty-printed array, not
 * NDJSON) is a usage error before any output: every line would fail, so the run stops and says how
 * to give the input. (A whole array on one line is a request like any other.)
 * @throws {UsageError}
 */
function notAJsonArray(line: string, path: string): void {
  const text = (line.charCodeAt(0) === 0xfeff ? line.slice(1) : line).trim();
  if (!text.startsWith('[')) return;
  try {
    JSON.parse(text);
  } catch {
    throw new UsageError(
      `${path === '-' ? 'standard input' : path} is a JSON array, not NDJSON: a batch (--format ndjson) takes one JSON request per line. ` +
        `Convert it (jq -c '.[]' FILE | support-contract-rules COMMAND - --format ndjson), or give the array with --format json (price and area answer each element).`,
    );
  }
}

/** For in-memory runners without `readLines`: the whole text, split into lines. */
async function* splitText(io: CliIO, path: string): AsyncGenerator<readonly string[]> {
  const text = await io.readText(path);
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  yield lines;
}

/** Runs a batch and returns the exit code. */
export async function runBatch(io: CliIO, run: BatchRun): Promise<number> {
  const decoder = new TextDecoder();
  const write = io.write ?? (async (b: Uint8Array) => io.out(decoder.decode(b)));
  const now = io.now;
  const progress = io.stderrIsTTY === true && now !== undefined;
  const started = now?.() ?? 0;
  let lastProgress = started;
  let lines = 0;
  let answers = 0;
  let errors = 0;
  let negatives = 0;
  let internal = 0;
  const take = async (c: ChunkCounts, count: number) => {
    await write(c.bytes);
    lines += count;
    answers += c.answers;
    errors += c.errors;
    negatives += c.negatives;
    internal += c.internal ?? 0;
    if (progress) {
      const t = now!();
      if (t - lastProgress >= 250) {
        lastProgress = t;
        io.err(`\r${progressText(run.name, lines, errors, t - started)}\u001b[K`);
      }
    }
  };
  // No more workers than the machine runs at once: each costs its start-up and about 14 MB, and more only wait.
  const jobs = run.jobs > 1 && io.parallelism ? Math.max(1, Math.min(run.jobs, io.parallelism())) : run.jobs;
  const pool = jobs > 1 && io.startWorkers ? await io.startWorkers(run.argv, jobs) : undefined;
  try {
    if (pool) {
      const inFlight: Array<{ answer: Promise<ChunkCounts>; count: number }> = [];
      let k = 0;
      for await (const chunk of chunksOf(io, run.path)) {
        const answer = pool.answer(k++ % jobs, chunk);
        answer.catch(() => undefined); // awaited in order below
        inFlight.push({ answer, count: chunk.lines.length });
        if (inFlight.length >= 2 * jobs) {
          const head = inFlight.shift()!;
          await take(await head.answer, head.count);
        }
      }
      for (const head of inFlight) await take(await head.answer, head.count);
    } else {
      for await (const chunk of chunksOf(io, run.path)) await take(answerChunk(run.answerer, chunk), chunk.lines.length);
    }
  } finally {
    await pool?.close();
  }
  const elapsed = now ? now() - started : undefined;
  if (progress) io.err('\r\u001b[K');
  io.err(
    `${run.name}: ${grouped(lines)} lines, ${grouped(answers)} answers, ${grouped(errors)} errors` +
      (run.check ? `, ${grouped(negatives)} negative` : '') +
      (elapsed !== undefined ? ` in ${(elapsed / 1000).toFixed(2)} s` : '') +
      '\n',
  );
  if (internal > 0) return 70;
  if (errors > 0) return 1;
  return run.check && negatives > 0 ? 3 : 0;
}

/** The progress line: lines done, errors, rate and elapsed time. */
function progressText(name: string, lines: number, errors: number, ms: number): string {
  const rate = ms > 0 ? Math.round((lines / ms) * 1000) : 0;
  return `${name}: ${grouped(lines)} lines (${grouped(errors)} errors), ${grouped(rate)} lines/s, ${(ms / 1000).toFixed(1)} s`;
}

/**
 * A count with thousands separators, as `toLocaleString('en-US')` writes it, without loading the
 * locale data (Intl's first use costs a batch tens of milliseconds at its end).
 * @example grouped(1234567) //=> '1,234,567'
 */
export function grouped(n: number): string {
  const s = String(n);
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString('en-US');
  let out = s.slice(0, ((s.length - 1) % 3) + 1);
  for (let i = out.length; i < s.length; i += 3) out += `,${s.slice(i, i + 3)}`;
  return out;
}
