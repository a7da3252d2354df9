/**
 * Service schedules: finds a plan's channel in its document's `schedules` section, applies the
 * subscriber's options, and compiles the hours into a per-day table (Uint8Array over the covered
 * years) plus minute windows, so that evaluating an instant allocates nothing.
 */
import { expectTable, isKnownShape, isPlainPrototype, newRecord, objectPrototypeHasEnumerableKeys, own, RECORD_PROTOTYPE, recordOf, readField, readIdListField, unreadableField } from '../boundary/index.js';
import type { Catalog } from '../catalog/catalog.js';
import { catalog as bundledCatalog, bundledPlanSchedules } from '../catalog/bundled.js';
import { getDocument, getOption, getPlan } from '../catalog/queries.js';
import type { DocumentFixture } from '../catalog/schema.js';
import { ConflictError, ContractRulesError, InvalidInputError, NotFoundError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { daysInMonth, formatIsoDate, isoDayOfWeek } from '../time/civil.js';
import { bundledHolidayLaw, inYearEndSpan, type HolidayLaw, type HolidayOverride, type HolidayTable } from './holiday-law.js';
import { tableOf } from './holidays.js';
import { parseIsoDateFast } from '../time/fast.js';
import type { ChannelSchedule, ClosedDayRule, MonthDay, OptionHours, ServiceHours } from './schema.js';

/** A company closure supplied by the caller (夏期休業 …): `start` to `end`, both inclusive days. */
export interface CompanyClosure {
  readonly start: string;
  readonly end: string;
  readonly name?: string;
}

/** A 年末年始 span as `MM-DD` days, both inclusive; it may wrap the new year (`12-29` to `01-03`). */
export interface YearEndSpan {
  readonly start: string;
  readonly end: string;
}

/**
 * How to read 平日 (weekdays) where a document says only that (000's お問い合わせ窓口):
 * `'excludes-holidays'` (default): Monday–Friday except national holidays;
 * `'includes-holidays'`: every Monday–Friday;
 * `'excludes-holidays-and-year-end'`: Monday–Friday except national holidays and 年末年始.
 */
export type HeijitsuMeaning = 'excludes-holidays' | 'includes-holidays' | 'excludes-holidays-and-year-end';

/** Which hours a channel with separate acceptance and handling answers for (002 FAX, e-mail, web). */
export type ChannelSense = 'handled' | 'accepted';

/** What a yes/no answer does where the documents leave the hours unknown. */
export type UnknownHoursPolicy = 'error' | 'open' | 'closed';

/** The schedule a question is about, and the settings that change it. Shared by every calendar function. */
export interface ScheduleQuery {
  /** Plan id (`itss-light-anshin-1`, `helpdesk-support` …). */
  readonly planId: string;
  /** Option ids the subscriber has (e.g. `itss-light-time-extension`). */
  readonly options?: readonly string[];
  /** Channel id: `support`, `onsite-diagnosis`, `contract-desk`, `phone`, `fax-email-web` … */
  readonly channel: string;
  readonly catalog?: Catalog;
  /** Company closures (applied to channels whose document reserves 当社の休業日). */
  readonly closures?: readonly CompanyClosure[];
  /** 年末年始 span; default 12/29–1/3 (行政機関の休日に関する法律 第1条, ref:gyosei-kyujitsu-ho-1); `null`: no 年末年始 closure. */
  readonly yearEnd?: YearEndSpan | null;
  /** Holiday corrections (announced dates, later law changes). */
  readonly holidayOverrides?: readonly HolidayOverride[];
  /** A replacement holiday law from `loadHolidayLaw`. */
  readonly holidayLaw?: HolidayLaw;
  /** Reading of 平日 (interpretation calendar-heijitsu); default `'excludes-holidays'`. */
  readonly heijitsu?: HeijitsuMeaning;
  /** For channels accepted at any time but handled in other hours: default `'handled'`. */
  readonly sense?: ChannelSense;
}

/** Day status of a compiled schedule: closed all day. */
export const DAY_CLOSED = 0;
/** Day status: open in the schedule's windows. */
export const DAY_WINDOWS = 1;
/** Day status: open all day. */
export const DAY_ALL_DAY = 2;
/** 32-bit words per day in a minute mask (1440 minutes). */
export const MASK_WORDS = 45;
/** Hours unknown: before the revision the hours belong to, or nothing stated. */
export const DAY_UNKNOWN = 3;
/** A service day whose hours are not stated (003: 365日). */
export const DAY_SERVICE_HOURS_UNKNOWN = 4;
/** A day of a windowed schedule whose month is not computed yet (see {@link CompiledSchedule.fill}); never an answer. */
export const DAY_PENDING = 255;

/** A resolved channel: the document facts that decide the answer. */
export interface ResolvedChannel {
  readonly planId: string;
  /** The header of the plan's document (id, file …). */
  readonly document: DocumentFixture['document'];
  /** The channel asked about. */
  readonly channel: ChannelSchedule;
  /** The channel whose hours answer (the handling channel for `sense: 'handled'`). */
  readonly hoursChannel: ChannelSchedule;
  readonly hours: ServiceHours;
  /** The option whose hours replaced the channel's, if any. */
  readonly optionHours?: { readonly optionId: string; readonly fact: OptionHours } | undefined;
  readonly sense: ChannelSense;
}

/** A schedule compiled for fast evaluation. Immutable. */
export interface CompiledSchedule {
  readonly resolved: ResolvedChannel;
  readonly table: HolidayTable;
  readonly yearEnd: { readonly start: MonthDay; readonly end: MonthDay } | null;
  readonly closures: readonly { readonly startDay: number; readonly endDay: number; readonly name: string }[];
  readonly heijitsu: HeijitsuMeaning;
  /** Closed-day rules in force (the document's, plus those 平日 implies). */
  readonly closedOn: readonly ClosedDayRule['kind'][];
  /** `always` answers without the table; `windows` reads it; `unknown` never knows the hours. */
  readonly mode: 'always' | 'windows' | 'unknown';
  readonly firstDay: number;
  readonly lastDay: number;
  /** Status of each day from firstDay (DAY_* codes; DAY_PENDING for a day whose month is not computed yet). */
  readonly days: Uint8Array;
  /** Computes the month of a day index (a DAY_PENDING day) and returns the day's status. */
  readonly fill: (index: number) => number;
  /** Window starts and ends in minutes of the day, sorted. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * Branch-free minute masks: for day status `s` and minute `m` of the day, bit `m & 31` of
   * `minuteMasks[s * MASK_WORDS + (m >> 5)]` is set when open. Statuses 3 and 4 (unknown) are all zero.
   */
  readonly minuteMasks: Int32Array;
  /** Epoch day from which the hours are known (−Infinity when always known). */
  readonly knownFromDay: number;
}

/** Most schedules kept per (plan, channel) of a catalog for plain queries, and per catalog for the others. */
const MAX_SIMPLE_ENTRIES = 32;
const MAX_EXTRA_ENTRIES = 64;
const NO_OPTIONS: readonly string[] = Object.freeze([]);

/** A compiled schedule of a plain query (no closures, year-end, overrides or law), with the settings it was compiled for. */
interface SimpleEntry {
  readonly heijitsu: string | undefined;
  readonly sense: string | undefined;
  /** The option ids, copied (strings only: an entry is stored only after its query compiled). */
  readonly options: readonly string[] | undefined;
  readonly compiled: CompiledSchedule;
}
/**
 * Compiled schedules of plain queries, per catalog, by plan id then channel id (a memo of derived,
 * frozen data: it never changes an answer). Keys and stored settings are values that compiled without
 * error, compared with `===` to the caller's, so no input (a `toJSON`, a getter) can make one query
 * find another's schedule; each (plan, channel) keeps at most {@link MAX_SIMPLE_ENTRIES} settings.
 */
const plainCache = new WeakMap<Catalog, Map<string, Map<string, SimpleEntry[]>>>();
let bundledPlain: Map<string, Map<string, SimpleEntry[]>> | undefined;
/** Compiled schedules of the other queries, per catalog, by a key written from a snapshot of primitive values. */
const extraCache = new WeakMap<Catalog, Map<string, CompiledSchedule>>();

/** A schedule of a plain query recently asked for: its catalog, plan and channel, and its {@link SimpleEntry}. */
interface RecentEntry extends SimpleEntry {
  readonly catalog: Catalog;
  readonly planId: string;
  readonly channel: string;
}
/** How many recent plain queries are kept in front of the per-catalog maps. */
const RECENT = 8;
/**
 * The last {@link RECENT} plain queries' schedules, replaced in turn (a memo of frozen entries whose keys
 * are values that compiled without error, compared with `===`: it never changes an answer). It holds a
 * catalog strongly only until eight other queries have replaced its entries.
 */
const recent: (RecentEntry | undefined)[] = new Array<RecentEntry | undefined>(RECENT).fill(undefined);
let recentNext = 0;
// Stryker disable all: an entry not stored, stored empty, or stored outside the eight slots is only missed (the maps or a compile answer)
function remember(catalog: Catalog, planId: string, channel: string, e: SimpleEntry): void {
  recent[recentNext] = Object.freeze({ catalog, planId, channel, heijitsu: e.heijitsu, sense: e.sense, options: e.options, compiled: e.compiled });
  recentNext = (recentNext + 1) % RECENT;
}
// Stryker restore all

function sameOptions(stored: readonly string[] | undefined, options: readonly unknown[] | undefined): boolean {
  if (stored === undefined || options === undefined) return stored === options;
  if (stored.length !== options.length) return false;
  for (let i = 0; i < stored.length; i++) if (stored[i] !== options[i]) return false;
  return true;
}

/** Keys of a plain query found by {@link plainQueryKeys}. */
const HAS_OPTIONS = 1;
const HAS_CATALOG = 2;
const HAS_HEIJITSU = 4;
const HAS_SENSE = 8;
/** `unknownAs` present (read by isOpen). */
export const HAS_UNKNOWN_AS = 16;
/** `explain` present (read by isOpen; the schedule does not depend on it). */
export const HAS_EXPLAIN = 32;

/**
 * For a plain object whose enumerable keys are only those of a plain query (no closures, year-end,
 * overrides or law), which optional keys it has (HAS_* bits); −1 for any other object. One key walk
 * replaces the look-ups of absent properties, which cost more than the rest of a memo hit when callers
 * pass query objects of many shapes. (A key made non-enumerable on purpose is not seen: pass such
 * settings as ordinary properties.)
 */
export function plainQueryKeys(query: object): number {
  if (!isPlainPrototype(Object.getPrototypeOf(query))) return -1;
  if (objectPrototypeHasEnumerableKeys()) return -1; // its keys would be walked below as the query's (the full read takes own keys)
  let keys = 0;
  for (const k in query) {
    if (k === 'planId' || k === 'channel' || k === 'at') continue;
    if (k === 'options') keys |= HAS_OPTIONS;
    else if (k === 'unknownAs') keys |= HAS_UNKNOWN_AS;
    else if (k === 'explain') keys |= HAS_EXPLAIN;
    else if (k === 'catalog') keys |= HAS_CATALOG;
    else if (k === 'heijitsu') keys |= HAS_HEIJITSU;
    else if (k === 'sense') keys |= HAS_SENSE;
    else return -1;
  }
  return keys;
}

/** The fields of a plain query and its instant, each read once (see {@link readPlainQuery}); absent ones undefined. */
export interface PlainQueryFields {
  readonly planId: unknown;
  readonly channel: unknown;
  readonly at: unknown;
  readonly options: unknown;
  readonly unknownAs: unknown;
  readonly explain: unknown;
  readonly catalog: unknown;
  readonly heijitsu: unknown;
  readonly sense: unknown;
}
/** The {@link plainQueryKeys} of a {@link PlainQueryFields}: every key is present (undefined when absent). */
export const ALL_PLAIN_KEYS = HAS_OPTIONS | HAS_CATALOG | HAS_HEIJITSU | HAS_SENSE | HAS_UNKNOWN_AS | HAS_EXPLAIN;

// Stryker disable next-line BlockStatement: a key not known here sends the query to readInput, which reads it to the same answers and refusals
function isPlainQueryKey(k: string): boolean {
  switch (k) {
    // Stryker disable StringLiteral,ConditionalExpression,BooleanLiteral: as above (a known key taken for unknown only costs the fast path)
    case 'planId':
    case 'channel':
    case 'at':
    case 'options':
    case 'unknownAs':
    case 'explain':
    case 'catalog':
    case 'heijitsu':
    case 'sense':
      return true;
    // Stryker restore StringLiteral,ConditionalExpression,BooleanLiteral
    // Stryker disable next-line ConditionalExpression: without its `return false` the function returns undefined, as falsy
    default:
      return false;
  }
}

/**
 * The boundary's known-shape fast path for the calendar's per-call functions: a plain object with only the
 * keys of a plain query (and `at`, `unknownAs`, `explain`) is read here, each field once, checked as
 * `readInput` checks it (same errors, same paths), into a fresh internal record: no copy of the caller's
 * object, no freeze. Anything else gives undefined, for `readInput`.
 * @throws as readInput
 */
// Stryker disable next-line BlockStatement: without its body it returns undefined, which sends every query to readInput (the same answers and refusals)
export function readPlainQuery(input: unknown): PlainQueryFields | undefined {
  if (!isKnownShape(input, isPlainQueryKey)) return undefined;
  let planId: unknown, channel: unknown, at: unknown, options: unknown, unknownAs: unknown, explain: unknown, catalog: unknown, heijitsu: unknown, sense: unknown;
  let key: string | undefined;
  try {
    for (const k in input) {
      key = k;
      const v = input[k];
      key = undefined;
      switch (k) {
        case 'planId':
          planId = readField(input, k, v);
          break;
        case 'channel':
          channel = readField(input, k, v);
          break;
        case 'at':
          at = readField(input, k, v);
          break;
        case 'options':
          options = readIdListField(input, k, v);
          break;
        case 'unknownAs':
          unknownAs = readField(input, k, v);
          break;
        case 'explain':
          explain = readField(input, k, v);
          break;
        case 'catalog':
          catalog = readField(input, k, v);
          break;
        case 'heijitsu':
          heijitsu = readField(input, k, v);
          break;
        case 'sense':
          sense = readField(input, k, v);
          break;
        default:
          readField(input, k, v); // a key that appeared since the walk (a Proxy): checked, not used
      }
    }
  } catch (e) {
    if (key !== undefined) throw unreadableField(key); // the field's getter or Proxy trap threw
    if (e instanceof ContractRulesError) throw e; // a field's value refused by readField
    throw new InvalidInputError([], 'Could not read this value (a getter or proxy threw)', {}); // the key walk itself (a Proxy)
  }
  return { planId, channel, at, options, unknownAs, explain, catalog, heijitsu, sense };
}

/**
 * The compiled schedule of a query, memoised per catalog and settings (the memo never changes an answer).
 * @throws {InvalidInputError} malformed query fields; {@link NotFoundError} unknown plan, option or channel;
 * {@link ConflictError} an option of another plan, or a closure ending before it starts
 */
export function compiledScheduleOf(query: ScheduleQuery): CompiledSchedule {
  if (query === null || typeof query !== 'object') throw new InvalidInputError([], 'Expected a query object { planId, channel, … }', { value: query });
  return scheduleOfQuery(query, plainQueryKeys(query));
}

/** {@link compiledScheduleOf} with the query's {@link plainQueryKeys} already known (internal: isOpen's hot path). */
export function scheduleOfQuery(query: ScheduleQuery, keys: number): CompiledSchedule {
  let cat: Catalog;
  let options: readonly string[] | undefined;
  let heijitsu: HeijitsuMeaning | undefined;
  let sense: ChannelSense | undefined;
  let simple: boolean;
  const { planId, channel } = query;
  if (keys >= 0) {
    // Only the keys present are read.
    cat = expectTable<Catalog>(keys & HAS_CATALOG ? query.catalog : undefined, 'catalog', ['catalog'], bundledCatalog);
    options = keys & HAS_OPTIONS ? query.options : undefined;
    heijitsu = keys & HAS_HEIJITSU ? query.heijitsu : undefined;
    sense = keys & HAS_SENSE ? query.sense : undefined;
    simple = true;
  } else {
    // The library's own query literals (incident business days, …) as a record: a key they leave out is not read from Object.prototype.
    if (Object.getPrototypeOf(query) !== RECORD_PROTOTYPE) query = recordOf(query);
    cat = expectTable<Catalog>(query.catalog, 'catalog', ['catalog'], bundledCatalog);
    ({ options, heijitsu, sense } = query);
    simple = query.closures === undefined && query.yearEnd === undefined && query.holidayOverrides === undefined && query.holidayLaw === undefined;
  }
  simple =
    simple &&
    typeof planId === 'string' &&
    typeof channel === 'string' &&
    (options === undefined || (Array.isArray(options) && options.every((o) => typeof o === 'string'))) &&
    (heijitsu === undefined || typeof heijitsu === 'string') &&
    (sense === undefined || typeof sense === 'string');
  if (simple) {
    // The schedules of the last few plain queries first: a support desk alternating between a few plans
    // hits here without the two map look-ups below.
    for (let i = 0; i < RECENT; i++) {
      const e = recent[i];
      if (e !== undefined && e.planId === planId && e.channel === channel && e.catalog === cat && e.heijitsu === heijitsu && e.sense === sense && sameOptions(e.options, options)) return e.compiled;
    }
    // The bundled catalog's table is held directly (a WeakMap look-up costs more than the rest of a hit).
    let perCat = cat === bundledCatalog ? bundledPlain : plainCache.get(cat);
    const entries = perCat?.get(planId)?.get(channel);
    if (entries !== undefined) {
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        if (e.heijitsu === heijitsu && e.sense === sense && sameOptions(e.options, options)) {
          remember(cat, planId, channel, e);
          return e.compiled;
        }
      }
    }
    // Compile from a snapshot of the values read here, so that what is stored is what was compiled.
    const optionsCopy = options === undefined ? undefined : Object.freeze([...(options as readonly unknown[])]);
    // A record: compile() reads the fields left out as undefined, whatever Object.prototype holds.
    const snapshot: ScheduleQuery = recordOf({ planId, channel, catalog: cat, ...(optionsCopy ? { options: optionsCopy as readonly string[] } : {}), ...(heijitsu !== undefined ? { heijitsu } : {}), ...(sense !== undefined ? { sense } : {}) });
    const c = compile(snapshot, cat);
    if (!perCat) {
      perCat = new Map();
      if (cat === bundledCatalog) bundledPlain = perCat;
      else plainCache.set(cat, perCat);
    }
    let byChannel = perCat.get(planId);
    if (!byChannel) {
      byChannel = new Map();
      perCat.set(planId, byChannel);
    }
    let list = byChannel.get(channel);
    if (!list) {
      list = [];
      byChannel.set(channel, list);
    }
    const entry: SimpleEntry = Object.freeze({ heijitsu, sense, options: optionsCopy as readonly string[] | undefined, compiled: c });
    if (list.length < MAX_SIMPLE_ENTRIES) list.push(entry);
    remember(cat, planId, channel, entry);
    return c;
  }
  return extraScheduleOf(query, cat);
}

