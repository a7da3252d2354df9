/**
 * The API report: for every entry point in package.json "exports", the names it exports with their
 * declarations (as the TypeScript compiler emits them into the .d.ts, doc comments removed), sorted by
 * name, as api-extractor writes one. `npm run api:report` (and `npm run generate`) writes
 * `api/*.api.md`; test/api/api-report.test.ts fails when the public surface changes and the report was
 * not regenerated, so every change to the public API is deliberate and shows in review.
 */
// @ts-nocheck

import ts from 'typescript';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryPoints, type EntryPoint } from './entry-points.js';

/** One exported name of an entry point. */
export interface ApiMember {
  readonly name: string;
  /** `function`, `class`, `const`, `interface`, `type`, … */
  readonly kind: string;
  /** Whether the name exists at run time (a function, class or constant), not only as a type. */
  readonly isValue: boolean;
  /** The declaration text. */
  readonly declaration: string;
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  declaration: true,
  emitDeclarationOnly: true,
  skipLibCheck: true,
  types: [],
  lib: ['lib.es2022.d.ts'],
};

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

function kindOf(statement: ts.Statement): string {
  if (ts.isFunctionDeclaration(statement)) return 'function';
  if (ts.isClassDeclaration(statement)) return 'class';
  if (ts.isInterfaceDeclaration(statement)) return 'interface';
  if (ts.isTypeAliasDeclaration(statement)) return 'type';
  if (ts.isEnumDeclaration(statement)) return 'enum';
  if (ts.isModuleDeclaration(statement)) return 'namespace';
  if (ts.isVariableStatement(statement)) return 'const';
  return ts.SyntaxKind[statement.kind];
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  }
  const name = (statement as { name?: ts.Node }).name;
  return name !== undefined && ts.isIdentifier(name) ? [name.text] : [];
}

/**
 * The exported names of every entry point with their declarations.
 * @example apiMembers(root).get('src/index.ts')?.some((m) => m.name === 'getPlan') //=> true
 */
export function apiMembers(root: string, entries: readonly EntryPoint[] = entryPoints(root)): Map<string, ApiMember[]> {
  const sources = entries.map((e) => join(root, e.source));
  const program = ts.createProgram(sources, COMPILER_OPTIONS);
  const emitted = new Map<string, ts.SourceFile>();
  const result = program.emit(undefined, (fileName, text) => {
    emitted.set(fileName, ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true));
  }, undefined, true);
  const problems = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length > 0) throw new Error(ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  const checker = program.getTypeChecker();
  const out = new Map<string, ApiMember[]>();
  for (const entry of entries) {
    const file = program.getSourceFile(join(root, entry.source))!;
    const moduleSymbol = checker.getSymbolAtLocation(file)!;
    const members: ApiMember[] = [];
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      const sourceFile = declarations[0]?.getSourceFile();
      if (sourceFile === undefined) throw new Error(`${entry.source}: ${exported.name} has no declaration`);
      const dts = emitted.get(sourceFile.fileName.replace(/\.ts$/, '.d.ts'));
      if (dts === undefined) throw new Error(`${entry.source}: no declarations emitted for ${sourceFile.fileName}`);
      const statements = dts.statements.filter((s) => declaredNames(s).includes(symbol.name));
      if (statements.length === 0) throw new Error(`${entry.source}: ${exported.name} not found in the declarations of ${sourceFile.fileName}`);
      const text = statements.map((s) => printer.printNode(ts.EmitHint.Unspecified, s, dts)).join('\n');
      const renamed = exported.name === symbol.name ? '' : `// exported as ${exported.name}\n`;
      members.push({
        name: exported.name,
        kind: kindOf(statements[0]!),
        isValue: (symbol.flags & ts.SymbolFlags.Value) !== 0,
        declaration: renamed + text,
      });
    }
    members.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    out.set(entry.source, members);
  }
  return out;
}

/**
 * The report files (path relative to the root → text) for every entry point.
 * @example Object.keys(apiReports(root)) //=> ['api/support-contract-rules.api.md']
 */
export function apiReports(root: string, entries: readonly EntryPoint[] = entryPoints(root), members = apiMembers(root, entries)): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of entries) {
    const list = members.get(entry.source)!;
    const values = list.filter((m) => m.isValue).length;
    files[entry.report] = [
      `## API Report File for "${entry.specifier}"`,
      '',
      '> Do not edit this file. It is generated by `npm run api:report` (scripts/api-report.ts) from',
      `> \`${entry.source}\`; test/api/api-report.test.ts fails when it is stale.`,
      `> ${list.length} exported names: ${values} values (functions, classes, constants) and ${list.length - values} types only.`,
      '',
      '```ts',
      list.map((m) => m.declaration).join('\n\n'),
      '```',
      '',
    ].join('\n');
  }
  return files;
}

/** Writes the reports and deletes reports of entry points that are gone. */
export function writeApiReports(root: string): string[] {
  const files = apiReports(root);
  mkdirSync(join(root, 'api'), { recursive: true });
  for (const old of readdirSync(join(root, 'api'))) {
    if (old.endsWith('.api.md') && !(`api/${old}` in files)) rmSync(join(root, 'api', old));
  }
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return Object.keys(files);
}

if (process.argv[1] !== undefined && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of writeApiReports(root)) console.log(file);
}
