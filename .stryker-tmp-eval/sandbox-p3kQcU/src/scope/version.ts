/**
 * Version requirements as the documents write them (「2009以降」「5.5以降」「1.x以降」「V15以降」
 * 「10.4.10以上」) and the versions callers give, parsed into numeric components and compared
 * component by component (10.10 is later than 10.4.10; 1.x means 1 and every later version).
 */
// @ts-nocheck

import { checkIdLength, readInput } from '../boundary/index.js';
import { InvalidInputError, type ErrorPath } from '../errors.js';

/**
 * How a document numbers a product's versions:
 * - `dotted`: numbers joined by dots (`6.0`, `10.4.10`, `1.x`);
 * - `year`: a four-digit year-named release (`2007`, `2009`);
 * - `v-number`: a number after a `V` (`V15`).
 */
export type ScopeVersionScheme = 'dotted' | 'year' | 'v-number';

/** A minimum version as stored in a fixture: the text as written and its parsed form. */
export interface ScopeMinimumVersion {
  /** As written, with its bound: `2009以降`, `1.x以降`, `V15以降`, `10.4.10以上`. */
  readonly asWritten: string;
  readonly scheme: ScopeVersionScheme;
  /** Numeric components of the minimum: `[10, 4, 10]`; `[1]` for `1.x`. */
  readonly components: readonly number[];
  /** True where the minimum ends in `.x` (`1.x以降`: any 1.* and later). */
  readonly wildcard: boolean;
}

const MAX_COMPONENT_DIGITS = 9;
const BOUND = /(以降|以上)$/u;

function fold(text: string): string {
  return text.normalize('NFKC').trim();
}

function components(parts: readonly string[], path: ErrorPath, text: string): number[] {
  return parts.map((p) => {
    if (!/^\d+$/.test(p) || p.length > MAX_COMPONENT_DIGITS) {
      throw new InvalidInputError(path, `Cannot read the version ${JSON.stringify(text)}`, { value: text });
    }
    return Number(p);
  });
}

/**
 * Parses a minimum version as a document writes it. Both 以降 and 以上 include the stated version
 * (interpretation scope-minimum-inclusive). A `V` before the number makes the `v-number` scheme, a
 * lone four-digit number from 1900 to 2099 the `year` scheme, anything else must be dotted numbers,
 * optionally ending in `.x`.
 *
 * @throws {InvalidInputError} the text is not a minimum in one of those forms (path `path`)
 * @example parseScopeMinimumVersion('10.4.10以上') //=> { asWritten: '10.4.10以上', scheme: 'dotted', components: [10, 4, 10], wildcard: false }
 * @example parseScopeMinimumVersion('1.x以降').wildcard //=> true
 * @example parseScopeMinimumVersion('V15以降').scheme //=> 'v-number'
 * @example parseScopeMinimumVersion('2009以降').scheme //=> 'year'
 */
export function parseScopeMinimumVersion(asWritten: string, path: ErrorPath = ['minimum']): ScopeMinimumVersion {
  if (typeof asWritten !== 'string') throw new InvalidInputError(path, 'A minimum version must be a string', { value: asWritten });
  const text = fold(asWritten);
  const bound = BOUND.exec(text);
  if (!bound) {
    throw new InvalidInputError(path, `Not a minimum version (expected …以降 or …以上): ${JSON.stringify(asWritten)}`, { value: asWritten });
  }
  const body = text.slice(0, bound.index).trim();
  const v = /^[Vv](\d+(?:\.\d+)*)$/.exec(body);
  if (v) return freezeMinimum({ asWritten, scheme: 'v-number', components: components(v[1]!.split('.'), path, asWritten), wildcard: false });
  if (/^(?:19|20)\d\d$/.test(body)) return freezeMinimum({ asWritten, scheme: 'year', components: [Number(body)], wildcard: false });
  const d = /^(\d+(?:\.\d+)*)(\.[xX])?$/.exec(body);
  if (d) return freezeMinimum({ asWritten, scheme: 'dotted', components: components(d[1]!.split('.'), path, asWritten), wildcard: d[2] !== undefined });
  throw new InvalidInputError(path, `Cannot read the minimum version ${JSON.stringify(asWritten)}`, { value: asWritten });
}

