/**
 * Municipality look-up by code (5 or 6 digits, check digit verified) and by address
 * (prefecture optional, widths and spelling variants folded, 郡 and designated-city wards handled,
 * island names such as 伊豆大島 or 城ヶ島 accepted in place of the municipality).
 */
import { checkIdLength, expectTable, readInput, rejectMisspeltKeys, type StrictShape } from '../boundary/index.js';
import { ConflictError, formatPath, InvalidInputError, MAX_DETAIL_ITEMS, MAX_DETAIL_TEXT, NotFoundError, preparedDetails, type ErrorPath } from '../errors.js';
import { bundledAreaData, type AreaData, type AreaIndex, type Municipality } from './data.js';
import { leadingPostcodeLength, normalizePlaceText, placeKey, restOf, type NormalizedText } from './normalize.js';
import { closestMunicipalities } from './suggest.js';
import { areaTries, longestNameAt, nameKeyOf, prefectureAt, type AreaTries } from './trie.js';
import { municipalityCheckDigit } from './code.js';
import type { IslandRecord } from './schema.js';
import { readPostalTable, resolvePostalCode, type PostalLookup } from './postal.js';

/**
 * Parses a municipality code: 6 digits with a correct check digit, or 5 digits (the check digit is
 * added). Full-width digits and surrounding spaces are accepted. Does not check that the code exists.
 * @throws {InvalidInputError} not a string, not 5/6 digits, or a wrong check digit
 * @example parseMunicipalityCode('13361') //=> '133612'
 * @example parseMunicipalityCode('133613') // throws InvalidInputError (check digit should be 2)
 */
export function parseMunicipalityCode(input: unknown, path: ErrorPath = ['municipalityCode']): string {
  if (typeof input !== 'string') {
    throw new InvalidInputError(path, `Expected a municipality code as a string of 5 or 6 digits, received ${describeValue(input)}`, { value: input });
  }
  checkIdLength(input, path); // before NFKC: a huge text is refused without being normalised
  const s = /^\d{5,6}$/.test(input) ? input : input.normalize('NFKC').trim();
  if (s.length === 6 && /^\d{6}$/.test(s)) {
    const expected = municipalityCheckDigit(s.slice(0, 5));
    if (expected !== s.charCodeAt(5) - 48) {
      throw new InvalidInputError(path, `Wrong check digit in municipality code ${JSON.stringify(input)}: expected ${s.slice(0, 5)}${expected}`, {
        value: input,
        expectedCheckDigit: expected,
      });
    }
    return s;
  }
  if (s.length === 5 && /^\d{5}$/.test(s)) return s + String(municipalityCheckDigit(s));
  throw new InvalidInputError(path, `Expected a municipality code of 5 or 6 digits, received ${JSON.stringify(input)}`, { value: input });
}

/**
 * Whether a string is a 5-digit code or a 6-digit code with the right check digit.
 * @example isValidMunicipalityCode('133612') //=> true
 * @example isValidMunicipalityCode('133613') //=> false
 */