/** {@link scheduleOfQuery} of a query with closures, a year-end span, overrides or a law, or of unusual values: the keyed memo. */
function extraScheduleOf(query: ScheduleQuery, cat: Catalog): CompiledSchedule {
  validateShape(query);
  const snapshot = snapshotQuery(query, cat);
  const key = primitiveKey([snapshot.planId, snapshot.channel, snapshot.options, snapshot.closures, snapshot.yearEnd, snapshot.holidayOverrides, snapshot.heijitsu, snapshot.sense]);
  if (key === undefined) return compile(snapshot, cat);
  let perCat = extraCache.get(cat);
  if (!perCat) {
    perCat = new Map();
    extraCache.set(cat, perCat);
  }
  const law = query.holidayLaw;
  const lawMap = law === undefined ? perCat : lawCache(perCat, law);
  let c = lawMap.get(key);
  if (!c) {
    c = compile(snapshot, cat);
    if (lawMap.size >= MAX_EXTRA_ENTRIES) lawMap.clear();
    lawMap.set(key, c);
  }
  return c;
}

/** A copy of the query's fields, each read once: what is compiled and what the memo key is written from. */
function snapshotQuery(q: ScheduleQuery, cat: Catalog): ScheduleQuery {
  const copyRecord = (x: unknown, keys: readonly string[]): unknown => {
    if (x === null || typeof x !== 'object') return x;
    const r = x as Record<string, unknown>;
    const out = newRecord();
    for (const k of keys) {
      const v = r[k];
      if (v !== undefined) out[k] = v;
    }
    return out;
  };
  // A record: compile() reads the fields left out as undefined, whatever Object.prototype holds.
  const out = newRecord() as { -readonly [K in keyof ScheduleQuery]: ScheduleQuery[K] };
  out.planId = q.planId;
  out.channel = q.channel;
  out.catalog = cat;
  if (q.options !== undefined) out.options = [...q.options];
  if (q.closures !== undefined) out.closures = q.closures.map((c) => copyRecord(c, ['start', 'end', 'name'])) as CompanyClosure[];
  if (q.yearEnd !== undefined) out.yearEnd = copyRecord(q.yearEnd, ['start', 'end']) as YearEndSpan | null;
  if (q.holidayOverrides !== undefined) out.holidayOverrides = q.holidayOverrides.map((o) => copyRecord(o, ['date', 'name', 'kind'])) as HolidayOverride[];
  if (q.holidayLaw !== undefined) out.holidayLaw = q.holidayLaw;
  if (q.heijitsu !== undefined) out.heijitsu = q.heijitsu;
  if (q.sense !== undefined) out.sense = q.sense;
  return out;
}

