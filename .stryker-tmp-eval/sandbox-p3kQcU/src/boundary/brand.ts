/**
 * Brands: tables made by the library's own loaders (`loadCatalog`, `loadAreaData`, `loadConsumptionTaxTable`,
 * `loadHolidayLaw`) are registered here, and entry points accept only registered tables. A hand-built object
 * that merely looks like a catalog is rejected with a typed error before any work.
 */
// @ts-nocheck

import { InvalidInputError, type ErrorPath } from '../errors.js';

/** The kinds of table the library makes. */
export type TableKind = 'catalog' | 'area data' | 'consumption tax table' | 'holiday law';

// A WeakMap cannot be forged or enumerated by a caller; it holds only frozen tables the loaders made.
const brands = new WeakMap<object, TableKind>();

/** Registers a table a loader made (internal). @example brandTable(Object.freeze({}), 'catalog') //=> the object */
export function brandTable<T extends object>(table: T, kind: TableKind): T {
  brands.set(table, kind);
  return table;
}

/** Whether a value is a table the library's loaders made (of the given kind, or any). @example isBrandedTable({}) //=> false */
export function isBrandedTable(value: unknown, kind?: TableKind): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  const k = brands.get(value as object);
  return k !== undefined && (kind === undefined || k === kind);
}

/**
 * Requires a table made by the library's loader of that kind; `undefined` gives the fallback.
 * @throws {InvalidInputError} anything else, at `path`
 * @example expectTable(undefined, 'catalog', ['catalog'], catalog) === catalog //=> true
 */
export function expectTable<T>(value: unknown, kind: TableKind, path: ErrorPath, fallback: T): T {
  if (value === undefined) return fallback;
  if (!isBrandedTable(value, kind)) {
    const loader = LOADERS[kind];
    throw new InvalidInputError(path, `Expected a ${kind} made by ${loader}()`, { kind, loader });
  }
  return value as T;
}

const LOADERS: Readonly<Record<TableKind, string>> = Object.freeze({
  catalog: 'loadCatalog',
  'area data': 'loadAreaData',
  'consumption tax table': 'loadConsumptionTaxTable',
  'holiday law': 'loadHolidayLaw',
});