export function isValidMunicipalityCode(input: unknown): boolean {
  try {
    parseMunicipalityCode(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a municipality by code (5 or 6 digits); `undefined` when no municipality has it.
 * @throws {InvalidInputError} malformed code or wrong check digit
 * @example findMunicipality('142107')?.name //=> '三浦市'
 */
export function findMunicipality(code: string, data: AreaData = bundledAreaData()): Municipality | undefined {
  data = expectTable(data, 'area data', ['data'], bundledAreaData());
  return data.index.byCode.get(parseMunicipalityCode(code, ['code']));
}

/**
 * Gets a municipality by code (5 or 6 digits).
 * @throws {InvalidInputError} malformed code or wrong check digit
 * @throws {NotFoundError} a well-formed code no municipality has (details.closest lists neighbours)
 * @example getMunicipality('011011').name //=> '札幌市中央区'
 */
export function getMunicipality(code: string, data: AreaData = bundledAreaData(), path: ErrorPath = ['code']): Municipality {
  data = expectTable(data, 'area data', ['data'], bundledAreaData());
  const c = parseMunicipalityCode(code, path);
  const m = data.index.byCode.get(c);
  if (!m) throw unknownCode(c, data, path);
  return m;
}

/**
 * What an address or code resolved to.
 * @example resolveMunicipality({ address: '伊豆大島' }).islandNamed?.id //=> 'izu-oshima'
 */
export interface MunicipalityResolution {
  /** The municipality, or null when an island name spans several (利尻島) and nothing said which. */
  readonly municipality: Municipality | null;
  /** When `municipality` is null: the municipalities the address may be in. */
  readonly candidates: readonly Municipality[];
  /** Prefecture written in the address, if any. */
  readonly prefecture: string | null;
  /** The rest of the address after the municipality (normalised), or the `district` given. */
  readonly district: string | null;
  /** `district` folded for matching. */
  readonly districtKey: string | null;
  /** The island, when the address named one in place of the municipality (伊豆大島, 城ヶ島 …). */
  readonly islandNamed: IslandRecord | null;
  /** How the municipality was found. */
  readonly matchedBy: 'code' | 'address' | 'island-name';
  /** The part of the address that named the municipality (or the island). */
  readonly matchedText: string | null;
}

/**
 * Input of {@link resolveMunicipality}.
 * @example resolveMunicipality({ municipalityCode: '13361', district: '元町' }).district //=> '元町'
 */
export interface ResolveMunicipalityInput {
  readonly address?: string | undefined;
  readonly municipalityCode?: string | undefined;
  readonly district?: string | undefined;
  /** A postal code (〒123-4567 or 1234567): gives the municipality, and the 町域 as the district when no address is given. Needs `postal`. */
  readonly postalCode?: string | undefined;
  /** The postal-code table for `postalCode`: `postalCodes` from `support-contract-rules/postal`. */
  readonly postal?: PostalLookup | undefined;
}

/**
 * Resolves an address and/or a municipality code to a municipality and the district part.
 * With both, they must agree (the code also settles a name shared by several prefectures).
 * @throws {InvalidInputError} neither given; malformed code; an address naming several municipalities
 * @throws {NotFoundError} unknown code, or no municipality in the address (details.closest: closest names)
 * @throws {ConflictError} address and code name different municipalities
 * @example resolveMunicipality({ address: '神奈川県三浦市三崎町城ヶ島658' }).district //=> '三崎町城ヶ島658'
 */
export function resolveMunicipality(input: ResolveMunicipalityInput, data: AreaData = bundledAreaData()): MunicipalityResolution {
  input = readInput(input, [], { keep: ['postal'] });
  rejectMisspeltKeys(input, RESOLVE_STRICT);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidInputError([], 'Expected { address?, municipalityCode?, district? }', { received: input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input });
  }
  data = expectTable(data, 'area data', ['data'], bundledAreaData());
  return resolveRead(input, data);
}

/**
 * {@link resolveMunicipality} of an input already read by the boundary and area data already checked
 * (internal: classifyArea reads its own input once and passes the parts on).
 */
export function resolveRead(input: ResolveMunicipalityInput, data: AreaData): MunicipalityResolution {
  const res = resolveOrMiss(input, data);
  if (res instanceof AddressMiss) throw new NotFoundError(['address'], res.message, res.details);
  return res;
}

/**
 * An address that names no municipality, as {@link resolveOrMiss} gives it: the message and details of its
 * NotFoundError, for the caller to throw. (An error records the stack where it is made, at a cost that grows with
 * the frames below it: made by the entry point itself, it records fewer.)
 */
export class AddressMiss {
  constructor(
    readonly message: string,
    readonly details: Record<string, unknown>,
  ) {}
}

/**
 * {@link resolveRead}, giving an address that names no municipality as an {@link AddressMiss} (the error's parts)
 * instead of throwing it (internal: classifyArea throws it itself). Every other refusal is thrown here.
 */
export function resolveOrMiss(input: ResolveMunicipalityInput, data: AreaData): MunicipalityResolution | AddressMiss {
  for (const key of ['address', 'district'] as const) {
    const v = input[key];
    if (v !== undefined && typeof v !== 'string') throw new InvalidInputError([key], `Expected a string, received ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}`, {});
  }
  if (input.postalCode !== undefined) return resolveWithPostalCode(input, data);
  const idx = data.index;
  const code = input.municipalityCode === undefined ? undefined : parseMunicipalityCode(input.municipalityCode, ['municipalityCode']);
  const byCode = code === undefined ? undefined : idx.byCode.get(code);
  if (code !== undefined && !byCode) throw unknownCode(code, data, ['municipalityCode']);
  let res: MunicipalityResolution;
  if (input.address !== undefined) {
    const r = matchAddress(input.address, idx, data, byCode);
    if (r instanceof AddressMiss) return r;
    res = r;
  } else if (byCode) {
    res = { municipality: byCode, candidates: [], prefecture: null, district: null, districtKey: null, islandNamed: null, matchedBy: 'code', matchedText: null };
  } else {
    throw new InvalidInputError([], 'Give an address or a municipalityCode');
  }
  if (input.district !== undefined) {
    const d = districtOf(input.district, res.municipality);
    res = { ...res, district: d.display, districtKey: d.key };
  }
  return res;
}

function resolveWithPostalCode(input: ResolveMunicipalityInput, data: AreaData): MunicipalityResolution {
  const postal = readPostalTable(input.postal, ['postal']);
  const p = resolvePostalCode(input.postalCode, postal);
  if (input.municipalityCode !== undefined) {
    const given = parseMunicipalityCode(input.municipalityCode, ['municipalityCode']);
    if (given !== p.municipalityCode) {
      throw new ConflictError(['postalCode'], `Postal code ${p.postalCode} is in municipality ${p.municipalityCode}, not ${given}`, {
        postalCode: p.postalCode,
        municipalityCode: given,
        postalMunicipalityCode: p.municipalityCode,
      });
    }
  }
  const district = input.district ?? (input.address === undefined ? (p.town ?? undefined) : undefined);
  return resolveMunicipality({ address: input.address, municipalityCode: p.municipalityCode, district }, data);
}

function matchAddress(address: string, idx: AreaIndex, data: AreaData, byCode: Municipality | undefined): MunicipalityResolution | AddressMiss {
  const text = normalizePlaceText(address);
  const key = text.key;
  const tries = areaTries(idx);
  let pos = leadingPostcodeLength(key);
  let prefecture: string | undefined;
  const pref = prefectureAt(tries, key, pos);
  if (pref !== undefined) {
    prefecture = pref.prefecture;
    pos += pref.length;
  }
  if (pos >= key.length) {
    if (byCode) {
      return { municipality: byCode, candidates: [], prefecture: prefecture ?? null, district: null, districtKey: null, islandNamed: null, matchedBy: 'code', matchedText: null };
    }
    throw new InvalidInputError(['address'], `No municipality in the address ${JSON.stringify(address)}`, { value: address });
  }
  let hit = longestNameAt(tries, key, pos, prefecture);
  // 郡: "利尻郡利尻富士町", "東村山郡山辺町" (where 東村 alone would be a wrong match). A city or ward matched in full is
  // never the start of a 郡 name (郡 hold towns and villages only): "山口市小郡大江町" is 山口市, district 小郡大江町.
  const gun = key.indexOf('郡', pos + 1);
  if (gun > 0 && gun <= pos + 5 && (hit === undefined || (hit.length <= gun - pos && !isCityOrWard(key, hit.start + hit.length)))) {
    const g = longestNameAt(tries, key, gun + 1, prefecture);
    if (g !== undefined) hit = g;
  }
  if (hit === undefined) {
    if (byCode) {
      // The code decides; the address text is kept as the district.
      const d = districtOfNormalized(restOf(text, pos));
      return { municipality: byCode, candidates: [], prefecture: prefecture ?? null, district: d.display, districtKey: d.key, islandNamed: null, matchedBy: 'code', matchedText: null };
    }
    const elsewhere = prefecture === undefined ? undefined : longestNameAt(tries, key, pos, undefined);
    return unknownAddress(address, key, pos, prefecture, data, elsewhere?.municipalities ?? []);
  }
  let end = hit.start + hit.length;
  let munis = hit.municipalities;
  const matchedText = text.display.slice(hit.start, end);
  if (hit.island !== undefined) {
    // "八丈島八丈町…", "利尻島利尻富士町…": the municipality may follow the island name.
    for (const m of munis) {
      const mk = nameKeyOf(tries, m);
      if (key.startsWith(mk, end)) {
        munis = [m];
        end += mk.length;
        break;
      }
    }
  }
  if (byCode) {
    if (!munis.includes(byCode)) {
      throw conflict(address, munis, byCode);
    }
    munis = [byCode];
  }
  if (munis.length > 1 && hit.island === undefined) {
    throw new InvalidInputError(
      ['address'],
      `${JSON.stringify(matchedText)} names several municipalities: ${munis.map(label).join(', ')}; add the prefecture or pass municipalityCode`,
      { value: address, candidates: munis.map((m) => ({ code: m.code, prefecture: m.prefecture, name: m.name })) },
    );
  }
  const municipality = munis.length === 1 ? munis[0]! : null;
  const d = districtOfNormalized(restOf(text, end));
  return {
    municipality,
    candidates: municipality ? [] : [...munis],
    prefecture: prefecture ?? null,
    district: d.display,
    districtKey: d.key,
    islandNamed: hit.island ?? null,
    matchedBy: hit.island ? 'island-name' : 'address',
    matchedText,
  };
}

/** Whether the name matched up to `end` of `key` is a city's or a ward's (ends with 市 or 区). */
function isCityOrWard(key: string, end: number): boolean {
  const c = key.charCodeAt(end - 1);
  return c === 0x5e02 /* 市 */ || c === 0x533a /* 区 */;
}

/**
 * The district a caller names (`district`): the municipality's name repeated at its start dropped, then 大字/字. In an
 * address the text after the municipality's name is the district as written: 山口県平生町平生町 is the 町字 平生町.
 */
function districtOf(raw: string, municipality: Municipality | null): { display: string | null; key: string | null } {
  const t = normalizePlaceText(raw);
  const mk = municipality === null ? '' : placeKey(municipality.name);
  return districtOfNormalized(mk !== '' && t.key.startsWith(mk) ? { display: t.display.slice(mk.length), key: t.key.slice(mk.length) } : t);
}

/** The district part of an address (text already normalised, the municipality's name left out): 大字/字 dropped. */
function districtOfNormalized(t: { readonly display: string; readonly key: string }): { display: string | null; key: string | null } {
  let display = t.display;
  let key = t.key;
  const strip = key.startsWith('大字') ? 2 : key.startsWith('字') ? 1 : 0;
  if (strip > 0) {
    display = display.slice(strip);
    key = key.slice(strip);
  }
  return key.length === 0 ? { display: null, key: null } : { display, key };
}

function label(m: Municipality): string {
  return `${m.name} (${m.prefecture}, ${m.code})`;
}

function conflict(address: string, munis: readonly Municipality[], byCode: Municipality): ConflictError {
  return new ConflictError(['municipalityCode'], `municipalityCode ${byCode.code} is ${label(byCode)}, but the address ${JSON.stringify(address)} names ${munis.map(label).join(', ')}`, {
    address,
    municipalityCode: byCode.code,
    addressMunicipalities: munis.map((m) => m.code),
  });
}

function unknownCode(code: string, data: AreaData, path: ErrorPath): NotFoundError {
  const prefix = code.slice(0, 2);
  const near = data.municipalities
    .filter((m) => m.code.startsWith(prefix))
    .map((m) => ({ m, d: Math.abs(Number(m.code5) - Number(code.slice(0, 5))) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.m);
  return new NotFoundError(path, `No municipality has code ${code}${near.length ? `; nearest codes: ${near.map(label).join(', ')}` : ''}`, {
    value: code,
    closest: near.map((m) => `${m.name} (${m.prefecture})`),
    candidates: near.map((m) => ({ code: m.code, prefecture: m.prefecture, name: m.name })),
  });
}

function unknownAddress(
  address: string,
  key: string,
  pos: number,
  prefecture: string | undefined,
  data: AreaData,
  elsewhere: readonly Municipality[],
): AddressMiss {
  // The closest names: the edit-distance ranking of every municipality, found through a character index
  // (src/area/suggest.ts) in a few microseconds, so the error is built whole, as any other.
  const closest = closestMunicipalities(key.slice(pos), prefecture, data);
  const where = prefecture ? ` in ${prefecture}` : '';
  const other = elsewhere.length > 0 ? ` (${elsewhere.map((m) => `${m.name} is in ${m.prefecture}`).join(', ')})` : '';
  const closestNames = closest.map((m) => `${m.name} (${m.prefecture})`);
  const details = {
    value: address,
    prefecture: prefecture ?? null,
    inOtherPrefectures: Object.freeze(elsewhere.map(entry)),
    closest: Object.freeze(closestNames),
    candidates: Object.freeze(closest.map(entry)),
  };
  // Built already in the error's JSON-safe form (frozen plain data of strings), so the error keeps it
  // without a copy; texts or lists longer than an error keeps (a long address, a caller's area data with
  // long names) take the ordinary copy, which shortens them.
  const fits =
    address.length <= MAX_DETAIL_TEXT &&
    (prefecture ?? '').length <= MAX_DETAIL_TEXT &&
    elsewhere.length <= MAX_DETAIL_ITEMS &&
    closest.length <= MAX_DETAIL_ITEMS &&
    elsewhere.every(fitsDetails) &&
    closest.every(fitsDetails);
  return new AddressMiss(`No municipality${where} found in ${JSON.stringify(address)}${other}; closest: ${closestNames.join(', ')}`, fits ? preparedDetails(details) : details);
}

/** A municipality as error details list it (frozen: see preparedDetails). */
function entry(m: Municipality): { readonly code: string; readonly prefecture: string; readonly name: string } {
  return Object.freeze({ code: m.code, prefecture: m.prefecture, name: m.name });
}

/** Whether a municipality's texts (and its `name (prefecture)` label) are short enough for error details as they are. */
function fitsDetails(m: Municipality): boolean {
  return m.code.length <= MAX_DETAIL_TEXT && m.name.length + m.prefecture.length + 3 <= MAX_DETAIL_TEXT;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  try {
    if (Array.isArray(v)) return 'an array';
  } catch {
    // a revoked Proxy: only its kind
  }
  return typeof v === 'number' ? `the number ${v} (pass codes as strings: leading zeros matter)` : typeof v;
}

/** The keys this module's entry point takes: a key near one of them is refused as misspelt (src/boundary/strict.ts). */
const RESOLVE_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({ keys: ['address', 'municipalityCode', 'district', 'postalCode', 'postal'] });