/**
 * A memo key written from primitive values only (strings, numbers, booleans, null, undefined, arrays and
 * plain records of them); undefined when anything else is met (such a query is compiled without the
 * memo, and fails or succeeds on its own).
 */
function primitiveKey(value: unknown): string | undefined {
  if (value === undefined) return 'u';
  if (value === null) return 'n';
  switch (typeof value) {
    case 'string':
      return `s${value.length}:${value}`;
    case 'number':
      return `d${String(value)};`;
    case 'boolean':
      return value ? 't' : 'f';
    case 'object': {
      if (Array.isArray(value)) {
        let k = `[${value.length}:`;
        for (const v of value) {
          const p = primitiveKey(v);
          if (p === undefined) return undefined;
          k += p;
        }
        return `${k}]`;
      }
      if (!isPlainPrototype(Object.getPrototypeOf(value))) return undefined;
      let k = '{';
      for (const [name, v] of Object.entries(value)) {
        const p = primitiveKey(v);
        if (p === undefined) return undefined;
        k += `${name.length}:${name}=${p}`;
      }
      return `${k}}`;
    }
    default:
      return undefined;
  }
}

const perLawCaches = new WeakMap<Map<string, CompiledSchedule>, WeakMap<HolidayLaw, Map<string, CompiledSchedule>>>();
function lawCache(perCat: Map<string, CompiledSchedule>, law: HolidayLaw): Map<string, CompiledSchedule> {
  let byLaw = perLawCaches.get(perCat);
  if (!byLaw) {
    byLaw = new WeakMap();
    perLawCaches.set(perCat, byLaw);
  }
  if (law === null || typeof law !== 'object') throw new InvalidInputError(['holidayLaw'], 'Expected a law from loadHolidayLaw()', { value: law });
  let m = byLaw.get(law);
  if (!m) {
    m = new Map();
    byLaw.set(law, m);
  }
  return m;
}

