/**
 * A monthly billing run over a CSV file of contracts: one invoice per row, its total, and the sum.
 *
 *   npx tsx examples/billing/bill-contracts.ts examples/billing/contracts.csv 2026-11
 *
 * The CSV has a header `customer,planId,start,end,optionIds`; `end` may be empty; `optionIds` lists the
 * contract's options, separated by `;`, each running from the contract's start. (A plain split on commas:
 * the fields hold no quoted commas.) A row the library refuses is reported with its error's code and path
 * and does not stop the run; the exit code is then 1.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ContractRulesError, createInvoicer, type BillingContract } from 'support-contract-rules';

export interface BilledRow {
  readonly customer: string;
  readonly planId: string;
  readonly totalYen: number;
}
export interface RefusedRow {
  readonly line: number;
  readonly customer: string;
  readonly error: ContractRulesError;
}
export interface BillingRun {
  readonly billed: readonly BilledRow[];
  readonly refused: readonly RefusedRow[];
  /** The sum of the totals, as a bigint so that no sum of yen loses precision. */
  readonly sumYen: bigint;
}

/** Reads the CSV text into contracts (the library checks every field; this only splits). */
export function parseContracts(csv: string): Array<{ line: number; customer: string; contract: BillingContract }> {
  const [header, ...rows] = csv.split(/\r?\n/);
  if (header?.trim() !== 'customer,planId,start,end,optionIds') throw new Error(`unexpected header: ${header}`);
  return rows.flatMap((row, i) => {
    if (row.trim() === '') return [];
    const [customer = '', planId = '', start = '', end = '', optionIds = ''] = row.split(',').map((f) => f.trim());
    const options = optionIds === '' ? [] : optionIds.split(';').map((optionId) => ({ optionId, start }));
    return [{ line: i + 2, customer, contract: { planId, start, end: end === '' ? null : end, options } }];
  });
}

/** Bills every contract for `month` (`YYYY-MM`) with one invoicer. */
export function billContracts(csv: string, month: string): BillingRun {
  const invoicer = createInvoicer({ explain: false });
  const billed: BilledRow[] = [];
  const refused: RefusedRow[] = [];
  let sumYen = 0n;
  for (const { line, customer, contract } of parseContracts(csv)) {
    try {
      const invoice = invoicer.monthlyInvoice({ contract, month });
      billed.push({ customer, planId: contract.planId, totalYen: invoice.totalYen });
      sumYen += BigInt(invoice.totalYen);
    } catch (error) {
      if (!(error instanceof ContractRulesError)) throw error;
      refused.push({ line, customer, error });
    }
  }
  return { billed, refused, sumYen };
}

const yen = (n: number | bigint): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** The report the script prints. */
export function formatRun(run: BillingRun, month: string): string {
  const out = [`invoices for ${month} (yen, tax included)`];
  for (const r of run.billed) out.push(`${r.customer.padEnd(6)} ${r.planId.padEnd(24)} ${yen(r.totalYen).padStart(9)}`);
  out.push(`${'sum'.padEnd(31)} ${yen(run.sumYen).padStart(9)}`);
  for (const r of run.refused) out.push(`line ${r.line} (${r.customer}) refused: ${r.error.code} at ${JSON.stringify(r.error.path)}: ${r.error.message}`);
  return out.join('\n') + '\n';
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, month] = process.argv.slice(2);
  if (file === undefined || month === undefined) {
    console.error('usage: bill-contracts.ts CONTRACTS.csv YYYY-MM');
    process.exit(2);
  }
  const run = billContracts(readFileSync(file, 'utf8'), month);
  process.stdout.write(formatRun(run, month));
  process.exitCode = run.refused.length === 0 ? 0 : 1;
}
