/**
 * Postal codes in the area capability: the shape of a postal-code table (the `support-contract-rules/postal`
 * subpath provides Japan Post's), reading a code as written, and turning it into a municipality and 町域.
 * The table is passed by the caller (`postal` option), so the main bundle never loads it.
 */
import { checkIdLength, readInput } from '../boundary/index.js';
import { ContractRulesError, InvalidInputError, NotFoundError, type ErrorPath } from '../errors.js';
import { municipalityCheckDigit } from './code.js';

/**
 * One 町域 of a postal code.
 * @example const e: PostalEntry = { postalCode: '5170002', municipalityCode: '242110', town: '答志町' };
 */
export interface PostalEntry {
  /** Seven digits. */
  readonly postalCode: string;
  /** 6-digit 全国地方公共団体コード (check digit added). */
  readonly municipalityCode: string;
  /** 町域 as Japan Post writes it; '' when the code covers the municipality's places not listed separately. */
  readonly town: string;
}

/**
 * A postal-code table: `postalCodes` from `support-contract-rules/postal`, or your own.
 * @example const p: PostalLookup = { dataset: { name: 'mine' }, lookup: () => [] };
 */
export interface PostalLookup {
  readonly dataset: { readonly name: string; readonly [key: string]: unknown };
  /** The 町域 of a 7-digit code, empty when none. */
  lookup(postalCode: string): readonly PostalEntry[];
}

/** `Reflect.apply`, taken once. */
const apply = Reflect.apply;

/** Tables already read by {@link readPostalTable} (its own frozen results). */
const readTables = new WeakSet<object>();

/**
 * Reads a caller's postal-code table once: its `dataset.name` and `lookup` are read one time each (a throwing
 * getter or Proxy is a typed error at `path`), and the table returned calls `lookup` with a guard: whatever the
 * caller's function throws becomes an InvalidInputError, and its answer is read once into a frozen list of
 * checked entries: each for the code asked for, its municipality code in the 6-digit form (a 5-digit one gets its check
 * digit); a bad entry is an InvalidInputError at its path in the answer (`[...path, 'lookup', i, field]`).
 * @throws {InvalidInputError} not a table with a `lookup` function, at `path`
 * @example readPostalTable({ dataset: { name: 'x' }, lookup: () => [] }, ['postal']).dataset.name //=> 'x'
 */
export function readPostalTable(postal: unknown, path: ErrorPath): PostalLookup {
  if (postal !== null && typeof postal === 'object' && readTables.has(postal)) return postal as PostalLookup;
  let lookup: unknown;
  let name: unknown;
  try {
    if (postal !== null && typeof postal === 'object') {
      lookup = (postal as { lookup?: unknown }).lookup;
      const dataset = (postal as { dataset?: unknown }).dataset;
      name = dataset !== null && typeof dataset === 'object' ? (dataset as { name?: unknown }).name : undefined;
    }
  } catch {
    throw new InvalidInputError(path, 'Could not read the postal-code table (a getter or proxy threw)', {});
  }
  if (typeof lookup !== 'function') {
    throw new InvalidInputError(path, 'postalCode needs a postal-code table: pass postal (import { postalCodes } from "support-contract-rules/postal")', {
      value: postal,
    });
  }
  const datasetName = typeof name === 'string' && name.length <= 200 ? name : 'the postal-code table';
  const table: PostalLookup = Object.freeze({
    dataset: Object.freeze({ name: datasetName }),
    lookup(code: string): readonly PostalEntry[] {
      let raw: unknown;
      try {
        raw = apply(lookup as (c: string) => unknown, postal, [code]); // not lookup.call: a caller may have replaced it
      } catch (e) {
        if (e instanceof ContractRulesError) throw e;
        throw new InvalidInputError(path, `The postal-code table's lookup threw for ${code}`, { postalCode: code });
      }
      const entries = readInput(raw, [...path, 'lookup']);
      if (!Array.isArray(entries)) throw new InvalidInputError([...path, 'lookup'], `lookup(${code}) must return a list of entries`, {});
      // Each entry checked where it is (its path in the table's answer) and written in one form: the code asked for, the
      // 6-digit municipality code (a 5-digit one gets its check digit, so '24211' and '242110' are one municipality).
      return Object.freeze(
        entries.map((e: unknown, i: number): PostalEntry => {
          const ok =
            e !== null &&
            typeof e === 'object' &&
            typeof (e as PostalEntry).postalCode === 'string' &&
            typeof (e as PostalEntry).municipalityCode === 'string' &&
            typeof (e as PostalEntry).town === 'string';
          if (!ok) throw new InvalidInputError([...path, 'lookup', i], 'Expected an entry { postalCode, municipalityCode, town } (strings)', {});
          const entry = e as PostalEntry;
          if (entry.postalCode !== code) {
            throw new InvalidInputError([...path, 'lookup', i, 'postalCode'], `lookup(${code}) returned an entry for ${JSON.stringify(entry.postalCode.slice(0, 20))}`, {
              postalCode: code,
            });
          }
          const municipalityCode = entryMunicipalityCode(entry.municipalityCode, [...path, 'lookup', i, 'municipalityCode']);
          return entry.municipalityCode === municipalityCode && Object.isFrozen(entry) ? entry : Object.freeze({ postalCode: code, municipalityCode, town: entry.town });
        }),
      );
    },
  });
  readTables.add(table);
  return table;
}

