/**
 * Start-up: what importing the package costs a fresh process. Needs `npm run build` (it measures dist/).
 * Each figure is the median of ROUNDS fresh processes, each paired with a bare `node -e 0` run just before
 * it (the figure is the difference), rounds interleaved across the cases:
 * - import time of the root (ESM and CommonJS) and of each subpath (ESM), imported as users do, through package.json
 *   "exports" (in Node: the modules over the CommonJS build, scripts/esm-node.ts), and of the ES module build's root
 *   and `/tax` files (what bundlers take);
 * - the first calls of `isOpen` and `classifyArea` through the root, whose functions load their capability then;
 * - first-call set-up of each capability: the first call after import, timed inside the process (it builds
 *   the capability's data and indexes on first use), beside a second identical call;
 * - heap used after importing the root, over a bare process (both after a full GC);
 * - the gzipped size of a minified esbuild bundle per capability and of the whole library (deterministic;
 *   test/package/bundle-size.test.ts holds them under the goals).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCases, bundleSize } from '../scripts/bundle-size.js';
import { packageEntries } from '../scripts/entries.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.STARTUP_ROUNDS ?? 15);

interface Case {
  readonly label: string;
  readonly args: readonly string[];
  /** The process prints a JSON line of in-process figures (first-call ms) when set. */
  readonly reports?: boolean;
}

const dist = (name: string, ext: string) => join(root, 'dist', `${name}.${ext}`);
/** The specifier of an entry (`index` → `support-contract-rules`, `tax` → `support-contract-rules/tax`). */
const specifier = (name: string) => (name === 'index' ? 'support-contract-rules' : `support-contract-rules/${name}`);
/**
 * Imports an entry as a user does, through package.json "exports" (the package resolves itself from the repository):
 * in Node, the `node-addons` condition's module over the CommonJS build (scripts/esm-node.ts).
 */
const esm = (name: string, body = '') => ['--input-type=module', '-e', `import * as m from ${JSON.stringify(specifier(name))};${body}`];
/** Imports the ES module build's file (what bundlers, and Node with --no-addons, take). */
const esmBuild = (name: string) => ['--input-type=module', '-e', `import * as m from ${JSON.stringify(dist(name, 'js'))};`];

/** A first call of each capability, timed in the process: set-up (first) and steady (second) ms. */
const firstCalls: Array<{ capability: string; entry: string; call: string }> = [
  { capability: 'tax', entry: 'tax', call: "m.convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' })" },
  { capability: 'calendar isHoliday', entry: 'calendar', call: "m.isHoliday('2026-11-23')" },
  { capability: 'calendar isOpen', entry: 'calendar', call: "m.isOpen({ planId: 'itss-light-anshin-1', channel: 'support', at: '2026-11-21T17:59' })" },
  { capability: 'areas classifyArea', entry: 'areas', call: "m.classifyArea({ address: '東京都新島村', on: '2026-11-22' })" },
  { capability: 'billing monthlyInvoice', entry: 'billing', call: "m.monthlyInvoice({ contract: { planId: 'itss-light-anshin-1', start: '2025-04-10' }, month: '2026-11' })" },
  { capability: 'quota evaluateQuota', entry: 'quota', call: "m.evaluateQuota({ contract: { planId: 'oas-plan-b' }, month: '2026-11', events: [] })" },
  { capability: 'loaner checkLoaner', entry: 'loaner', call: "m.checkLoaner({ contract: { planId: 'oas-plan-a' }, request: { deviceType: 'pc', os: 'windows', arrivalDate: '2026-11-24' }, diagnosis: { channel: 'remote', deviceFailure: true }, activeLoans: [], deliveryAddress: { isContractorAddress: true } })" },
  { capability: 'incidents incidentStatus', entry: 'incidents', call: "m.incidentStatus({ events: [{ type: 'accepted', at: '2026-11-20T10:00' }, { type: 'support-reply', at: '2026-11-20T11:00' }], at: '2026-11-20T12:00' })" },
  { capability: 'scope checkSupportScope', entry: 'scope', call: "m.checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'software', name: 'Outlook', version: '2010' } })" },
  { capability: 'catalog findPlan', entry: 'catalog', call: "m.findPlan({ name: 'プランA' })" },
];
const timed = (call: string) =>
  `const { performance: p } = await import('node:perf_hooks'); let t = p.now(); ${call}; const first = p.now() - t; t = p.now(); ${call}; const second = p.now() - t; console.log(JSON.stringify({ first, second }));`;

/** The first calls through the root: its functions load their capability's module on their first call. */
const firstCallsFromRoot = firstCalls.filter((f) => f.capability === 'calendar isOpen' || f.capability === 'areas classifyArea');