function validateShape(q: ScheduleQuery): void {
  if (q.options !== undefined && !Array.isArray(q.options)) throw new InvalidInputError(['options'], 'Expected an array of option ids', { value: q.options });
  if (q.closures !== undefined && !Array.isArray(q.closures)) throw new InvalidInputError(['closures'], 'Expected an array of { start, end } closures', { value: q.closures });
  if (q.holidayOverrides !== undefined && !Array.isArray(q.holidayOverrides)) {
    throw new InvalidInputError(['holidayOverrides'], 'Expected an array of { date, name } overrides', { value: q.holidayOverrides });
  }
}

/**
 * Finds the plan's channel and the hours that answer for it (options and sense applied).
 * @throws {NotFoundError} unknown plan (path planId), option (options[i]) or channel (channel)
 * @throws {ConflictError} an option that does not apply to the plan (options[i])
 */
export function resolveChannel(query: ScheduleQuery, cat: Catalog): ResolvedChannel {
  if (typeof query.planId !== 'string') throw new InvalidInputError(['planId'], 'Expected a plan id string', { value: query.planId });
  const planId = query.planId;
  // A bundled plan's schedules are read from its document, only they frozen, without building the catalog (the same
  // objects; an id not found there takes the catalog's path and its NotFoundError). The plan's id is the one asked.
  const doc = (cat === bundledCatalog ? bundledPlanSchedules(planId) : undefined) ?? getDocument(getPlan(planId, cat, ['planId']).document, cat);
  const options = query.options ?? NO_OPTIONS;
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration,StringLiteral,ObjectLiteral: unreachable guard (the plain path copies an array, validateShape and the boundary refuse any other options first)
  if (!Array.isArray(options)) throw new InvalidInputError(['options'], 'Expected an array of option ids', { value: options });
  options.forEach((id: unknown, i) => {
    if (typeof id !== 'string') throw new InvalidInputError(['options', i], 'Expected an option id string', { value: id });
    const option = getOption(id, cat, ['options', i]);
    if (!option.appliesTo.includes(planId)) {
      throw new ConflictError(['options', i], `Option ${id} cannot be added to plan ${planId} (it applies to ${option.appliesTo.join(', ')})`, {
        value: id,
        appliesTo: option.appliesTo,
      });
    }
  });
  if (typeof query.channel !== 'string') throw new InvalidInputError(['channel'], 'Expected a channel id string', { value: query.channel });
  const channels = channelsOfPlan(own(doc, 'schedules'), planId);
  const channel = channels.find((c) => c.id === query.channel);
  if (!channel) throw noChannel(planId, query.channel, channels);
  const sense = query.sense ?? 'handled';
  if (sense !== 'handled' && sense !== 'accepted') throw new InvalidInputError(['sense'], "Expected 'handled' or 'accepted'", { value: sense });
  let hoursChannel = channel;
  const handledIn = own(channel, 'handledIn'); // own: bundled data is plain JSON
  if (sense === 'handled' && handledIn) {
    const via = channels.find((c) => c.id === handledIn.channel);
    if (!via) throw new NotFoundError(['channel'], `Channel ${channel.id} is handled in ${handledIn.channel}, which plan ${planId} lacks`, {});
    hoursChannel = via;
  }
  let optionHours: ResolvedChannel['optionHours'];
  for (const fact of own(hoursChannel, 'optionHours') ?? []) {
    const hit = fact.optionIds.find((id) => options.includes(id));
    if (hit !== undefined) {
      optionHours = { optionId: hit, fact };
      break;
    }
  }
  return { planId, document: doc.document, channel, hoursChannel, hours: optionHours ? optionHours.fact.hours : hoursChannel.hours, optionHours, sense };
}