/**
 * The 6-digit form of a municipality code a postal-code table gives: 6 digits with the right check digit, or 5 digits
 * (the check digit added).
 * @throws {InvalidInputError} anything else, at `path`
 */
function entryMunicipalityCode(code: string, path: ErrorPath): string {
  if (/^\d{6}$/.test(code)) {
    if (municipalityCheckDigit(code.slice(0, 5)) === code.charCodeAt(5) - 48) return code;
    throw new InvalidInputError(path, `Wrong check digit in municipality code ${JSON.stringify(code)}: expected ${code.slice(0, 5)}${municipalityCheckDigit(code.slice(0, 5))}`, {});
  }
  if (/^\d{5}$/.test(code)) return withCheckDigit(code);
  throw new InvalidInputError(path, `Expected a municipality code of 5 or 6 digits, received ${JSON.stringify(code.slice(0, 20))}`, {});
}

/**
 * Reads a postal code as written: `〒123-4567`, `123-4567`, `1234567`, full-width digits and hyphens.
 * @throws {InvalidInputError} not a string, or not 7 digits
 * @example parsePostalCode('〒517-0002') //=> '5170002'
 */
export function parsePostalCode(input: unknown, path: ErrorPath = ['postalCode']): string {
  if (typeof input !== 'string') throw new InvalidInputError(path, 'postalCode must be a string such as 〒123-4567', { value: input });
  checkIdLength(input, path); // before NFKC: a huge text is refused without being normalised
  const s = input.normalize('NFKC').trim().replace(/^〒\s*/, '');
  const m = /^(\d{3})[-‐−ー―]?(\d{4})$/.exec(s);
  if (m === null) throw new InvalidInputError(path, `Expected a postal code of 7 digits (〒123-4567 or 1234567), received ${JSON.stringify(input)}`, { value: input });
  return m[1]! + m[2]!;
}

/**
 * What a postal code says: the municipality (when all its 町域 share one) and the 町域 (when there is exactly one).
 * @example resolvePostalCode('〒517-0002', { dataset: { name: 'x' }, lookup: (c) => [{ postalCode: c, municipalityCode: '242110', town: '答志町' }] }) //=> { postalCode: '5170002', municipalityCode: '242110', town: '答志町', entries: [{ postalCode: '5170002', municipalityCode: '242110', town: '答志町' }] }
 */
export function resolvePostalCode(
  input: unknown,
  postal: PostalLookup,
  path: ErrorPath = ['postalCode'],
): { readonly postalCode: string; readonly municipalityCode: string; readonly town: string | null; readonly entries: readonly PostalEntry[] } {
  const code = parsePostalCode(input, path);
  // The table as read once (its dataset name checked): the caller's object is not read again for the message.
  const table = readPostalTable(postal, ['postal']);
  const entries = table.lookup(code);
  if (entries.length === 0) throw new NotFoundError(path, `No postal code ${code.slice(0, 3)}-${code.slice(3)} in ${table.dataset.name}`, { value: input });
  const codes = [...new Set(entries.map((e) => e.municipalityCode))];
  if (codes.length > 1) {
    throw new InvalidInputError(path, `Postal code ${code.slice(0, 3)}-${code.slice(3)} spans several municipalities (${codes.join(', ')}): pass municipalityCode or the address`, {
      value: input,
      candidates: codes,
    });
  }
  const towns = [...new Set(entries.map((e) => townForDistrict(e.town)).filter((t) => t !== ''))];
  return { postalCode: code, municipalityCode: codes[0]!, town: towns.length === 1 ? towns[0]! : null, entries };
}

/** The 町域 without Japan Post's parenthesised notes (（１～１９丁目）, （その他）…), for matching as a district. */
function townForDistrict(town: string): string {
  const i = town.search(/[（(]/);
  return (i < 0 ? town : town.slice(0, i)).trim();
}

/**
 * The 6-digit municipality code of a 5-digit one.
 * @example withCheckDigit('24211') //=> '242110'
 */
export function withCheckDigit(code5: string): string {
  return code5 + String(municipalityCheckDigit(code5));
}
