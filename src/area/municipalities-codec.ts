/**
 * A compact form of the municipality table for the generated data module (src/area/municipalities.data.ts):
 * records grouped by prefecture, column by column, codes as differences of their 5-digit form (the check
 * digit is recomputed), readings with each hiragana as one ASCII character and without the usual reading of a
 * final 市, 区, 町 or 村 (see {@link SUFFIX}), a prefecture's names and readings one string, `name|reading|name|…`.
 * A ward's row after its city's (`札幌市 中央区` after `札幌市`) leaves out the city's name and reading (` 中央区`).
 * About 40 % smaller gzipped than the plain JSON. The generator
 * encodes only when decoding gives back exactly the validated fixture (same values, same key order) and the codes
 * increase; otherwise it writes the plain JSON. test/package/generated-data.test.ts checks the decoded module
 * against the fixture.
 *
 * The area index reads the columns as they are ({@link decodeColumns}): a split per prefecture, no JSON text to parse,
 * and each municipality's record made only when a call reaches it (src/area/municipality-table.ts).
 */
import { municipalityCheckDigit } from './code.js';
import type { MunicipalitiesFixture } from './schema.js';

/** The compact form: the fixture's other fields as they are, and `municipalities` replaced by `byPrefecture`. */
export interface CompactMunicipalities {
  readonly $schema?: string;
  readonly dataset: MunicipalitiesFixture['dataset'];
  /** `[prefecture, code5 differences, names and stored readings]` per run of one prefecture, in table order; `name|reading|name|…`. */
  readonly byPrefecture: ReadonlyArray<readonly [string, readonly number[], string]>;
}

/** Joins a run's names and readings (none holds it: the encoder declines otherwise). */
const SEP = '|';

/**
 * The reading a final 市, 区, 町 or 村 usually has (packed, see packKana), then the other one: a stored reading leaves
 * it out, or ends in `!` for the other, or in `}` when it ends in neither (a name ending otherwise keeps its reading).
 */
const SUFFIX: Readonly<Record<string, readonly string[]>> = { 市: ['9'], 区: ['1'], 町: ['Ci(', '`C'], 村: ['bk', '?u'] };
const OTHER = 0x21; // !
const NEITHER = 0x7d; // }

/** Readings are hiragana: each of U+3041–U+3096 is stored as one ASCII character from `#`, anything else as `~` and itself. */
const HIRAGANA_FIRST = 0x3041;
const HIRAGANA_LAST = 0x3096;
const ASCII_FIRST = 0x23;

function packKana(kana: string): string {
  let out = '';
  for (const c of kana) {
    const x = c.charCodeAt(0);
    out += x >= HIRAGANA_FIRST && x <= HIRAGANA_LAST ? String.fromCharCode(ASCII_FIRST + x - HIRAGANA_FIRST) : `~${c}`;
  }
  return out;
}

const TILDE = 0x7e;
/** Scratch buffer of char codes (one reading at a time; a reading is a few dozen characters at most). */
const units: number[] = [];

/** The packed reading of a name from its stored form (see {@link SUFFIX}). */
export function storedKana(name: string, stored: string): string {
  const options = SUFFIX[name[name.length - 1]!];
  if (options === undefined) return stored;
  const mark = stored.charCodeAt(stored.length - 1);
  return mark === NEITHER ? stored.slice(0, -1) : mark === OTHER ? stored.slice(0, -1) + options[1] : stored + options[0];
}

function storeKana(name: string, packed: string): string {
  const options = SUFFIX[name[name.length - 1]!];
  if (options === undefined) return packed;
  if (packed.endsWith(options[0]!)) return packed.slice(0, -options[0]!.length);
  return packed.endsWith(options[1]!) ? `${packed.slice(0, -options[1]!.length)}!` : `${packed}}`;
}

export function unpackKana(packed: string): string {
  units.length = 0;
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    units.push(c === TILDE ? packed.charCodeAt(++i) : HIRAGANA_FIRST + c - ASCII_FIRST);
  }
  return String.fromCharCode.apply(null, units);
}

/** The 6-digit code of a 5-digit code number: the check digit of {@link municipalityCheckDigit}, computed on the number. */
export function code6(code5: number): string {
  let sum = 0;
  let rest = code5;
  for (let weight = 2; weight <= 6; weight++) {
    sum += (rest % 10) * weight;
    rest = Math.floor(rest / 10);
  }
  return String(code5 * 10 + ((11 - (sum % 11)) % 10)).padStart(6, '0');
}

