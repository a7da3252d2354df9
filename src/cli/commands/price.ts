import { formatTaxIncludedPrice } from '../../billing/display.js';
import { InvalidInputError } from '../../errors.js';
import { formatYenDigits } from '../../money/decimal.js';
import { convertPrice, type ConvertPriceInput, type ConvertPriceResult } from '../../money/convert.js';
import { runCommand } from '../command.js';
import { formatTable, toJson, UsageError } from '../format.js';
import { isJsonObject, readJsonInput } from '../input.js';
import type { CliCommand } from '../io.js';

const usage = `Usage: support-contract-rules price [FILE|-] [options]

Converts a price between tax-included (税込) and tax-excluded (税抜) at the consumption-tax
rate in force on a day (or, for a monthly fee, on the last day of the month).

Input: JSON { "amountYen", "basis", "on" | "month", "rounding"?, "rateKind"? } or an array of
them, from FILE or - (stdin); or the same fields as options:
  --amount N          whole yen
  --basis B           tax-included | tax-excluded
  --on YYYY-MM-DD     the day of the supply
  --month YYYY-MM     a monthly fee: the rate in force on the month's last day
  --rounding R        floor (default, 切り捨て) | ceil | half-up
  --format F          json (default) | table
  --json              same as --format json
`;

const INPUT_KEYS = ['amountYen', 'basis', 'on', 'month', 'rounding', 'rateKind'] as const;

const options = {
  amount: { type: 'string' },
  basis: { type: 'string' },
  on: { type: 'string' },
  month: { type: 'string' },
  rounding: { type: 'string' },
} as const;

/** `price`: convert a price between tax-included and tax-excluded on a date (JSON or flags in, JSON or table out). */
export const priceCommand: CliCommand = {
  name: 'price',
  summary: 'convert a price between tax-included and tax-excluded on a date',
  usage,
  run: (args, io) =>
    runCommand(args, io, { usage, options, allowPositionals: true, format: 'json' }, async ({ values, positionals, json }) => {
      if (positionals.length > 1) throw new UsageError(`One input file at most\n${usage}`);
      const flagInput = values.amount !== undefined || values.basis !== undefined || values.on !== undefined || values.month !== undefined;
      let inputs: unknown[];
      let many = false;
      if (positionals.length === 1) {
        if (flagInput) throw new UsageError(`Give the price as JSON input or as options, not both\n${usage}`);
        const parsed = await readJsonInput(io, positionals[0]!);
        many = Array.isArray(parsed);
        inputs = many ? (parsed as unknown[]) : [parsed];
      } else if (flagInput) {
        inputs = [
          {
            amountYen: values.amount,
            basis: values.basis,
            ...(values.on !== undefined ? { on: values.on } : {}),
            ...(values.month !== undefined ? { month: values.month } : {}),
            ...(values.rounding !== undefined ? { rounding: values.rounding } : {}),
          },
        ];
      } else {
        throw new UsageError(`No price given\n${usage}`);
      }
      if (values.rounding !== undefined && positionals.length === 1) throw new UsageError('--rounding goes in the JSON input when reading a file');
      const results = inputs.map((raw, i) => {
        const input = pick(raw, many ? [i] : []);
        const result = convertPrice(input);
        return { ...result, display: formatTaxIncludedPrice({ ...input, style: 'with-tax-excluded' }) };
      });
      if (json) io.out(toJson(many ? results : results[0]));
      else io.out(table(results));
    }),
};

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
