// @ts-nocheck
import { formatTaxIncludedPrice } from '../../billing/display.js';
import { statedTaxRateOf } from '../../billing/stated-price.js';
import { catalog as bundled, getDocument, getPlan } from '../../catalog/index.js';
import { InvalidInputError } from '../../errors.js';
import { formatYenDigits } from '../../money/decimal.js';
import { convertPrice, type ConvertPriceInput, type ConvertPriceResult } from '../../money/convert.js';
import { answerEach, defineCommand, isElementError, type ParsedCommand } from '../command.js';
import { formatTable, UsageError } from '../format.js';
import { isJsonObject, readJsonInput } from '../input.js';

/** The top-level fields of a price answer, in its order (for `--fields`). */
const PRICE_FIELDS = ['basis', 'amountYen', 'taxDate', 'ratePercent', 'rateKind', 'rounding', 'taxExcludedYen', 'taxYen', 'taxIncludedYen', 'trace', 'reasons', 'display'] as const satisfies ReadonlyArray<keyof PriceAnswer>;

const usage = `Usage: support-contract-rules price [FILE|-] [options]

Converts a price between tax-included (税込) and tax-excluded (税抜) at the consumption-tax
rate in force on a day (or, for a monthly fee, on the last day of the month).

Input: JSON { "amountYen", "basis", "on" | "month", "rounding"?, "rateKind"?, "statedRatePercent"?,
"taxIncludedPrices"? } or an array of them, from FILE or - (stdin) (an element refused gives
{"index":N,"error":{…}} in its place, the others are answered, exit 1); or the same fields as options:
  --plan ID           the monthly fee of a catalog plan (amount, basis and the rate its document
                      states its tax-included prices at), e.g. --plan itss-legacy-light-1 --month 2019-03
  --amount N          whole yen
  --basis B           tax-included | tax-excluded
  --on YYYY-MM-DD     the day of the supply
  --month YYYY-MM     a monthly fee: the rate in force on the month's last day
  --rounding R        floor (default, 切り捨て) | ceil | half-up
  --stated-rate N     a tax-included amount written at N% (001: 10): on a day with another rate its
                      tax-excluded base is taxed at that day's rate
  --tax-included-prices R   rebase (default) | hold-displayed (the amount as charged)
  --format F          table | json | ndjson (default: table on a terminal, else json);
                      --format ndjson with FILE|-: a batch, one price per line
  --fields LIST       print only these fields of each answer, in this order (JSON and NDJSON), e.g.
                      --fields taxExcludedYen,taxYen,taxIncludedYen. Fields: ${PRICE_FIELDS.join(', ')}
`;

const INPUT_KEYS = ['amountYen', 'basis', 'on', 'month', 'rounding', 'rateKind', 'statedRatePercent', 'taxIncludedPrices'] as const;

const options = {
  amount: { type: 'string' },
  basis: { type: 'string' },
  on: { type: 'string' },
  month: { type: 'string' },
  rounding: { type: 'string' },
  plan: { type: 'string' },
  'stated-rate': { type: 'string' },
  'tax-included-prices': { type: 'string' },
} as const;

type Values = ParsedCommand<typeof options>['values'];

type PriceAnswer = ConvertPriceResult & { display: string };

function convertOne(raw: unknown, path: (string | number)[]): PriceAnswer {
  const input = pick(raw, path);
  const result = convertPrice(input);
  return { ...result, display: formatTaxIncludedPrice({ ...input, style: 'with-tax-excluded' }) };
}

function planFields(planId: string): Record<string, unknown> {
  const plan = getPlan(planId, bundled, ['plan']);
  if (plan.monthlyFeeYen === null || plan.taxBasis === null) throw new UsageError(`The monthly fee of ${plan.id} is not stated in its document`);
  const stated = plan.taxBasis === 'tax-included' ? statedTaxRateOf(getDocument(plan.document, bundled)) : undefined;
  return { amountYen: plan.monthlyFeeYen, basis: plan.taxBasis, ...(stated ? { statedRatePercent: stated.ratePercent } : {}) };
}