/** The fixture again, in the schema's key order. */
export function decodeMunicipalities(compact: CompactMunicipalities): MunicipalitiesFixture {
  const c = decodeColumns(compact);
  const municipalities = c.names.map((name, i) => ({ code: code6(c.code5[i]!), prefecture: c.prefectures[c.run[i]!]!, name, kana: unpackKana(storedKana(name, c.storedKanas[i]!)) }));
  const out: { $schema?: string; dataset: MunicipalitiesFixture['dataset']; municipalities: typeof municipalities } = {} as never;
  if (compact.$schema !== undefined) out.$schema = compact.$schema;
  out.dataset = compact.dataset;
  out.municipalities = municipalities;
  return out as MunicipalitiesFixture;
}

/** The compact form of a validated fixture, or undefined when decoding would not give it back exactly. */
export function encodeMunicipalities(fixture: MunicipalitiesFixture): CompactMunicipalities | undefined {
  const keys = Object.keys(fixture).join();
  if (keys !== 'dataset,municipalities' && keys !== '$schema,dataset,municipalities') return undefined;
  const runs: Array<[string, number[], string[]]> = [];
  let previous = 0;
  let city = '';
  let cityPacked = '';
  for (const r of fixture.municipalities) {
    if (Object.keys(r).join() !== 'code,prefecture,name,kana') return undefined;
    let run = runs[runs.length - 1];
    if (!run || run[0] !== r.prefecture) {
      run = [r.prefecture, [], []];
      runs.push(run);
      city = '';
    }
    const code5 = Number(r.code.slice(0, 5));
    // Increasing codes (the look-up by code searches them); names and readings free of the separator and the marks.
    const packed = packKana(r.kana);
    if (code5 <= previous || /^$|^ |\|/.test(r.name) || /[|!}]/.test(packed)) return undefined;
    run[1].push(code5 - previous);
    const stored = storeKana(r.name, packed);
    const space = r.name.indexOf(' ');
    if (space > 0 && r.name.slice(0, space) === city && stored.startsWith(`${cityPacked}~ `)) {
      // A ward after its city: the city's name and reading left out.
      run[2].push(r.name.slice(space), stored.slice(cityPacked.length));
    } else {
      run[2].push(r.name, stored);
      city = r.name;
      cityPacked = packed;
    }
    previous = code5;
  }
  if (runs.length > 255) return undefined; // a run's number is a byte
  const byPrefecture = runs.map(([p, deltas, cells]) => [p, deltas, cells.join(SEP)] as const);
  const compact: CompactMunicipalities = fixture.$schema === undefined ? { dataset: fixture.dataset, byPrefecture } : { $schema: fixture.$schema, dataset: fixture.dataset, byPrefecture };
  return JSON.stringify(decodeMunicipalities(compact)) === JSON.stringify(fixture) ? compact : undefined;
}

/**
 * The columns of the compact form, one entry per municipality in table order: the 5-digit code numbers (increasing),
 * the run (prefecture) of each, the names as stored (`札幌市 中央区`) and the readings as stored (see {@link storedKana}).
 */
export interface MunicipalityColumns {
  readonly prefectures: readonly string[];
  readonly run: Uint8Array;
  readonly code5: Int32Array;
  readonly names: readonly string[];
  readonly storedKanas: readonly string[];
}

/** The columns of a compact form: a split of each run's names and readings, and the codes added up. */
export function decodeColumns(compact: CompactMunicipalities): MunicipalityColumns {
  const prefectures: string[] = [];
  const names: string[] = [];
  const storedKanas: string[] = [];
  let count = 0;
  for (const r of compact.byPrefecture) count += r[1].length;
  const run = new Uint8Array(count);
  const code5 = new Int32Array(count);
  let row = 0;
  let code = 0;
  for (let p = 0; p < compact.byPrefecture.length; p++) {
    const [prefecture, deltas, joined] = compact.byPrefecture[p]!;
    prefectures.push(prefecture);
    const cells = joined.split(SEP);
    let city = '';
    let cityStored = '';
    let cityPacked: string | undefined;
    for (let i = 0; i < cells.length; i += 2) {
      const name = cells[i]!;
      if (name.charCodeAt(0) === 32) {
        // A ward after its city (` 中央区`): the city's name and reading go in front.
        cityPacked ??= storedKana(city, cityStored);
        names.push(city + name);
        storedKanas.push(cityPacked + cells[i + 1]!);
      } else {
        names.push((city = name));
        storedKanas.push((cityStored = cells[i + 1]!));
        cityPacked = undefined;
      }
    }
    for (let i = 0; i < deltas.length; i++) {
      code += deltas[i]!;
      code5[row] = code;
      run[row++] = p;
    }
  }
  return { prefectures, run, code5, names, storedKanas };
}
