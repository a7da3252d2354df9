/**
 * The compact form of the postal-code table (src/postal/postal-data.json), about half the size of the plain
 * groups it encodes, decoded one group at a time, exactly (test/area/postal.test.ts checks every code).
 *
 * The plain form (scripts/build-postal.ts) is one string per 5-digit code: the zip5 row's tokens, then for each
 * 7-digit code under it `#`, its last two digits and its tokens; tokens are joined by `~`, `@NNNNN` sets the
 * municipality, anything else is a 町域 name. The compact form keeps that structure and shortens its parts:
 *
 * - `z` is every group in order, each `|` + its five digits + its encoded text;
 * - a 7-digit code one more than the previous in its group (the first: `00`) is written `#` alone, any other
 *   `%` + its two digits;
 * - `@` + two symbols: the municipality at that index of `m` (five digits each);
 * - a name that begins like the previous name of its group: `^` + one symbol (how many characters it shares)
 *   before the rest;
 * - each character of a name is one symbol (the most frequent) or two (a lead symbol and a second), as listed
 *   in `c`: its first `one` characters have one symbol each, the rest two, in order.
 *
 * Symbols are the printable ASCII characters that need no escape in JSON and have no role above ({@link SYMBOLS}).
 */

/** The 86 symbols, in order: printable ASCII without `"`, `\`, `#`, `%`, `~`, `@`, `^`, `|`. */
export const SYMBOLS = "!$&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_`abcdefghijklmnopqrstuvwxyz{}";

/** The compact table, as src/postal/postal-data.json holds it beside `dataset`. */
export interface PostalCodecTable {
  /** Characters of the names, most frequent first. */
  readonly c: string;
  /** How many of `c` have one symbol. */
  readonly one: number;
  /** 5-digit municipality codes, concatenated. */
  readonly m: string;
  /** The groups. */
  readonly z: string;
}

const N = 86;

/** Encodes the plain groups (zip5 → group text); the inverse of {@link decodePostalGroup}. */
export function encodePostalGroups(groups: Readonly<Record<string, string>>, oneSymbolChars?: number): PostalCodecTable {
  const zip5s = Object.keys(groups).sort();
  const freq = new Map<string, number>();
  const cities = new Map<string, number>();
  const names = (group: string) =>
    group
      .split('#')
      .map((p, i) => (i === 0 ? p : p.slice(2)))
      .flatMap((p) => (p === '' ? [] : p.split('~')));
  for (const z5 of zip5s) {
    let prev = '';
    for (const t of names(groups[z5]!)) {
      if (t.startsWith('@')) {
        if (!cities.has(t.slice(1))) cities.set(t.slice(1), cities.size);
        continue;
      }
      for (const ch of t.slice(shared(prev, t))) {
        if (ch.length !== 1) throw new Error(`postal codec: a character outside the BMP in ${t}`);
        freq.set(ch, (freq.get(ch) ?? 0) + 1);
      }
      if (t !== '') prev = t;
    }
  }
  const chars = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ch]) => ch);
  // By default as many one-symbol characters as leave enough lead symbols for the rest: 57 of the 2,537 characters
  // (the table is 7.5 KB smaller than with 50).
  let one = Math.min(oneSymbolChars ?? N, chars.length);
  if (oneSymbolChars === undefined) while (one > 0 && one + (N - one) * N < chars.length) one--;
  if (one + (N - one) * N < chars.length) throw new Error(`postal codec: ${chars.length} characters do not fit ${one} one-symbol codes`);
  if (cities.size > N * N) throw new Error(`postal codec: ${cities.size} municipalities do not fit two symbols`);
  const code = new Map<string, string>();
  chars.forEach((ch, i) => code.set(ch, i < one ? SYMBOLS[i]! : SYMBOLS[one + Math.floor((i - one) / N)]! + SYMBOLS[(i - one) % N]!));
  const cityCode = (c: string) => {
    const i = cities.get(c)!;
    return SYMBOLS[Math.floor(i / N)]! + SYMBOLS[i % N]!;
  };
  let z = '';
  for (const z5 of zip5s) {
    if (!/^\d{5}$/.test(z5)) throw new Error(`postal codec: bad zip5 ${z5}`);
    z += `|${z5}`;
    let prevName = '';
    let prevCode = -1;
    const tokens = (part: string) => {
      if (part === '') return '';
      return part
        .split('~')
        .map((t) => {
          if (t.startsWith('@')) {
            if (!/^@\d{5}$/.test(t)) throw new Error(`postal codec: bad municipality token ${t}`);
            return `@${cityCode(t.slice(1))}`;
          }
          const n = Math.min(shared(prevName, t), N);
          if (t !== '') prevName = t;
          let s = n > 0 ? `^${SYMBOLS[n - 1]!}` : '';
          for (const ch of t.slice(n)) s += code.get(ch)!;
          return s;
        })
        .join('~');
    };
    groups[z5]!.split('#').forEach((part, i) => {
      if (i === 0) {
        z += tokens(part);
        return;
      }
      const c = Number(part.slice(0, 2));
      if (!/^\d\d/.test(part)) throw new Error(`postal codec: bad zip7 row in ${z5}`);
      z += c === prevCode + 1 ? '#' : `%${part.slice(0, 2)}`;
      prevCode = c;
      z += tokens(part.slice(2));
    });
  }
  return { c: chars.join(''), one, m: [...cities.keys()].join(''), z };
}

/** How many leading characters `b` shares with `a` (the names are all in the BMP: the encoder checks). */
function shared(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Where each group's text starts and ends in `z`, by 5-digit code. */
export function postalGroupIndex(table: PostalCodecTable): ReadonlyMap<string, readonly [number, number]> {
  const index = new Map<string, readonly [number, number]>();
  const z = table.z;
  let at = z.indexOf('|');
  while (at >= 0) {
    const next = z.indexOf('|', at + 6);
    index.set(z.slice(at + 1, at + 6), [at + 6, next < 0 ? z.length : next]);
    at = next;
  }
  return index;
}

/** The plain text of one group (the text between `start` and `end` of `z`, as {@link postalGroupIndex} gives). */
export function decodePostalGroup(table: PostalCodecTable, start: number, end: number): string {
  const { z, c, one, m } = table;
  const symbol = (ch: string) => SYMBOLS.indexOf(ch);
  let out = '';
  let prevName = '';
  let name: string | undefined;
  let prevCode = -1;
  const endName = () => {
    if (name !== undefined) {
      prevName = name;
      out += name;
      name = undefined;
    }
  };
  let i = start;
  while (i < end) {
    const ch = z[i]!;
    if (ch === '#' || ch === '%') {
      endName();
      if (ch === '#') {
        prevCode++;
        i++;
      } else {
        prevCode = Number(z.slice(i + 1, i + 3));
        i += 3;
      }
      out += `#${String(prevCode).padStart(2, '0')}`;
    } else if (ch === '~') {
      endName();
      out += '~';
      i++;
    } else if (ch === '@') {
      endName();
      const k = symbol(z[i + 1]!) * N + symbol(z[i + 2]!);
      out += `@${m.slice(k * 5, k * 5 + 5)}`;
      i += 3;
    } else if (ch === '^') {
      name = prevName.slice(0, symbol(z[i + 1]!) + 1);
      i += 2;
    } else {
      const s = symbol(ch);
      if (s < one) {
        name = (name ?? '') + c[s]!;
        i++;
      } else {
        name = (name ?? '') + c[one + (s - one) * N + symbol(z[i + 1]!)]!;
        i += 2;
      }
    }
  }
  endName();
  return out;
}
