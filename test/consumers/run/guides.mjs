// test:consumers (scripts/consumers.ts): every guide example (docs/guides/*.md), run against the installed tarball
// through `import` and through `require`, must print exactly what its guide shows. Run by plain Node: with the
// node-addons condition `import` loads the ES module wrapper over the CommonJS build, with `--no-addons` the ES module
// build bundlers take. Argument: the JSON file of blocks ({ where, body, output }) scripts/consumers.ts wrote.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { format } from 'node:util';

const require = createRequire(import.meta.url);
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
const blocks = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const builds = { import: await import('support-contract-rules'), require: require('support-contract-rules') };
const failures = [];
for (const [how, lib] of Object.entries(builds)) {
  for (const b of blocks) {
    const lines = [];
    const console = { log: (...args) => void lines.push(format(...args)) };
    let printed;
    try {
      await new AsyncFunction('__lib', 'console', `"use strict";\n${b.body}`)(lib, console);
      printed = lines.length === 0 ? '' : lines.join('\n') + '\n';
    } catch (e) {
      printed = `threw ${e?.name}: ${e?.message}`;
    }
    if (printed !== b.output) failures.push(`${how} ${b.where}:\n  the guide shows ${JSON.stringify(b.output).slice(0, 400)}\n  printed         ${JSON.stringify(printed).slice(0, 400)}`);
  }
}
if (failures.length > 0) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
process.stdout.write(`${blocks.length} guide examples, each through import and require\n`);
