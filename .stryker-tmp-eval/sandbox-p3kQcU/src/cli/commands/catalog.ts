// @ts-nocheck
import { canSubscribe, catalog as bundled, getPlan } from '../../catalog/index.js';
import type { Fee, Option, Plan } from '../../catalog/index.js';
import { parseIsoDate } from '../../time/index.js';
import { defineCommand } from '../command.js';
import { formatTable, UsageError } from '../format.js';

const usage = `Usage: support-contract-rules catalog [plans|options|fees] [--on YYYY-MM-DD] [--plan ID] [--format table|json|ndjson]

Lists the bundled catalog with the ids the other commands take:
  plans     (default) the plans with their monthly fee and tax basis
  options   the options (オプション) with their fee, the plans they attach to, and how they are charged
  fees      the one-off fees (visit menu, initial and administrative fees, out-of-hours support)
  --on DATE   plans: only those that can be newly subscribed on DATE (Japan calendar);
              options: only those on sale on DATE
  --plan ID   options and fees: only those of this plan
  --format F  table | json | ndjson (one item per line); --json is --format json
`;

const yenText = (n: number | null) => (n === null ? '(not stated)' : `${n.toLocaleString('en-US')}円`);
const basisText = (b: string | null) => (b === 'tax-included' ? '税込' : b === 'tax-excluded' ? '税抜' : '(not stated)');

function planJson(p: Plan) {
  return {
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
  };
}

function optionJson(o: Option) {
  return {
    id: o.id,
    name: o.name,
    document: o.document,
    appliesTo: o.appliesTo,
    status: o.status,
    monthlyFeeYen: o.monthlyFeeYen,
    taxBasis: o.taxBasis,
    charge: o.charge.kind,
    saleStart: o.saleWindow.start?.date ?? null,
    saleEnd: o.saleWindow.end ? o.saleWindow.end.date ?? 'unknown' : null,
    source: o.source,
  };
}

function feeJson(f: Fee) {
  return {
    id: f.id,
    name: f.name,
    document: f.document,
    kind: f.kind,
    amountYen: f.amountYen,
    taxBasis: f.taxBasis,
    unit: f.unit,
    per: f.per,
    estimate: f.estimate,
    appliesTo: f.appliesTo ?? bundled.plans.filter((p) => p.document === f.document).map((p) => p.id),
    source: f.source,
  };
}

/** Whether a sale window (start inclusive, end exclusive) contains a date. */
function onSale(w: Plan['saleWindow'], on: string): boolean {
  if (w.start?.date !== undefined && on < w.start.date) return false;
  if (w.end?.date != null && on >= w.end.date) return false;
  return true;
}

/** `catalog`: the plans, options and fees with their ids (all, or those on sale on a date / of a plan). */
export const catalogCommand = defineCommand({
  name: 'catalog',
  summary: 'list plans, options and fees with their ids, fees and tax basis',
  usage,
  options: { on: { type: 'string' }, plan: { type: 'string' } },
  subcommands: ['plans', 'options', 'fees'],
  defaultSub: 'plans',
  answer: ({ values, sub, input }) => {
    if (input !== undefined) throw new UsageError(`catalog takes no input file\n${usage}`);
    const on = values.on;
    const plan = values.plan === undefined ? undefined : getPlan(values.plan, bundled, ['plan']);
    if (sub === 'options') {
      if (on !== undefined) parseIsoDate(on, ['on']);
      const list = bundled.options.filter((o) => (plan === undefined || o.appliesTo.includes(plan.id)) && (on === undefined || onSale(o.saleWindow, on)));
      const items = list.map(optionJson);
      return {
        value: { on: on ?? null, planId: plan?.id ?? null, options: items },
        items,
        table: () =>
          formatTable(
            ['id', 'name', 'monthly fee', 'tax basis', 'charged', 'plans', 'status'],
            list.map((o) => [o.id, o.name, yenText(o.monthlyFeeYen), basisText(o.taxBasis), o.charge.kind, o.appliesTo.join(', '), o.status]),
          ),
      };
    }
    if (sub === 'fees') {
      if (on !== undefined) throw new UsageError(`--on applies to plans and options\n${usage}`);
      const items = bundled.fees.map(feeJson).filter((f) => plan === undefined || f.appliesTo.includes(plan.id));
      return {
        value: { planId: plan?.id ?? null, fees: items },
        items,
        table: () =>
          formatTable(
            ['id', 'name', 'amount', 'tax basis', 'per', 'kind', 'document'],
            items.map((f) => [f.id, f.name, `${yenText(f.amountYen)}${f.estimate ? ' (目安)' : ''}`, basisText(f.taxBasis), f.unit, f.kind, f.document]),
          ),
      };
    }
    if (plan !== undefined) throw new UsageError(`--plan applies to options and fees\n${usage}`);
    const plans: readonly Plan[] = on === undefined ? bundled.plans : bundled.plans.filter((p) => canSubscribe({ planId: p.id, on }).ok);
    const items = plans.map(planJson);
    return {
      value: { on: on ?? null, plans: items },
      items,
      table: () =>
        formatTable(
          ['id', 'name', 'monthly fee', 'tax basis', 'status', 'on sale'],
          plans.map((p) => [
            p.id,
            p.category && !p.name.includes(p.category) ? `${p.category} ${p.name}` : p.name,
            yenText(p.monthlyFeeYen),
            basisText(p.taxBasis),
            p.status,
            saleText(p),
          ]),
        ),
    };
  },
});

function saleText(p: Plan): string {
  const s = p.saleWindow.start?.date;
  const e = p.saleWindow.end;
  if (!s && !e) return '';
  return `${s ?? ''}〜${e ? (e.date ?? '(end date not stated)') : ''}`;
}