/** The error of a channel the plan lacks. */
function noChannel(planId: string, channel: string, channels: readonly ChannelSchedule[]): NotFoundError {
  const ids = channels.map((c) => c.id);
  return new NotFoundError(['channel'], `Plan ${planId} has no channel ${JSON.stringify(channel)}; its channels are ${ids.join(', ') || '(none stated)'}`, { value: channel, channels: ids });
}

/** The channels stated for a plan: those of its document's schedules section that apply to it. */
export function channelsOfPlan(schedules: DocumentFixture['schedules'], planId: string): readonly ChannelSchedule[] {
  return (schedules?.channels ?? []).filter((c) => {
    const appliesTo = own(c, 'appliesTo'); // own: bundled data is plain JSON
    return appliesTo === undefined || appliesTo.includes(planId);
  });
}

const MD_RE = /^(\d{2})-(\d{2})$/;

function parseMonthDay(input: unknown, path: ErrorPath): MonthDay {
  const m = typeof input === 'string' ? MD_RE.exec(input) : null;
  if (!m) throw new InvalidInputError(path, 'Expected a day of the year MM-DD', { value: input });
  const month = Number(m[1]);
  const day = Number(m[2]);
  // Checked against a leap year, so that 02-29 is accepted.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) {
    throw new InvalidInputError(path, `Not a day of the year: ${JSON.stringify(input)}`, { value: input });
  }
  return { month, day };
}

