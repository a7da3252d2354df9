// @ts-nocheck
import { quoteVisit, type QuoteVisitInput } from '../../loaner/index.js';
import { jsonInputCommand } from '../command.js';
import { formatTable } from '../format.js';
import type { CliCommand } from '../io.js';
import { renderReasons } from './loaner.js';

const usage = `Usage: support-contract-rules visit FILE|- [--plan ID] [--format table|json|ndjson] [--check]

Quotes one paid visit (訪問サポート) of a 000 or 001 contract; the charges feed 'invoice'.
Input (JSON, from a file or '-' for stdin):
  {
    "contract": { "planId": "itss-light-anshin-1" },
    "items": [ { "feeId": "itss-visit-pc-internet", "quantity": 2 } ],
    "on": "2026-11-24",
    "duringOnsiteDiagnosis": false,                       (optional; 000 waives the basic work fee)
    "address": { "isRegisteredAddress": true },           (optional)
    "onRequestFees": "when-listed" | "every-dispatch"     (optional)
  }
  --plan ID             the contract's plan (sets contract.planId);  --on DATE  the visit day
  --format F            table | json | ndjson (default: table on a terminal, else json);
                        --format ndjson: a batch, one request per line
  --check               exit 3 when the answer is negative
`;

const yen = (n: number | null): string => (n === null ? '(not stated)' : `${n.toLocaleString('en-US')}円`);

/** `visit`: quote a paid visit. */
export const visitCommand: CliCommand = jsonInputCommand({
  name: 'visit',
  summary: 'quote a paid visit',
  usage,
  fieldFlags: { plan: ['contract', 'planId'], on: ['on'] },
  evaluate: (input) => quoteVisit(input as QuoteVisitInput),
  renderTable: (q) => {
    const basis = q.taxBasis === 'tax-included' ? '税込' : q.taxBasis === 'tax-excluded' ? '税抜' : '';
    const lines = formatTable(
      ['fee', 'name', 'quantity', 'unit price', 'amount', 'note'],
      q.lines.map((l) => [l.feeId, l.name, String(l.quantity), yen(l.unitPriceYen), yen(l.amountYen), l.waived ? `waived: ${l.waived.reason}` : '']),
    );
    const head = formatTable(
      ['field', 'value'],
      [
        ['available', q.available ? 'yes' : 'no'],
        ['plan', q.planId],
        ['date', q.on],
        ['total', q.totalYen === null ? '(not a number: an amount is not stated or the visit is not available)' : `${yen(q.totalYen)}${basis ? ` (${basis})` : ''}`],
        ['complete', q.complete ? 'yes' : 'no'],
      ],
    );
    return `${head}\n${lines}\n${renderReasons(q.reasons)}`;
  },
  negative: (q) => !q.available,
});
