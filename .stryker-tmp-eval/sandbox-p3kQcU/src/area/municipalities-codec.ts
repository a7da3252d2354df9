/**
 * A compact form of the municipality table for the generated data module (src/area/municipalities.data.ts):
 * records grouped by prefecture, column by column, codes as differences of their 5-digit form (the check
 * digit is recomputed), readings with each hiragana as one ASCII character. About a third smaller gzipped than the plain JSON. The generator encodes only when
 * decoding gives back exactly the validated fixture (same values, same key order); otherwise it writes the
 * plain JSON. test/package/generated-data.test.ts checks the decoded module against the fixture.
 */
// @ts-nocheck

import { municipalityCheckDigit } from './code.js';
import type { MunicipalitiesFixture } from './schema.js';

/** The compact form: the fixture's other fields as they are, and `municipalities` replaced by `byPrefecture`. */
export interface CompactMunicipalities {
  readonly $schema?: string;
  readonly dataset: MunicipalitiesFixture['dataset'];
  /** `[prefecture, code5 differences, names, packed readings]` per run of one prefecture, in table order. */
  readonly byPrefecture: ReadonlyArray<readonly [string, readonly number[], readonly string[], readonly string[]]>;
}

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

function unpackKana(packed: string): string {
  units.length = 0;
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    units.push(c === TILDE ? packed.charCodeAt(++i) : HIRAGANA_FIRST + c - ASCII_FIRST);
  }
  return String.fromCharCode.apply(null, units);
}

/** The 6-digit code of a 5-digit code number: the check digit of {@link municipalityCheckDigit}, computed on the number. */
function code6(code5: number): string {
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
  const municipalities: Array<MunicipalitiesFixture['municipalities'][number]> = [];
  let code5 = 0;
  for (const [prefecture, deltas, names, kanas] of compact.byPrefecture) {
    for (let i = 0; i < deltas.length; i++) {
      code5 += deltas[i]!;
      municipalities.push({ code: code6(code5), prefecture, name: names[i]!, kana: unpackKana(kanas[i]!) });
    }
  }
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
  const byPrefecture: Array<[string, number[], string[], string[]]> = [];
  let previous = 0;
  for (const r of fixture.municipalities) {
    if (Object.keys(r).join() !== 'code,prefecture,name,kana') return undefined;
    let run = byPrefecture[byPrefecture.length - 1];
    if (!run || run[0] !== r.prefecture) {
      run = [r.prefecture, [], [], []];
      byPrefecture.push(run);
    }
    const code5 = Number(r.code.slice(0, 5));
    run[1].push(code5 - previous);
    run[2].push(r.name);
    run[3].push(packKana(r.kana));
    previous = code5;
  }
  const compact: CompactMunicipalities = fixture.$schema === undefined ? { dataset: fixture.dataset, byPrefecture } : { $schema: fixture.$schema, dataset: fixture.dataset, byPrefecture };
  return JSON.stringify(decodeMunicipalities(compact)) === JSON.stringify(fixture) ? compact : undefined;
}
