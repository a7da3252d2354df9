import * as lib from './src/index.ts';
import { entryBasesOf } from './test/helpers/entry-bases.ts';
import { readFileSync } from 'node:fs';
const keys = [...new Set([...readFileSync('/tmp/pp/k1', 'utf8').split('\n'), ...readFileSync('/tmp/pp/k3', 'utf8').split('\n'), 'value', 'get', 'set', 'writable', 'enumerable', 'configurable', 'then', 'toJSON', 'length', 'size', 'message', 'cause'])].filter((k) => k && !Object.getOwnPropertyNames(Object.prototype).includes(k));
const only = process.argv[2] ? process.argv[2].split(',') : keys;
const P = Object.prototype as any;
const bases = entryBasesOf(lib);
const d = (v: unknown) => { const o = Object.create(null); o.value = v; o.enumerable = true; o.writable = true; o.configurable = true; return o; };
for (const k of only) Object.defineProperty(P, k, d(true));
const res: string[] = [];
try {
  for (const [name, { call, base }] of Object.entries(bases)) {
    try { call(base); res.push(name + ' ok'); } catch (e: any) { res.push(name + ' threw ' + e?.name + ' ' + String(e?.message).slice(0, 150) + ' @ ' + String(e?.stack).split('\n').slice(1, 5).map((l: string) => l.trim().replace(/\(.*\/src\//, '(')).join(' | ')); }
  }
} finally { for (const k of only) delete P[k]; }
console.log(res.filter((r) => !r.endsWith(' ok')).join('\n'));