/** A query's 年末年始 span when it gives one (`null`: none). Apart from compile, which a plain query runs without it. */
function yearEndOf(value: YearEndSpan | null): CompiledSchedule['yearEnd'] {
  if (value === null) return null;
  if (typeof value !== 'object') throw new InvalidInputError(['yearEnd'], 'Expected { start: MM-DD, end: MM-DD } or null', { value });
  return { start: parseMonthDay(value.start, ['yearEnd', 'start']), end: parseMonthDay(value.end, ['yearEnd', 'end']) };
}

/** Closures (epoch days, inclusive) as sorted spans, overlapping or touching ones merged. */
function mergedSpans(closures: readonly { readonly startDay: number; readonly endDay: number }[]): { starts: Float64Array; ends: Float64Array } {
  const sorted = [...closures].sort((a, b) => a.startDay - b.startDay);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && c.startDay <= ends[last]! + 1) {
      if (c.endDay > ends[last]!) ends[last] = c.endDay;
    } else {
      starts.push(c.startDay);
      ends.push(c.endDay);
    }
  }
  return { starts: Float64Array.from(starts), ends: Float64Array.from(ends) };
}

/** Marks in `out` (index 0 = the month's first day) the days of a month that a span covers; the rest 0. */
function markClosed(spans: { readonly starts: Float64Array; readonly ends: Float64Array }, monthFirst: number, monthLength: number, out: Uint8Array): void {
  out.fill(0);
  const monthLast = monthFirst + monthLength - 1;
  const { starts, ends } = spans;
  // The first span that ends on or after the month's first day.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < monthFirst) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < starts.length && starts[k]! <= monthLast; k++) {
    const from = Math.max(starts[k]!, monthFirst) - monthFirst;
    const to = Math.min(ends[k]!, monthLast) - monthFirst;
    out.fill(1, from, to + 1);
  }
}

