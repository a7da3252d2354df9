import { parseArgs } from 'node:util';
import { checkLoaner, type CheckLoanerInput } from '../../loaner/index.js';
import type { Reason } from '../../reasons.js';
import { formatTable, parseJsonText, reportError, toJson, UsageError } from '../format.js';
import type { CliCommand, CliIO } from '../io.js';

const usage = `Usage: support-contract-rules loaner <input.json | -> [--format table|json] [--json]

Whether a loaner device can be lent (000 代替機器貸出し, 001 代替機貸出), which one, and the loan period.
Input (JSON, from a file or '-' for stdin):
  {
    "contract": { "planId": "oas-plan-a", "options": [] },
    "request": { "deviceType": "pc", "os": "windows", "arrivalDate": "2026-12-25" },
    "diagnosis": { "channel": "remote", "deviceFailure": true },
    "activeLoans": [ { "deviceType": "hub" } ],
    "deliveryAddress": { "isContractorAddress": true },
    "unstatedPeriodStart": "arrival-day" | "day-after-arrival",     (optional)
    "substituteAcrossOs": false,                                     (optional)
    "deliveryRestriction": "as-stated" | "contractor-address-only"   (optional)
  }
  --format table|json   output format (default table); --json is --format json
`;

/**
 * Shared runner of the JSON-in commands (loaner, visit, sendback): reads the input file (or stdin),
 * evaluates, prints a table or JSON, and maps errors to exit codes (1 rule/validation, 2 usage).
 * @example await runJsonCommand(['-', '--json'], io, usage, (input) => checkLoaner(input as CheckLoanerInput), render) //=> 0
 */
export async function runJsonCommand(
  args: readonly string[],
  io: CliIO,
  usageText: string,
  evaluate: (input: unknown) => unknown,
  renderTable: (result: never) => string,
): Promise<number> {
  let json = false;
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { format: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.format !== undefined && values.format !== 'table' && values.format !== 'json') {
      throw new UsageError(`--format must be table or json, not ${JSON.stringify(values.format)}\n${usageText}`);
    }
    json = values.json === true || values.format === 'json';
    if (values.help) {
      io.out(usageText);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`Expected one input file (or - for stdin)\n${usageText}`);
    const text = await io.readText(positionals[0]!);
    const input = parseJsonText(text, positionals[0] === '-' ? 'standard input' : positionals[0]!);
    if (input !== null && typeof input === 'object' && 'catalog' in input) {
      throw new UsageError('The input may not carry a catalog; the CLI uses the bundled catalog');
    }
    const result = evaluate(input);
    io.out(json ? toJson(result) : renderTable(result as never));
    return 0;
  } catch (e) {
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return reportError(new UsageError(`${e.message}\n${usageText}`), io.err, json);
    }
    return reportError(e, io.err, json);
  }
}

/** Renders reasons as a table: rule, message, document. @example renderReasons([]) //=> 'rule  message  source\n…' */
export function renderReasons(reasons: readonly Reason[]): string {
  return formatTable(
    ['rule', 'message', 'source'],
    reasons.map((r) => [r.rule, r.message, [r.source?.document ?? '', r.interpretation ? `(interpretation ${r.interpretation})` : ''].filter(Boolean).join(' ')]),
  );
}

/** `loaner`: loaner-device eligibility and period. */
export const loanerCommand: CliCommand = {
  name: 'loaner',
  summary: 'loaner-device eligibility and period',
  usage,
  run: (args, io) =>
    runJsonCommand(
      args,
      io,
      usage,
      (input) => checkLoaner(input as CheckLoanerInput),
      (r: ReturnType<typeof checkLoaner>) =>
        formatTable(
          ['field', 'value'],
          [
            ['eligible', r.eligible ? 'yes' : 'no'],
            ['plan', r.planId],
            ['loaner', r.loanerType ? r.loanerType.name : '(none)'],
            ['period', r.period ? `${r.period.firstDay ?? '(arrival day)'} – ${r.period.lastDay ?? `(${r.period.maxDays} days)`}` : '—'],
            ['return date', r.period ? (r.period.returnDate ?? r.period.returnDateRule) : '—'],
            ['blocked by', r.blockedBy.join(', ') || '—'],
          ],
        ) +
        '\n' +
        renderReasons(r.reasons),
    ),
};
