/**
 * The municipality table behind an area index (internal): the rows as columns (5-digit codes, prefecture runs, names
 * as stored, readings), and each row's frozen {@link Municipality} record made only when a call reaches it, then kept,
 * so every look-up hands out the same object. The bundled table is read straight from the compact columns
 * (./municipalities-codec.ts): no record, no folded name and no map is made for the whole table at first use.
 */
import { LazyMapView } from '../boundary/index.js';
import { code6, storedKana, unpackKana, type MunicipalityColumns } from './municipalities-codec.js';
import { foldUnit, placeKey, placeKeyFirstUnit } from './normalize.js';
import type { MunicipalitiesFixture } from './schema.js';
import type { Municipality } from './data.js';

const SPACE = /\s/;
const SPACES = /\s+/g;

export class MunicipalityTable {
  readonly count: number;
  /** The prefecture of each run, in table order (a prefecture may come back in a later run). */
  readonly prefectures: readonly string[];
  readonly #run: ArrayLike<number>;
  readonly #names: readonly string[];
  readonly #kanaOf: (row: number) => string;
  readonly #codeOf: (row: number) => string;
  readonly #rowOf: (code: string) => number;
  readonly #records: Array<Municipality | undefined>;
  readonly #keys: Array<string | undefined>;
  #all: readonly Municipality[] | undefined;
  #wardRows: ReadonlyArray<readonly [first: number, row: number]> | undefined;

  private constructor(
    prefectures: readonly string[],
    run: ArrayLike<number>,
    names: readonly string[],
    kanaOf: (row: number) => string,
    codeOf: (row: number) => string,
    rowOf: (code: string) => number,
  ) {
    this.count = names.length;
    this.prefectures = prefectures;
    this.#run = run;
    this.#names = names;
    this.#kanaOf = kanaOf;
    this.#codeOf = codeOf;
    this.#rowOf = rowOf;
    this.#records = new Array<Municipality | undefined>(names.length);
    this.#keys = new Array<string | undefined>(names.length);
  }

