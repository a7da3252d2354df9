/**
 * Lists the public exports (src/index.ts) without a doc comment, and the exported functions and
 * constants without an `@example`. Used by test/docs.test.ts; run directly for a report.
 */
import ts from 'typescript';
import { join } from 'node:path';

export interface DocCoverage {
  readonly total: number;
  readonly values: number;
  readonly missingDoc: string[];
  readonly missingExample: string[];
}

export function docCoverage(root: string): DocCoverage {
  const program = ts.createProgram([join(root, 'src', 'index.ts')], { strict: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true, noEmit: true });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(join(root, 'src', 'index.ts'))!;
  const moduleSymbol = checker.getSymbolAtLocation(index)!;
  const missingDoc: string[] = [];
  const missingExample: string[] = [];
  let values = 0;
  const exports = checker.getExportsOfModule(moduleSymbol);
  for (const exp of exports) {
    const symbol = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
    const decl = symbol.declarations?.[0];
    if (!decl) continue;
    const where = `${exp.name} (${decl.getSourceFile().fileName.replace(root + '/', '')})`;
    const docs = ts.getJSDocCommentsAndTags(decl.kind === ts.SyntaxKind.VariableDeclaration ? decl.parent.parent : decl);
    const text = docs.map((d) => d.getText()).join('\n');
    if (text.trim() === '') missingDoc.push(where);
    const isValue = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
    if (isValue) {
      values++;
      if (!/@example/.test(text)) missingExample.push(where);
    }
  }
  return { total: exports.length, values, missingDoc, missingExample };
}

if (process.argv[1]?.endsWith('doc-coverage.ts')) {
  const r = docCoverage(join(import.meta.dirname ?? '.', '..'));
  console.log(`${r.total} exports, ${r.values} functions/constants/classes`);
  console.log(`without a doc comment (${r.missingDoc.length}):\n  ${r.missingDoc.join('\n  ')}`);
  console.log(`values without @example (${r.missingExample.length}):\n  ${r.missingExample.join('\n  ')}`);
}
