import { canSubscribe, catalog as bundled } from '../../catalog/index.js';
import type { Plan } from '../../catalog/index.js';
import { runCommand } from '../command.js';
import { formatTable, toJson } from '../format.js';
import type { CliCommand } from '../io.js';

const usage = `Usage: support-contract-rules catalog [--on YYYY-MM-DD] [--json]

Lists the plans of the bundled catalog with their monthly fee and tax basis.
  --on DATE   only the plans that can be newly subscribed on DATE (Japan calendar)
  --json      machine-readable output
`;

/** `catalog`: the plans (all, or those on sale on a date) with fee and tax basis. */
export const catalogCommand: CliCommand = {
  name: 'catalog',
  summary: 'list plans with fee and tax basis (all, or those on sale on a date)',
  usage,
  run: (args, io) =>
    runCommand(args, io, { usage, options: { on: { type: 'string' } } }, ({ values, json }) => {
      const on = values.on;
      const plans: readonly Plan[] = on === undefined ? bundled.plans : bundled.plans.filter((p) => canSubscribe({ planId: p.id, on }).ok);
      if (json) {
        io.out(
          toJson({
            on: on ?? null,
            plans: plans.map((p) => ({
              id: p.id,
              name: p.name,
              category: p.category ?? null,
              document: p.document,
              status: p.status,
              monthlyFeeYen: p.monthlyFeeYen,
              taxBasis: p.taxBasis,
              saleStart: p.saleWindow.start?.date ?? null,
              saleEnd: p.saleWindow.end ? p.saleWindow.end.date ?? 'unknown' : null,
              source: p.source,
            })),
          }),
        );
      } else {
        io.out(
          formatTable(
            ['id', 'name', 'monthly fee', 'tax basis', 'status', 'on sale'],
            plans.map((p) => [
              p.id,
              p.category && !p.name.includes(p.category) ? `${p.category} ${p.name}` : p.name,
              p.monthlyFeeYen === null ? '(not stated)' : `${p.monthlyFeeYen.toLocaleString('en-US')}円`,
              p.taxBasis === 'tax-included' ? '税込' : p.taxBasis === 'tax-excluded' ? '税抜' : '(not stated)',
              p.status,
              saleText(p),
            ]),
          ),
        );
      }
    }),
};

function saleText(p: Plan): string {
  const s = p.saleWindow.start?.date;
  const e = p.saleWindow.end;
  if (!s && !e) return '';
  return `${s ?? ''}〜${e ? (e.date ?? '(end date not stated)') : ''}`;
}