  /** The bundled table: its compact columns (codes increasing, so a code is found by binary search). */
  static fromColumns(c: MunicipalityColumns): MunicipalityTable {
    const code5 = c.code5;
    const rowOf = (code: string): number => {
      // Six ASCII digits whose last is the check digit of the first five (as code6 writes them), then a binary search.
      if (code.length !== 6) return -1;
      let n = 0;
      let sum = 0;
      for (let i = 0; i < 5; i++) {
        const d = code.charCodeAt(i) - 48;
        if (d < 0 || d > 9) return -1;
        n = n * 10 + d;
        sum += d * (6 - i);
      }
      if (code.charCodeAt(5) - 48 !== (11 - (sum % 11)) % 10) return -1;
      let lo = 0;
      let hi = code5.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const x = code5[mid]!;
        if (x < n) lo = mid + 1;
        else if (x > n) hi = mid - 1;
        else return mid;
      }
      return -1;
    };
    return new MunicipalityTable(c.prefectures, c.run, c.names, (row) => unpackKana(storedKana(c.names[row]!, c.storedKanas[row]!)), (row) => code6(code5[row]!), rowOf);
  }

  /** A validated fixture's table (a table a caller loads: codes unique, in any order). */
  static fromFixture(f: MunicipalitiesFixture): MunicipalityTable {
    const rows = f.municipalities;
    const prefectures: string[] = [];
    const run = new Int32Array(rows.length);
    const byCode = new Map<string, number>();
    rows.forEach((r, i) => {
      if (prefectures[prefectures.length - 1] !== r.prefecture) prefectures.push(r.prefecture);
      run[i] = prefectures.length - 1;
      byCode.set(r.code, i);
    });
    return new MunicipalityTable(
      prefectures,
      run,
      rows.map((r) => r.name),
      (row) => rows[row]!.kana,
      (row) => rows[row]!.code,
      (code) => byCode.get(code) ?? -1,
    );
  }

  /** The row of a 6-digit code, or -1. */
  rowOf(code: string): number {
    return typeof code === 'string' ? this.#rowOf(code) : -1;
  }

  /** The record of a row (made on first use, frozen, then the same object each time). */
  record(row: number): Municipality {
    let mun = this.#records[row];
    if (mun === undefined) {
      const code = this.#codeOf(row);
      const prefecture = this.prefectures[this.#run[row]!]!;
      const name = this.#names[row]!;
      const rawKana = this.#kanaOf(row);
      const kana = SPACE.test(rawKana) ? rawKana.replace(SPACES, '') : rawKana;
      const space = name.indexOf(' ');
      if (space > 0) {
        const city = name.slice(0, space);
        const ward = name.slice(space + 1).trim();
        mun = { code, code5: code.slice(0, 5), prefecture, name: city + ward, kana, city, ward };
      } else {
        mun = { code, code5: code.slice(0, 5), prefecture, name, kana };
      }
      Object.freeze(mun); // strings only, so frozen deeply
      this.#records[row] = mun;
    }
    return mun;
  }

  /** The folded name of a row (the name-index key), made on first use. */
  key(row: number): string {
    return (this.#keys[row] ??= placeKey(this.record(row).name));
  }

  /**
   * The rows of the wards of designated cities (a name 「city ward」) with the first unit of the ward's own folded name,
   * found on first use from the names alone (no record made): an address may name a ward without its city.
   */
  wardRows(): ReadonlyArray<readonly [first: number, row: number]> {
    if (this.#wardRows === undefined) {
      const out: Array<readonly [number, number]> = [];
      const names = this.#names;
      for (let row = 0; row < this.count; row++) {
        const space = names[row]!.indexOf(' ');
        if (space < 0) continue;
        const ward = names[row]!.slice(space + 1).trim();
        if (ward === '') continue;
        const first = placeKeyFirstUnit(ward);
        out.push([first >= 0 ? first : placeKey(ward).charCodeAt(0), row]);
      }
      this.#wardRows = Object.freeze(out);
    }
    return this.#wardRows;
  }

  /** The folded name of a ward row's ward alone (「中央区」 of 「札幌市 中央区」). */
  wardKey(row: number): string {
    const name = this.#names[row]!;
    return placeKey(name.slice(name.indexOf(' ') + 1).trim());
  }

  /** The row of the city a ward row belongs to (the row before it in the same prefecture named as its city), else -1. */
  cityRowOf(row: number): number {
    const name = this.#names[row];
    const space = name === undefined ? -1 : name.indexOf(' ');
    if (space < 0) return -1;
    const city = name!.slice(0, space);
    const run = this.#run[row];
    for (let r = row - 1; r >= 0 && this.#run[r] === run; r--) if (this.#names[r] === city) return r;
    return -1;
  }

  /** The first UTF-16 unit of a row's folded name, without folding the whole name. */
  keyFirstUnit(row: number): number {
    const k = this.#keys[row];
    if (k !== undefined) return k.charCodeAt(0);
    const first = placeKeyFirstUnit(this.#names[row]!);
    return first >= 0 ? first : this.key(row).charCodeAt(0);
  }

  /**
   * {@link keyFirstUnit} of every row (-1 for an empty name), in one pass over the names: a name whose first two
   * characters are plain kana or kanji gives its folded first unit without a call, any other its folded name's.
   */
  firstUnits(): Int32Array {
    const out = new Int32Array(this.count);
    const names = this.#names;
    for (let row = 0; row < out.length; row++) {
      const name = names[row]!;
      const c0 = name.charCodeAt(0);
      const c1 = name.length > 1 ? name.charCodeAt(1) : 0x4e00;
      // The usual name, two CJK unified ideographs but 之 and the old forms FOLD maps: its first unit, inline (a cold
      // loop over every row on the first call: no call per row); any other through placeKeyFirstUnit.
      let first = c0 >= 0x4e00 && c0 <= 0x9fff && c1 >= 0x4e00 && c1 <= 0x9fff && foldUnit(c0) === c0 ? c0 : placeKeyFirstUnit(name);
      if (first < 0) {
        const key = this.key(row);
        first = key.length > 0 ? key.charCodeAt(0) : -1;
      }
      out[row] = first;
    }
    return out;
  }

  /** Every record, in table order (made on first call). */
  all(): readonly Municipality[] {
    if (this.#all === undefined) {
      const out: Municipality[] = [];
      for (let row = 0; row < this.count; row++) out.push(this.record(row));
      this.#all = Object.freeze(out);
    }
    return this.#all;
  }
}

/**
 * A read-only map over a table's records by 6-digit code: a look-up finds the row and makes (only) its record;
 * iterating makes them all, in table order.
 */
export class MunicipalityCodeMap extends LazyMapView<string, Municipality> {
  readonly #table: MunicipalityTable;
  #full: Map<string, Municipality> | undefined;
  constructor(table: MunicipalityTable) {
    super();
    this.#table = table;
  }
  protected materialize(): Map<string, Municipality> {
    return (this.#full ??= new Map(this.#table.all().map((m) => [m.code, m] as const)));
  }
  get size(): number {
    return this.#table.count;
  }
  get(code: string): Municipality | undefined {
    const row = this.#table.rowOf(code);
    return row < 0 ? undefined : this.#table.record(row);
  }
  has(code: string): boolean {
    return this.#table.rowOf(code) >= 0;
  }
}

