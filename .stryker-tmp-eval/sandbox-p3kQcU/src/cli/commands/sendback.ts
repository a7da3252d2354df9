// @ts-nocheck
import { decideSendback, type DecideSendbackInput } from '../../loaner/index.js';
import { jsonInputCommand } from '../command.js';
import { formatTable } from '../format.js';
import type { CliCommand } from '../io.js';
import { renderReasons } from './loaner.js';

const usage = `Usage: support-contract-rules sendback FILE|- [--plan ID] [--format table|json|ndjson]

What 004's ウルトラセンドバック option does for a failed service adapter.
Input (JSON, from a file or '-' for stdin):
  {
    "adapter": { "planId": "iij-mpc-management-entry", "acquisition": "rental" | "dealer-purchase" | "brought-in-other" },
    "failure": { "cause": "natural-failure" | "customer-negligence" | "customer-modification" | "accident-or-disaster",
                 "areaInaccessible": false, "manyAdaptersDamaged": false },
    "site": { "atDeclaredSite": true, "unattended": false, "restrictedAccess": false,
              "island": false                                      (or, to look it up with classifyArea:)
              "address": "東京都八丈町", "municipalityCode": "134015", "district": "…", "on": "2026-11-24" }
  }
  --plan ID             the adapter's plan (sets adapter.planId)
  --format F            table | json | ndjson (default: table on a terminal, else json);
                        --format ndjson: a batch, one request per line
`;

/** `sendback`: ultra-sendback decision for a failed adapter. */
export const sendbackCommand: CliCommand = jsonInputCommand({
  name: 'sendback',
  summary: 'ultra-sendback decision for a failed adapter',
  usage,
  fieldFlags: { plan: ['adapter', 'planId'] },
  evaluate: (input) => decideSendback(input as DecideSendbackInput),
  renderTable: (d) =>
    formatTable(
      ['field', 'value'],
      [
        ['outcome', d.outcome],
        ['option attachable', d.attachable ? 'yes' : 'no'],
        ['application may be refused', d.applicationMayBeRefused === null ? '(island not given)' : d.applicationMayBeRefused ? 'yes' : 'no'],
        ['customer charged', d.customerCharged ? 'yes' : 'no'],
      ],
    ) +
    '\n' +
    renderReasons(d.reasons),
});
