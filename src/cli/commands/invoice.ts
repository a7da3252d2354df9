import { createInvoicer } from '../../billing/invoicer.js';
import { monthlyInvoice, type MonthlyInvoiceInput } from '../../billing/monthly.js';
import type { MonthlyInvoice } from '../../billing/types.js';
import { InvalidInputError } from '../../errors.js';
import { formatYenDigits } from '../../money/decimal.js';
import { defineCommand, readInput } from '../command.js';
import { formatTable, UsageError } from '../format.js';
import { isJsonObject } from '../input.js';

/** The top-level fields of a {@link MonthlyInvoice}, in its order (for `--fields`). */
const INVOICE_FIELDS = ['planId', 'month', 'basis', 'rounding', 'lines', 'byRate', 'taxExcludedYen', 'taxYen', 'taxIncludedYen', 'totalYen', 'trace', 'reasons'] as const satisfies ReadonlyArray<keyof MonthlyInvoice>;

const usage = `Usage: support-contract-rules invoice FILE|- [--month YYYY-MM] [--plan ID] [--format table|json|ndjson]

The invoice of a contract for one month: every line with its source, totals by tax rate (tax
computed once per rate), the total, and a trace of the arithmetic.

Input: JSON from FILE or - (stdin), either
  { "contract": { "planId", "start", "end"?, "options"?, "oneOffCharges"?, "earlierContracts"? },
    "month": "YYYY-MM", "rounding"?, "partialMonth"?, "prorationRounding"?,
    "resubscriptionFeeMonth"?, "unknownEndOfSale"?, "taxIncludedPrices"?, "explain"? }
  or a contract alone, with --month.
  --month YYYY-MM     the month to invoice (overrides the input's month)
  --plan ID           the contract's plan (overrides the input's contract.planId)
  --format F          table | json | ndjson (default: table on a terminal, else json)
  --format ndjson     a batch: one request per line, one invoice per line (one invoicer for the
                      batch, as createInvoicer); --jobs N spreads it over N worker threads
  --fields LIST       print only these fields of each invoice, in this order (JSON and NDJSON), e.g.
                      --fields planId,month,taxExcludedYen,taxYen,totalYen; without trace among them
                      the trace is not built (the other fields are the same). Fields: ${INVOICE_FIELDS.join(', ')}

Example (a batch): support-contract-rules invoice - --format ndjson --month 2025-05 < contracts.ndjson
Example (totals only): support-contract-rules invoice requests.ndjson --format ndjson --fields planId,month,totalYen
`;

const OPTION_KEYS = ['contract', 'month', 'rounding', 'partialMonth', 'prorationRounding', 'resubscriptionFeeMonth', 'unknownEndOfSale', 'taxIncludedPrices', 'explain'] as const;

const options = { month: { type: 'string' }, plan: { type: 'string' } } as const;

interface Flags {
  readonly month?: string | undefined;
  readonly plan?: string | undefined;
}

/** The invoice input of a request: `{ contract, month, … }` or a contract alone; the flags override. */
function requestOf(obj: unknown, flags: Flags): MonthlyInvoiceInput {
  if (!isJsonObject(obj)) {
    throw new InvalidInputError([], 'Expected a JSON object: { contract, month } or a contract');
  }
  let input: Record<string, unknown>;
  if ('contract' in obj) {
    for (const k in obj) {
      if (!isOptionKey(k)) throw new InvalidInputError([k], `Unknown field ${JSON.stringify(k)}; expected ${OPTION_KEYS.join(', ')}`);
    }
    // A request the flags do not change is passed as parsed (the library reads it once and never changes it).
    input = flags.plan === undefined && flags.month === undefined ? obj : { ...obj };
  } else {
    input = { contract: obj };
  }
  if (flags.plan !== undefined) input.contract = isJsonObject(input.contract) ? { ...input.contract, planId: flags.plan } : input.contract;
  if (flags.month !== undefined) input.month = flags.month;
  if (input.month === undefined) throw new InvalidInputError(['month'], 'No month: give --month YYYY-MM or "month" in the input');
  return input as unknown as MonthlyInvoiceInput;
}

/** Whether a request's top-level key is one the command takes. */
function isOptionKey(k: string): boolean {
  for (let i = 0; i < OPTION_KEYS.length; i++) if (OPTION_KEYS[i] === k) return true;
  return false;
}

/** `invoice`: the monthly invoice of a contract; NDJSON batches through one invoicer. */
export const invoiceCommand = defineCommand({
  name: 'invoice',
  summary: 'the monthly invoice of a contract (one, or an NDJSON batch)',
  usage,
  options,
  fields: INVOICE_FIELDS,
  answer: async (parsed, io) => {
    const obj = await readInput(io, parsed, usage);
    if (isJsonObject(obj) && obj.month === undefined && parsed.values.month === undefined) {
      throw new UsageError(`No month: give --month YYYY-MM or "month" in the input\n${usage}`);
    }
    const invoice = monthlyInvoice(requestOf(obj, parsed.values));
    return { value: invoice, table: () => table(invoice) };
  },
  batch: (parsed) => {
    // The trace is text for people; a batch that does not print it does not build it.
    const invoicer = createInvoicer(parsed.fields && !parsed.fields.includes('trace') ? { explain: false } : {});
    return { answer: (request) => invoicer.monthlyInvoice(requestOf(request, parsed.values)) };
  },
});

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