function statedRateFlag(text: string): number {
  const n = Number(text);
  if (!/^\d+(?:\.\d+)?$/.test(text) || !Number.isFinite(n)) throw new UsageError(`--stated-rate takes a rate in percent (e.g. 10), received ${JSON.stringify(text)}`);
  return n;
}

function flagFields(values: Values): Record<string, unknown> {
  return {
    ...(values.plan !== undefined ? planFields(values.plan) : {}),
    ...(values['stated-rate'] !== undefined ? { statedRatePercent: statedRateFlag(values['stated-rate']) } : {}),
    ...(values['tax-included-prices'] !== undefined ? { taxIncludedPrices: values['tax-included-prices'] } : {}),
    ...(values.amount !== undefined ? { amountYen: values.amount } : {}),
    ...(values.basis !== undefined ? { basis: values.basis } : {}),
    ...(values.on !== undefined ? { on: values.on } : {}),
    ...(values.month !== undefined ? { month: values.month } : {}),
    ...(values.rounding !== undefined ? { rounding: values.rounding } : {}),
  };
}

/** `price`: convert a price between tax-included and tax-excluded on a date (JSON or flags in, JSON or table out). */
export const priceCommand = defineCommand({
  name: 'price',
  summary: 'convert a price between tax-included and tax-excluded on a date',
  usage,
  options,
  fields: PRICE_FIELDS,
  answer: async ({ values, input: path }, io) => {
    const flagInput =
      values.amount !== undefined || values.basis !== undefined || values.on !== undefined || values.month !== undefined || values.plan !== undefined;
    let inputs: unknown[];
    let many = false;
    if (path !== undefined) {
      if (flagInput) throw new UsageError(`Give the price as JSON input or as options, not both\n${usage}`);
      if (values.rounding !== undefined) throw new UsageError('--rounding goes in the JSON input when reading a file');
      const parsed = await readJsonInput(io, path);
      many = Array.isArray(parsed);
      inputs = many ? (parsed as unknown[]) : [parsed];
    } else if (flagInput) {
      inputs = [{ amountYen: values.amount, basis: values.basis, ...flagFields(values) }].map((x) =>
        Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)),
      );
    } else {
      throw new UsageError(`No price given\n${usage}`);
    }
    if (!many) {
      const result = convertOne(inputs[0], []);
      return { value: result, items: [result], table: () => table([result]) };
    }
    // An array: each element answered on its own; a refused one gives its error in place (exit 1).
    const { results, failures } = answerEach(inputs, (raw, i) => convertOne(raw, [i]));
    return { value: results, items: results, failures, table: () => table(results.filter((r): r is PriceAnswer => !isElementError(r))) };
  },
  batch: ({ values }) => {
    const flags = flagFields(values);
    return { answer: (request) => convertOne(isJsonObject(request) ? { ...request, ...flags } : request, []) };
  },
});

function pick(raw: unknown, path: (string | number)[]): ConvertPriceInput {
  if (!isJsonObject(raw)) {
    throw new InvalidInputError(path, 'Expected an object { amountYen, basis, on | month }');
  }
  for (const k of Object.keys(raw)) {
    if (!(INPUT_KEYS as readonly string[]).includes(k)) throw new InvalidInputError([...path, k], `Unknown field ${JSON.stringify(k)}; expected ${INPUT_KEYS.join(', ')}`);
  }
  // Amounts given as option values are strings of digits: convertPrice accepts both.
  return raw as unknown as ConvertPriceInput;
}

function table(results: ReadonlyArray<ConvertPriceResult & { display: string }>): string {
  return formatTable(
    ['amount', 'basis', 'tax date', 'rate', '税抜', '消費税', '税込', '総額表示'],
    results.map((r) => [
      `${formatYenDigits(r.amountYen)}円`,
      r.basis === 'tax-included' ? '税込' : '税抜',
      r.taxDate,
      `${r.ratePercent}%`,
      `${formatYenDigits(r.taxExcludedYen)}円`,
      `${formatYenDigits(r.taxYen)}円`,
      `${formatYenDigits(r.taxIncludedYen)}円`,
      r.display,
    ]),
  );
}
