/**
 * Every key the money, quota, calendar, incident, loaner, sendback and visit entry points take, at every level of their inputs, is held to the
 * misspelt-key rule: two of its letters swapped (`ned` for `end`), it is refused at its own path; and a key near none
 * of theirs (`zzNote`) is ignored, the answer unchanged. The inputs are those of test/helpers/entry-bases.ts.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/index.js';
import { entryBases } from '../helpers/entry-bases.js';

const STRICT = ['monthlyInvoice', 'invoicer', 'invoiceTotals', 'convertPrice', 'formatTaxIncludedPrice', 'checkLoaner', 'loanPeriod', 'decideSendback', 'sendbackInformation', 'quoteVisit', 'evaluateQuota', 'evaluateQuotaMonths', 'checkOnsiteVisit', 'isOpen', 'explainOpen', 'nextOpening', 'isBusinessDay', 'checkBusinessDay', 'addBusinessDays', 'businessMinutesBetween', 'compileOpeningHours', 'incidentStatus', 'estimateOutOfHoursSupport', 'serviceEndNotice', 'cancellationEffect', 'allocateYen', 'canSubscribe', 'listTerms', 'resolveMunicipality', 'checkServiceConditions'];

/** The same key with its first two different neighbouring letters swapped. */
function swapped(k: string): string | undefined {
  for (let i = 0; i + 1 < k.length; i++) if (k[i] !== k[i + 1]) return k.slice(0, i) + k[i + 1] + k[i] + k.slice(i + 2);
  return undefined;
}

/** Each key's path in a value (records and the first item of each list), with the value whose key is renamed. */
function keyPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.length > 0 ? keyPaths(v[0], [...path, 0]) : [];
  if (v === null || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return [];
  return Object.keys(v).flatMap((k) => [[...path, k], ...keyPaths((v as Record<string, unknown>)[k], [...path, k])]);
}

function renamed(v: unknown, path: readonly (string | number)[], to: string): unknown {
  const [head, ...rest] = path;
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? renamed(x, rest, to) : x));
  const o = v as Record<string, unknown>;
  if (rest.length === 0) return Object.fromEntries(Object.entries(o).map(([k, x]) => [k === head ? to : k, x]));
  return { ...o, [head as string]: renamed(o[head as string], rest, to) };
}

function withExtra(v: unknown, path: readonly (string | number)[]): unknown {
  if (path.length === 0) return { ...(v as object), zzNote: 'not a field' };
  const [head, ...rest] = path;
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? withExtra(x, rest) : x));
  return { ...(v as Record<string, unknown>), [head as string]: withExtra((v as Record<string, unknown>)[head as string], rest) };
}

/** Records an entry point refuses any unknown key of (by design: the scope functions' requests). */
const REFUSES_ANY: Record<string, readonly string[]> = { checkServiceConditions: ['request'] };

describe.each(STRICT)('%s', (name) => {
  const { call, base } = entryBases[name]!;
  const paths = keyPaths(base);
  it.each(paths.filter((p) => swapped(String(p[p.length - 1])) !== undefined).map((p) => [p.join('.'), p] as const))('%s misspelt is refused at its path', (_label, path) => {
    const k = String(path[path.length - 1]);
    const bad = swapped(k)!;
    let error: unknown;
    try {
      call(renamed(base, path, bad));
    } catch (e) {
      error = e;
    }
    expect(error, `${name}: ${bad} for ${k} was not refused`).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).path).toEqual([...path.slice(0, -1), bad]);
  });
  it.each([[[] as (string | number)[]], ...paths.filter((p) => { const v = p.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k as string], base); return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype && !(REFUSES_ANY[name] ?? []).includes(p.join('.')); }).map((p) => [p])])('an unrelated key at %j is ignored', (path) => {
    expect(JSON.stringify(call(withExtra(base, path)))).toBe(JSON.stringify(call(base)));
  });
});
