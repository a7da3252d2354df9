// test:consumers (scripts/consumers.ts): one valid call of every public entry point (test/helpers/entry-bases.ts, bundled
// beside this file as entry-bases.bundle.mjs), answered by the installed tarball through `import` and `require`, must
// give the answer the sources give (argv[2]: the JSON file of the sources' answers, by entry point). Run by plain Node,
// with and without the node-addons condition (see guides.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { entryBasesOf } from './entry-bases.bundle.mjs';

const require = createRequire(import.meta.url);
const expected = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const builds = { import: await import('support-contract-rules'), require: require('support-contract-rules') };
/** An answer as text: its JSON, or the error's class, code, path and message. */
const answerText = (call, base) => {
  try {
    return JSON.stringify(call(base));
  } catch (e) {
    return `${e?.name} ${e?.code} ${JSON.stringify(e?.path)} ${e?.message}`;
  }
};
const failures = [];
for (const [how, lib] of Object.entries(builds)) {
  const bases = entryBasesOf(lib);
  for (const [name, want] of Object.entries(expected)) {
    const { call, base } = bases[name];
    const got = answerText(call, base);
    if (got !== want) failures.push(`${how} ${name}:\n  the sources answer ${want.slice(0, 300)}\n  the tarball answers ${got.slice(0, 300)}`);
  }
}
if (failures.length > 0) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
process.stdout.write(`${Object.keys(expected).length} entry points, each through import and require\n`);
