import { monthlyInvoice, type MonthlyInvoiceInput } from '../../billing/monthly.js';
import type { MonthlyInvoice } from '../../billing/types.js';
import { InvalidInputError } from '../../errors.js';
import { formatYenDigits } from '../../money/decimal.js';
import { runCommand } from '../command.js';
import { formatTable, toJson, UsageError } from '../format.js';
import { isJsonObject, readJsonInput } from '../input.js';
import type { CliCommand } from '../io.js';

const usage = `Usage: support-contract-rules invoice FILE|- [--month YYYY-MM] [--format json|table]

The invoice of a contract for one month: every line with its source, totals by tax rate (tax
computed once per rate), the total, and a trace of the arithmetic.

Input: JSON from FILE or - (stdin), either
  { "contract": { "planId", "start", "end"?, "options"?, "oneOffCharges"?, "earlierContracts"? },
    "month": "YYYY-MM", "rounding"?, "partialMonth"?, "prorationRounding"?,
    "resubscriptionFeeMonth"?, "unknownEndOfSale"? }
  or a contract alone, with --month.
  --month YYYY-MM     the month to invoice (overrides the input's month)
  --format F          json (default) | table
  --json              same as --format json
`;

const OPTION_KEYS = ['contract', 'month', 'rounding', 'partialMonth', 'prorationRounding', 'resubscriptionFeeMonth', 'unknownEndOfSale', 'explain'] as const;

const options = { month: { type: 'string' } } as const;

/** `invoice`: the monthly invoice of a contract (JSON in, JSON or table out). */
export const invoiceCommand: CliCommand = {
  name: 'invoice',
  summary: 'the monthly invoice of a contract (JSON in, JSON or table out)',
  usage,
  run: (args, io) =>
    runCommand(args, io, { usage, options, allowPositionals: true, format: 'json' }, async ({ values, positionals, json }) => {
      if (positionals.length !== 1) throw new UsageError(`Give one input: a JSON file, or - for standard input\n${usage}`);
      const obj = await readJsonInput(io, positionals[0]!);
      if (!isJsonObject(obj)) {
        throw new InvalidInputError([], 'Expected a JSON object: { contract, month } or a contract');
      }
      let input: Record<string, unknown>;
      if ('contract' in obj) {
        for (const k of Object.keys(obj)) {
          if (!(OPTION_KEYS as readonly string[]).includes(k)) throw new InvalidInputError([k], `Unknown field ${JSON.stringify(k)}; expected ${OPTION_KEYS.join(', ')}`);
        }
        input = { ...obj };
      } else {
        input = { contract: obj };
      }
      if (values.month !== undefined) input.month = values.month;
      if (input.month === undefined) throw new UsageError(`No month: give --month YYYY-MM or "month" in the input\n${usage}`);
      const invoice = monthlyInvoice(input as unknown as MonthlyInvoiceInput);
      io.out(json ? toJson(invoice) : table(invoice));
    }),
};

const yen = (n: number | null) => (n === null ? '—' : `${formatYenDigits(n)}円`);

function table(inv: MonthlyInvoice): string {
  const basis = inv.basis === 'tax-included' ? '税込' : '税抜';
  const head = `${inv.planId} ${inv.month} (amounts ${basis}, tax rounded ${inv.rounding} once per rate)\n\n`;
  const lines = formatTable(
    ['kind', 'item', 'qty', 'unit price', `amount (${basis})`, 'rate', 'tax date', 'tax share', 'note'],
    inv.lines.map((l) => [
      l.kind,
      l.name,
      String(l.quantity),
      yen(l.unitPriceYen),
      yen(l.amountYen),
      `${l.ratePercent}%`,
      l.taxDate,
      yen(l.taxYen),
      l.waived ? `waived: ${l.waived.reason}` : l.proration ? `${l.proration.activeDays}/${l.proration.daysInMonth} days` : '',
    ]),
  );
  const rates = formatTable(
    ['rate', 'lines', '税抜', '消費税', '税込', 'unrounded tax'],
    [
      ...inv.byRate.map((r) => [`${r.ratePercent}%`, String(r.lineCount), yen(r.taxExcludedYen), yen(r.taxYen), yen(r.taxIncludedYen), r.unroundedTaxYen]),
      ['total', String(inv.lines.length), yen(inv.taxExcludedYen), yen(inv.taxYen), yen(inv.taxIncludedYen), ''],
    ],
  );
  const trace = inv.trace.map((t) => `  ${t}`).join('\n');
  return `${head}${inv.lines.length ? lines : '(nothing billed this month)\n'}\n${rates}\nTrace:\n${trace}\n`;
}