/** A query's company closures as epoch days. */
function closuresOf(list: readonly CompanyClosure[]): { startDay: number; endDay: number; name: string }[] {
  return list.map((c: unknown, i) => {
    if (c === null || typeof c !== 'object') throw new InvalidInputError(['closures', i], 'Expected { start, end, name? }', { value: c });
    const { start, end, name } = c as { start?: unknown; end?: unknown; name?: unknown };
    const startDay = parseIsoDateFast(start, ['closures', i, 'start']);
    const endDay = parseIsoDateFast(end, ['closures', i, 'end']);
    if (endDay < startDay) throw new ConflictError(['closures', i, 'end'], `Closure ends (${String(end)}) before it starts (${String(start)})`, { start, end });
    if (name !== undefined && typeof name !== 'string') throw new InvalidInputError(['closures', i, 'name'], 'Expected a name string', { value: name });
    return { startDay, endDay, name: (name as string | undefined) ?? '当社の休業日' };
  });
}

function compile(query: ScheduleQuery, cat: Catalog): CompiledSchedule {
  const resolved = resolveChannel(query, cat);
  // Without overrides or a law, the bundled law's table (the same memo entry) without reading an options record.
  const table =
    query.holidayOverrides === undefined && query.holidayLaw === undefined
      ? tableOf(undefined)
      : tableOf({ holidayOverrides: query.holidayOverrides, holidayLaw: query.holidayLaw ?? bundledHolidayLaw });
  const law = table.law;

  const yearEnd = query.yearEnd === undefined ? law.fixture.yearEndDefault : yearEndOf(query.yearEnd);
  const closures = query.closures === undefined ? [] : closuresOf(query.closures);

  const heijitsu = query.heijitsu ?? 'excludes-holidays';
  if (heijitsu !== 'excludes-holidays' && heijitsu !== 'includes-holidays' && heijitsu !== 'excludes-holidays-and-year-end') {
    throw new InvalidInputError(['heijitsu'], "Expected 'excludes-holidays', 'includes-holidays' or 'excludes-holidays-and-year-end'", { value: heijitsu });
  }

  const hours = resolved.hours;
  const known = own(resolved.channel, 'knownFrom') ?? own(resolved.hoursChannel, 'knownFrom');
  const knownFromDay = known ? parseIsoDateFast(known.date, ['knownFrom']) : -Infinity;
  const firstDay = table.firstDay;
  const lastDay = table.lastDay;
  const size = lastDay - firstDay + 1;
  const days = new Uint8Array(size);
  let starts = new Int32Array(0);
  let ends = new Int32Array(0);
  const closedOn: ClosedDayRule['kind'][] = [];
  let mode: CompiledSchedule['mode'];
  let fillMonthOf = (index: number): number => days[index]!;

  if (hours.kind === 'always') {
    mode = 'always';
    days.fill(DAY_ALL_DAY);
  } else if (hours.kind === 'windows') {
    mode = 'windows';
    for (const r of hours.closedOn) if (!closedOn.includes(r.kind)) closedOn.push(r.kind);
    if (own(hours, 'heijitsu')) {
      if (heijitsu !== 'includes-holidays' && !closedOn.includes('national-holidays')) closedOn.push('national-holidays');
      if (heijitsu === 'excludes-holidays-and-year-end' && !closedOn.includes('year-end')) closedOn.push('year-end');
    }
    const sorted = [...hours.windows].sort((a, b) => (a.start < b.start ? -1 : 1));
    starts = Int32Array.from(sorted.map((w) => minutesOf(w.start)));
    ends = Int32Array.from(sorted.map((w) => minutesOf(w.end)));
    const weekdays = new Set(hours.weekdays);
    const holidays = closedOn.includes('national-holidays');
    const useYearEnd = closedOn.includes('year-end') && yearEnd !== null;
    const useClosures = closedOn.includes('company-closures') && closures.length > 0;
    // The closures as sorted, merged spans of days: a month finds those that meet it by binary search (a query of
    // 100,000 closures once tested each closure on each day filled, seconds for a search across years).
    const spans = useClosures ? mergedSpans(closures) : { starts: new Float64Array(0), ends: new Float64Array(0) };
    const closedInMonth = new Uint8Array(31);
    // The days are computed a month at a time, when a day of that month is first read (DAY_PENDING until
    // then): the first calendar call of a plan costs one month, not 130 years. Within the month, one pass with
    // the weekday and the day of the month carried along (no per-day date conversion).
    const openOnWeekday = new Uint8Array(8);
    for (const w of weekdays) openOnWeekday[w] = 1;
    const { yearStart } = table;
    days.fill(DAY_PENDING);
    fillMonthOf = (index: number): number => {
      const y = table.yearOf(index);
      const year = table.law.fromYear + y;
      let from = yearStart[y]!;
      let month = 1;
      let monthLength = daysInMonth(year, 1);
      while (index >= from + monthLength) {
        from += monthLength;
        monthLength = daysInMonth(year, ++month);
      }
      let weekday = isoDayOfWeek(firstDay + from);
      if (useClosures) markClosed(spans, firstDay + from, monthLength, closedInMonth);
      for (let dom = 1, i = from; dom <= monthLength; dom++, i++) {
        let open = openOnWeekday[weekday] === 1;
        if (open && holidays && table.code(i) !== 0) open = false;
        if (open && useYearEnd && inYearEndSpan(month, dom, yearEnd!.start, yearEnd!.end)) open = false;
        if (open && useClosures && closedInMonth[dom - 1] === 1) open = false;
        days[i] = firstDay + i < knownFromDay ? DAY_UNKNOWN : open ? DAY_WINDOWS : DAY_CLOSED;
        weekday = weekday === 7 ? 1 : weekday + 1;
      }
      return days[index]!;
    };
  } else if (hours.kind === 'days-only') {
    mode = 'unknown';
    days.fill(DAY_SERVICE_HOURS_UNKNOWN);
  } else {
    mode = 'unknown';
    days.fill(DAY_UNKNOWN);
  }
  if (knownFromDay > firstDay) days.fill(DAY_UNKNOWN, 0, Math.min(size, knownFromDay - firstDay));

  return Object.freeze({
    resolved,
    table,
    yearEnd,
    closures: Object.freeze(closures),
    heijitsu,
    closedOn: Object.freeze(closedOn),
    mode,
    firstDay,
    lastDay,
    days,
    starts,
    ends,
    minuteMasks: minuteMasksOf(starts, ends),
    knownFromDay,
    fill: fillMonthOf,
  });
}

