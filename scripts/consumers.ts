/**
 * `npm run test:consumers` (after `npm run build`): the package as a user gets it.
 *
 * 1. `npm pack`, and the tarball unpacked into `node_modules/support-contract-rules` of a temporary
 *    directory (its dependencies, decimal.js and zod, linked from this checkout's node_modules);
 * 2. type-checks test/consumers/consumer.ts (every root entry point, deliberate mistakes under
 *    `@ts-expect-error`) and a generated import of every other subpath in package.json "exports", in one
 *    project per module setting under test/consumers/ (node16 ESM, node16 CommonJS, nodenext, bundler;
 *    `skipLibCheck: false`), with this checkout's TypeScript;
 * 3. runs an ESM and a CommonJS consumer of the tarball (test/consumers/run/) and checks that every entry
 *    point exports at run time exactly the values its API report (api/*.api.md) lists;
 * 3b. runs test/consumers/run/polluted.cjs with and without Object.prototype polluted before the package loads: the same answers;
 * 3c. runs every guide example (docs/guides/*.md) against the tarball through import (with and without the node-addons
 *     condition) and require: each prints what its guide shows; one valid call of every entry point
 *     (test/helpers/entry-bases.ts) answers as the sources do; and the CommonJS build holds no sucrase helpers;
 * 4. checks that consumer.ts names every value the root entry point exports.
 * Exits non-zero on the first failing step. `--keep` keeps the temporary directory.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryPoints } from './entry-points.js';
import { guideBlocks, guideFiles, guideProgram, readGuide } from './guides.js';
import { entryBases } from '../test/helpers/entry-bases.js';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const consumers = join(root, 'test', 'consumers');
const keep = process.argv.includes('--keep');
const failures: string[] = [];

function step(name: string, run: () => void): void {
  const started = Date.now();
  try {
    run();
    console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    const err = e as { stdout?: Buffer | string; stderr?: Buffer | string; message: string };
    const output = `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`.trim() || err.message;
    console.log(`FAIL ${name}\n${output.replace(/^/gm, '     ')}`);
    failures.push(name);
  }
}

/** Value names (functions, classes, constants) an API report lists. */
function reportedValues(report: string): string[] {
  const text = readFileSync(join(root, report), 'utf8');
  return [...text.matchAll(/^export declare (?:abstract )?(?:function|class|const|let|enum) ([A-Za-z_$][\w$]*)/gm)]
    .map((m) => m[1]!)
    .filter((n, i, all) => all.indexOf(n) === i)
    .sort();
}

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
/** Most bytes the packed package may hold unpacked (issue 13: ≤ 3 MB). */
const PACKAGE_LIMIT_BYTES = 3_000_000;
const entries = entryPoints(root);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string> };
const dir = mkdtempSync(join(tmpdir(), 'scr-consumers-'));
try {
  // 1. The tarball, installed.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }).toString()) as Array<{ filename: string; size: number; unpackedSize: number }>;
  const tarball = join(dir, packed[0]!.filename);
  // The package's size (deterministic for a given build): issue 13's goal, held here.
  const { size, unpackedSize } = packed[0]!;
  console.log(`package: ${unpackedSize.toLocaleString('en-US')} bytes unpacked, tarball ${size.toLocaleString('en-US')} bytes`);
  if (unpackedSize > PACKAGE_LIMIT_BYTES) {
    console.error(`npm pack unpacked ${unpackedSize} bytes, above the limit of ${PACKAGE_LIMIT_BYTES} (3 MB)`);
    process.exit(1);
  }
  const installed = join(dir, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  // The dependencies; @types/node as a Node project has it (zod's declarations name URL); the date
  // libraries whose values the consumer passes (js-joda, the Temporal polyfill).
  for (const dep of [...Object.keys(pkg.dependencies ?? {}), '@types/node', '@js-joda/core', '@js-temporal/polyfill']) {
    mkdirSync(dirname(join(dir, 'node_modules', dep)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
  }
  console.log(`packed ${packed[0]!.filename}; entry points: ${entries.map((e) => e.specifier).join(', ')}`);

  // 2. Type checks, one project per module setting.
  const subpaths = entries.filter((e) => e.subpath !== '.');
  const subpathSource = [
    '// Generated by scripts/consumers.ts: every subpath export of package.json, type-checked.',
    ...subpaths.map((e, i) => `import * as entry${i} from '${e.specifier}';`),
    `export const entries: readonly object[] = [${subpaths.map((_, i) => `entry${i}`).join(', ')}];`,
    '',
  ].join('\n');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const settings = readdirSync(consumers).filter((d) => existsSync(join(consumers, d, 'tsconfig.json'))).sort();
  if (settings.length === 0) throw new Error('no consumer projects under test/consumers');
  for (const setting of settings) {
    const project = join(dir, setting);
    mkdirSync(project);
    for (const f of ['package.json', 'tsconfig.json']) copyFileSync(join(consumers, setting, f), join(project, f));
    copyFileSync(join(consumers, 'consumer.ts'), join(project, 'consumer.ts'));
    writeFileSync(join(project, 'subpaths.ts'), subpathSource);
    step(`type-check (${setting}, skipLibCheck false)`, () => {
      execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    });
  }

  // 3. Run ESM and CommonJS consumers; compare run-time exports with the API reports.
  const run = join(dir, 'run');
  mkdirSync(run);
  const specifiers = JSON.stringify(entries.map((e) => e.specifier));
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    copyFileSync(join(consumers, 'run', file), join(run, file));
    step(`run ${file} against the tarball`, () => {
      const out = execFileSync(process.execPath, [join(run, file), specifiers], { cwd: run, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
      const names = JSON.parse(out.trim().split('\n').pop()!) as Record<string, string[]>;
      for (const e of entries) {
        const expected = reportedValues(e.report);
        const actual = names[e.specifier] ?? [];
        const missing = expected.filter((n) => !actual.includes(n));
        const extra = actual.filter((n) => !expected.includes(n));
        if (missing.length > 0 || extra.length > 0) {
          throw new Error(`${e.specifier}: exports differ from ${e.report}: missing ${JSON.stringify(missing)}, not in the report ${JSON.stringify(extra)}`);
        }
      }
    });
  }

  // 3b. A realm whose Object.prototype was polluted before the package loaded answers as a clean one.
  copyFileSync(join(consumers, 'run', 'polluted.cjs'), join(run, 'polluted.cjs'));
  step('run polluted.cjs: the same answers with Object.prototype polluted before loading', () => {
    const answers = (pollute: string) => execFileSync(process.execPath, [join(run, 'polluted.cjs')], { cwd: run, env: { ...process.env, POLLUTE: pollute }, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    const clean = answers('0');
    const polluted = answers('1');
    if (polluted !== clean) throw new Error(`answers differ:\n${clean.slice(0, 2000)}\n${polluted.slice(0, 2000)}`);
  });

  // 3c. The guides' examples print what the guides show, from the tarball: `import` (Node's ES module wrapper, and with
  // --no-addons the build bundlers take) and `require`. The sources pass them (test/docs/guides.test.ts); a build step
  // that changes what the code does (tsup's sucrase once glued `return` to a helper: a ReferenceError) does not.
  const blocks = guideFiles(root)
    .filter((f) => f !== 'README.md')
    .flatMap((f) => guideBlocks(f, readGuide(root, f)).map((b) => ({ where: `docs/guides/${f}:${b.line}`, body: guideProgram(b.code), output: b.output })));
  writeFileSync(join(run, 'guides.json'), JSON.stringify(blocks));
  copyFileSync(join(consumers, 'run', 'guides.mjs'), join(run, 'guides.mjs'));
  for (const flags of [[], ['--no-addons']]) {
    step(`run the guides' examples against the tarball${flags.length > 0 ? ` (${flags.join(' ')})` : ''}`, () => {
      execFileSync(process.execPath, [...flags, join(run, 'guides.mjs'), join(run, 'guides.json')], { cwd: run, stdio: ['ignore', 'pipe', 'pipe'] });
    });
  }
  // One valid call of every public entry point (test/helpers/entry-bases.ts) answers from the tarball as from the sources.
  const answerText = (call: (x: unknown) => unknown, base: unknown): string => {
    try {
      return JSON.stringify(call(base));
    } catch (e) {
      const err = e as { name?: string; code?: string; path?: unknown; message?: string };
      return `${err?.name} ${err?.code} ${JSON.stringify(err?.path)} ${err?.message}`;
    }
  };
  writeFileSync(join(run, 'entry-answers.json'), JSON.stringify(Object.fromEntries(Object.entries(entryBases).map(([name, e]) => [name, answerText(e.call, e.base)]))));
  // The helper bundled without the sources: it takes the library it calls as an argument.
  const bundled = await build({
    entryPoints: [join(root, 'test', 'helpers', 'entry-bases.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    plugins: [
      {
        name: 'no-sources',
        setup(b) {
          b.onResolve({ filter: /src\/index\.js$/ }, () => ({ path: 'sources', namespace: 'empty' }));
          b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {}', loader: 'js' }));
        },
      },
    ],
  });
  writeFileSync(join(run, 'entry-bases.bundle.mjs'), bundled.outputFiles[0]!.text);
  copyFileSync(join(consumers, 'run', 'entry-bases.mjs'), join(run, 'entry-bases.mjs'));
  for (const flags of [[], ['--no-addons']]) {
    step(`run one call of every entry point against the tarball${flags.length > 0 ? ` (${flags.join(' ')})` : ''}: the sources' answers`, () => {
      execFileSync(process.execPath, [...flags, join(run, 'entry-bases.mjs'), join(run, 'entry-answers.json')], { cwd: run, stdio: ['ignore', 'pipe', 'pipe'] });
    });
  }
  // No ES syntax rewritten into helpers in the CommonJS build (tsup.config.ts: sucrase converts the module syntax only).
  step('the CommonJS build keeps ?. and ?? (no sucrase helpers)', () => {
    const dist = join(installed, 'dist');
    const found = readdirSync(dist)
      .filter((f) => f.endsWith('.cjs'))
      .filter((f) => /_(?:async)?(?:optionalChain|nullishCoalesce)(?:Delete)?\(/.test(readFileSync(join(dist, f), 'utf8')));
    if (found.length > 0) throw new Error(`sucrase helpers in ${found.join(', ')}`);
  });

  // 4. consumer.ts covers the root entry point.
  step('consumer.ts calls every value of the root entry point', () => {
    const source = readFileSync(join(consumers, 'consumer.ts'), 'utf8');
    const rootEntry = entries.find((e) => e.subpath === '.')!;
    const missing = reportedValues(rootEntry.report).filter((n) => !new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(source));
    if (missing.length > 0) throw new Error(`test/consumers/consumer.ts does not use ${missing.join(', ')}`);
  });
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`${failures.length} consumer check(s) failed`);
  process.exit(1);
}
console.log('all consumer checks passed');