const cases: Case[] = [
  { label: "require('support-contract-rules')", args: ['-e', `require(${JSON.stringify(dist('index', 'cjs'))})`] },
  // Node's own cost of an ES module importing a module (its ES module loader resolving and linking an import), paid by
  // every `import` row below: for reference. (`-e ';'` with no import costs what `node -e 0` does: 514.5 M
  // instructions both; importing an empty data: module 525.8 M.)
  { label: 'an ES module importing an empty module', args: ['--input-type=module', '-e', "import 'data:text/javascript,';"] },
  ...packageEntries.map((e) => ({ label: `import '${specifier(e.name)}'`, args: esm(e.name) })),
  { label: 'import dist/index.js (ES module build)', args: esmBuild('index') },
  { label: 'import dist/tax.js (ES module build)', args: esmBuild('tax') },
  ...firstCalls.map((f) => ({ label: `first call: ${f.capability}`, args: esm(f.entry, timed(f.call)), reports: true })),
  ...firstCallsFromRoot.map((f) => ({ label: `first call from the root: ${f.capability.split(' ')[1]}`, args: esm('index', timed(f.call)), reports: true })),
];

function spawnNode(args: readonly string[]): { ms: number; stdout: string } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${r.stderr}`);
  return { ms, stdout: r.stdout };
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function heapAfterImport(): { heap: number; rss: number } {
  const probe = (importer: string) =>
    JSON.parse(
      spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', `${importer} globalThis.gc(); globalThis.gc(); const u = process.memoryUsage(); console.log(JSON.stringify({ heap: u.heapUsed, rss: u.rss }));`], { encoding: 'utf8', cwd: root }).stdout,
    ) as { heap: number; rss: number };
  const bare: Array<{ heap: number; rss: number }> = [];
  const lib: Array<{ heap: number; rss: number }> = [];
  for (let i = 0; i < 5; i++) {
    bare.push(probe(''));
    lib.push(probe(`await import('support-contract-rules');`));
  }
  return { heap: median(lib.map((x) => x.heap)) - median(bare.map((x) => x.heap)), rss: median(lib.map((x) => x.rss)) - median(bare.map((x) => x.rss)) };
}

export async function run(): Promise<void> {
  if (!existsSync(dist('index', 'js'))) {
    console.log('start-up: dist/ is missing; run `npm run build` first');
    return;
  }
  const over: number[][] = cases.map(() => []);
  const inside: Array<Array<{ first: number; second: number }>> = cases.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    cases.forEach((c, i) => {
      const bare = spawnNode(['-e', '0']).ms;
      const m = spawnNode(c.args);
      over[i]!.push(m.ms - bare);
      if (c.reports) inside[i]!.push(JSON.parse(m.stdout.trim().split('\n').pop()!) as { first: number; second: number });
    });
  }
  console.log(`start-up (median of ${ROUNDS} fresh processes, each minus a paired \`node -e 0\`; node ${process.version})`);
  cases.forEach((c, i) => {
    let line = `${c.label.padEnd(44)} +${median(over[i]!).toFixed(1).padStart(6)} ms over node`;
    if (c.reports) line += `   first call ${median(inside[i]!.map((x) => x.first)).toFixed(2)} ms, second ${median(inside[i]!.map((x) => x.second)).toFixed(3)} ms`;
    console.log(line);
  });
  const emptyEsm = cases.findIndex((c) => c.label === 'an ES module importing an empty module');
  const rootEsm = cases.findIndex((c) => c.label === "import 'support-contract-rules'");
  console.log(`${"import 'support-contract-rules' over it".padEnd(44)} +${(median(over[rootEsm]!) - median(over[emptyEsm]!)).toFixed(1).padStart(6)} ms (the package's own share)`);
  const h = heapAfterImport();
  console.log(`${'heap after importing the root'.padEnd(44)} +${(h.heap / 2 ** 20).toFixed(2)} MB over bare node (RSS +${(h.rss / 2 ** 20).toFixed(1)} MB)`);
  console.log('bundle sizes (esbuild, ESM, browser, minified, gzip -9):');
  for (const c of bundleCases()) {
    const s = await bundleSize(c.contents);
    const goal = c.goalBytes ?? c.limitBytes;
    const verdict = s.gzipped <= goal ? 'met' : 'NOT met';
    const ceiling = c.goalBytes === undefined ? '' : `; CI ceiling ${c.limitBytes / 1024} KB`;
    console.log(`${c.label.padEnd(50)} ${(s.gzipped / 1024).toFixed(1).padStart(6)} KB gzip (${(s.minified / 1024).toFixed(1)} KB minified; goal ≤ ${goal / 1024} KB: ${verdict}${ceiling})`);
  }
}
