/**
 * Lists the public exports (every entry point of scripts/entries.ts) without a doc comment, and the exported functions and
 * constants without an `@example`. Used by test/docs.test.ts; run directly for a report.
 */
// @ts-nocheck

import ts from 'typescript';
import { packageEntries } from './entries.js';
import { join } from 'node:path';

export interface DocCoverage {
  readonly total: number;
  readonly values: number;
  readonly missingDoc: string[];
  readonly missingExample: string[];
}

export function docCoverage(root: string): DocCoverage {
  // Every entry point of the package (the root, each capability, /schemas, /postal), each export counted once.
  const sources = packageEntries.map((e) => join(root, e.source));
  const program = ts.createProgram(sources, { strict: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true, noEmit: true });
  const checker = program.getTypeChecker();
  const missingDoc: string[] = [];
  const missingExample: string[] = [];
  let values = 0;
  const seen = new Set<ts.Symbol>();
  for (const source of sources) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(source)!)!;
    for (const exp of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      const decl = symbol.declarations?.[0];
      if (!decl) continue;
      const where = `${exp.name} (${decl.getSourceFile().fileName.replace(root + '/', '')})`;
      const docs = ts.getJSDocCommentsAndTags(decl.kind === ts.SyntaxKind.VariableDeclaration ? decl.parent.parent : decl);
      const text = docs.map((d) => d.getText()).join('\n');
      if (text.trim() === '') missingDoc.push(where);
      const isValue = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
      if (isValue) {
        values++;
        // A zod schema (`…Schema`, on /schemas) is documented by its JSON Schema (schemas/*.schema.json), not an example.
        if (!/@example/.test(text) && !(exp.name.endsWith('Schema') && /schema/.test(where))) missingExample.push(where);
      }
    }
  }
  return { total: seen.size, values, missingDoc, missingExample };
}

if (process.argv[1]?.endsWith('doc-coverage.ts')) {
  const r = docCoverage(join(import.meta.dirname ?? '.', '..'));
  console.log(`${r.total} exports, ${r.values} functions/constants/classes`);
  console.log(`without a doc comment (${r.missingDoc.length}):\n  ${r.missingDoc.join('\n  ')}`);
  console.log(`values without @example (${r.missingExample.length}):\n  ${r.missingExample.join('\n  ')}`);
}