function minuteMasksOf(starts: Int32Array, ends: Int32Array): Int32Array {
  const masks = new Int32Array(5 * MASK_WORDS);
  // A window sets its minutes a word at a time: the bits from `m` to the end of its word or of the window.
  const base = DAY_WINDOWS * MASK_WORDS;
  for (let k = 0; k < starts.length; k++) {
    const end = ends[k]!;
    for (let m = starts[k]!; m < end; ) {
      const bit = m & 31;
      const n = Math.min(32 - bit, end - m);
      masks[base + (m >> 5)]! |= n === 32 ? -1 : ((1 << n) - 1) << bit;
      m += n;
    }
  }
  // Open all day: every minute (MASK_WORDS * 32 = 1440).
  masks.fill(-1, DAY_ALL_DAY * MASK_WORDS, (DAY_ALL_DAY + 1) * MASK_WORDS);
  return masks;
}

/** Minutes since midnight of `HH:MM` (`24:00` = 1440). */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * Status of an epoch day (DAY_* code). Days outside the holiday table are answered for `always`
 * and `unknown` schedules; a windowed schedule there is out of range.
 * @throws {OutOfRangeError} a windowed schedule on a day outside the covered years
 */
export function dayStatus(c: CompiledSchedule, day: number, path: ErrorPath): number {
  const i = day - c.firstDay;
  if (i >= 0 && day <= c.lastDay) return c.days[i] === DAY_PENDING ? c.fill(i) : c.days[i]!;
  if (day < c.knownFromDay) return DAY_UNKNOWN;
  if (c.mode === 'always') return DAY_ALL_DAY;
  if (c.mode === 'unknown') return c.resolved.hours.kind === 'days-only' ? DAY_SERVICE_HOURS_UNKNOWN : DAY_UNKNOWN;
  const law = c.table.law;
  throw new OutOfRangeError(path, `Service days depend on holidays, which are computed for ${law.fromYear}–${law.toYear} only: ${formatIsoDate(day)} is outside`, {
    value: formatIsoDate(day),
    fromYear: law.fromYear,
    toYear: law.toYear,
  });
}
