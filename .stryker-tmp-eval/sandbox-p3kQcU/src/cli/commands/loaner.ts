// @ts-nocheck
import { checkLoaner, type CheckLoanerInput } from '../../loaner/index.js';
import type { Reason } from '../../reasons.js';
import { jsonInputCommand } from '../command.js';
import { formatTable } from '../format.js';
import type { CliCommand } from '../io.js';

const usage = `Usage: support-contract-rules loaner FILE|- [--plan ID] [--format table|json|ndjson] [--check]

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
  --plan ID             the contract's plan (sets contract.planId)
  --format F            table | json | ndjson (default: table on a terminal, else json);
                        --format ndjson: a batch, one request per line
  --check               exit 3 when the answer is negative
`;

/** Renders reasons as a table: rule, message, document. @example renderReasons([]) //=> 'rule  message  source\n…' */
export function renderReasons(reasons: readonly Reason[]): string {
  return formatTable(
    ['rule', 'message', 'source'],
    reasons.map((r) => [r.rule, r.message, [r.source?.document ?? '', r.interpretation ? `(interpretation ${r.interpretation})` : ''].filter(Boolean).join(' ')]),
  );
}

/** `loaner`: loaner-device eligibility and period. */
export const loanerCommand: CliCommand = jsonInputCommand({
  name: 'loaner',
  summary: 'loaner-device eligibility and period',
  usage,
  fieldFlags: { plan: ['contract', 'planId'] },
  evaluate: (input) => checkLoaner(input as CheckLoanerInput),
  renderTable: (r) =>
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
  negative: (r) => !r.eligible,
});
