/**
 * The 町域 names of Japan Post's 郵便番号データ as the postal subpath ships it (src/postal/postal-data.json, format:
 * scripts/build-postal.ts), by 5-digit municipality code: what the area tests check district lists against.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePostalGroup, postalGroupIndex, type PostalCodecTable } from '../../src/postal/codec.js';

/** 町域 names by 5-digit municipality code, as the table writes them (notes in （） included). */
export function postalTowns(): Map<string, Set<string>> {
  const table = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'postal', 'postal-data.json'), 'utf8')) as PostalCodecTable;
  const groups = [...postalGroupIndex(table).values()].map(([start, end]) => decodePostalGroup(table, start, end));
  const towns = new Map<string, Set<string>>();
  const add = (tokens: string, start: string | null): string | null => {
    let code = start;
    for (const t of tokens.split('~')) {
      if (t.startsWith('@')) code = t.slice(1);
      else if (code !== null && t !== '') {
        const set = towns.get(code) ?? new Set<string>();
        set.add(t);
        towns.set(code, set);
      }
    }
    return code;
  };
  for (const s of groups) {
    const [head, ...rest] = s.split('#');
    const base = add(head!, null);
    for (const p of rest) add(p.slice(2), base);
  }
  return towns;
}