function freezeMinimum(m: ScopeMinimumVersion): ScopeMinimumVersion {
  return Object.freeze({ ...m, components: Object.freeze([...m.components]) });
}

/**
 * Parses a version a caller gives, in the scheme of the minimum it will be compared with.
 * - `dotted` and `v-number`: dotted numbers, optionally after `V`, `Ver.` or `version` (`6`, `6.0.2900`, `V16`);
 * - `year`: a four-digit year (`2010`); internal numbers such as `16.0` are refused for year-named products.
 * A wildcard (`1.x`) is refused: a caller's version is one version.
 *
 * @throws {InvalidInputError} the text cannot be read in that scheme (path `path`)
 * @example parseScopeVersion('10.10', 'dotted') //=> [10, 10]
 * @example parseScopeVersion('V16', 'v-number') //=> [16]
 * @example parseScopeVersion('2010', 'year') //=> [2010]
 */
export function parseScopeVersion(version: string, scheme: ScopeVersionScheme = 'dotted', path: ErrorPath = ['version']): readonly number[] {
  if (typeof version !== 'string') throw new InvalidInputError(path, 'A version must be a string', { value: version });
  const text = fold(version);
  if (scheme === 'year') {
    if (!/^\d{4}$/.test(text)) {
      throw new InvalidInputError(path, `This product's versions are year-named (e.g. 2010); cannot read ${JSON.stringify(version)}`, {
        value: version,
        scheme,
      });
    }
    return Object.freeze([Number(text)]);
  }
  const body = text.replace(/^(?:v(?:er(?:sion)?)?\.?)\s*/i, '');
  if (!/^\d+(?:\.\d+)*$/.test(body)) {
    throw new InvalidInputError(path, `Cannot read the version ${JSON.stringify(version)} (expected numbers joined by dots, e.g. 6.0)`, {
      value: version,
      scheme,
    });
  }
  return Object.freeze(components(body.split('.'), path, version));
}

/**
 * Compares two versions component by component, missing components counting as 0
 * (`6` equals `6.0`; `10.10` is later than `10.4.10`).
 * @returns a negative number, 0 or a positive number
 * @example compareScopeVersions([10, 10], [10, 4, 10]) > 0 //=> true
 * @example compareScopeVersions([6], [6, 0]) //=> 0
 */
export function compareScopeVersions(a: readonly number[], b: readonly number[]): number {
  return compareComponents(readComponents(a, ['a']), readComponents(b, ['b']));
}

/** Version components given by a caller, read once: a list of whole numbers ≥ 0. */
function readComponents(value: unknown, path: ErrorPath): readonly number[] {
  const v = readInput(value, path);
  if (!Array.isArray(v)) throw new InvalidInputError(path, 'Expected version components: a list of whole numbers', {});
  v.forEach((c: unknown, i: number) => {
    if (typeof c !== 'number' || !Number.isSafeInteger(c) || c < 0) {
      throw new InvalidInputError([...path, i], 'A version component must be a whole number ≥ 0', { value: c });
    }
  });
  return v as readonly number[];
}

function compareComponents(a: readonly number[], b: readonly number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * Whether a caller's version meets a minimum (the minimum itself included).
 * @throws {InvalidInputError} the version cannot be read in the minimum's scheme (path `path`)
 * @example meetsScopeMinimum('10.10', parseScopeMinimumVersion('10.4.10以上')) //=> true
 * @example meetsScopeMinimum('0.9', parseScopeMinimumVersion('1.x以降')) //=> false
 */
export function meetsScopeMinimum(version: string, minimum: ScopeMinimumVersion, path: ErrorPath = ['version']): boolean {
  checkIdLength(version, path);
  const m = readInput(minimum, ['minimum']);
  if (m === null || typeof m !== 'object') throw new InvalidInputError(['minimum'], 'Expected a minimum version made by parseScopeMinimumVersion', {});
  if (m.scheme !== 'dotted' && m.scheme !== 'year' && m.scheme !== 'v-number') {
    throw new InvalidInputError(['minimum', 'scheme'], 'scheme must be dotted, year or v-number', { value: m.scheme });
  }
  return compareComponents(parseScopeVersion(version, m.scheme, path), readComponents(m.components, ['minimum', 'components'])) >= 0;
}
