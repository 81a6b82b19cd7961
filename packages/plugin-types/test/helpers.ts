import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, TrackingPlan } from '@reflekt/compiler';
import { emitFixture, textFilesUnder } from '@reflekt/compiler/testing';
import ts from 'typescript';
import types, { type TypesOptions } from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PACKAGE_DIR = path.dirname(here);
export const FIXTURES = path.join(here, 'fixtures');
/** Scratch space inside the package, so generated code resolves this package's `node_modules`. */
export const TMP = path.join(here, '.tmp');
const EXAMPLE = path.resolve(PACKAGE_DIR, '../../examples/online-shop');

/** A fresh folder under `test/.tmp/`. */
export function scratch(name: string): string {
  const dir = path.join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A copy of `examples/online-shop` with a JSON config (the example's own `reflekt.config.ts`
 * imports `@reflekt/compiler`, which another engineer owns), so tests never touch `examples/`.
 */
export function copyExample(name = 'online-shop-copy'): string {
  const dir = scratch(name);
  cpSync(path.join(EXAMPLE, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  writeFileSync(
    path.join(dir, 'reflekt.config.json'),
    `${JSON.stringify({ name: 'online_shop', vendor: 'com.example.shop', schemas: ['schemas'], outDir: 'artifacts' }, null, 2)}\n`,
  );
  return dir;
}

/** What the plugin emits for a project, as text by path (relative to the output root). */
export interface Emitted {
  readonly plan: TrackingPlan;
  readonly files: Map<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

export async function emit(dir: string, options: TypesOptions = {}): Promise<Emitted> {
  const result = await emitFixture(dir, [types(options)]);
  const files = textFilesUnder(result.files);
  return { plan: result.plan, files, diagnostics: result.diagnostics.filter((d) => d.plugin === '@reflekt/plugin-types') };
}

/** Writes emitted files under `dir`, dropping the plugin's `types/` prefix when asked. */
export function writeFiles(dir: string, files: ReadonlyMap<string, string>, strip = 'types/'): void {
  for (const [p, contents] of files) {
    const target = path.join(dir, p.startsWith(strip) ? p.slice(strip.length) : p);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
}

/** The strictest settings a consumer may use; the generated code must pass every one. */
export const STRICT: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noImplicitOverride: true,
  noPropertyAccessFromIndexSignature: true,
  noFallthroughCasesInSwitch: true,
  useUnknownInCatchVariables: true,
  isolatedModules: true,
  skipLibCheck: false,
};

/** ESM consumer: NodeNext, `verbatimModuleSyntax`, `erasableSyntaxOnly`, `isolatedDeclarations`. */
export const ESM_NODENEXT: ts.CompilerOptions = {
  ...STRICT,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  verbatimModuleSyntax: true,
  erasableSyntaxOnly: true,
  isolatedDeclarations: true,
  declaration: true,
};

/** Bundler consumer (Vite, esbuild, webpack). */
export const ESM_BUNDLER: ts.CompilerOptions = {
  ...STRICT,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  verbatimModuleSyntax: true,
  erasableSyntaxOnly: true,
};

/** CommonJS consumer: NodeNext in a `"type": "commonjs"` package (ESM syntax compiles to `require`). */
export const CJS_NODENEXT: ts.CompilerOptions = {
  ...STRICT,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  erasableSyntaxOnly: true,
};

/** Type-checks `files` with TypeScript (the repo's 5.9) and returns `file(line,col): TSxxxx message` lines. */
export function typecheck(files: readonly string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram({ rootNames: [...files], options });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (!d.file || d.start === undefined) return `TS${d.code} ${text}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(TMP, d.file.fileName)}(${line + 1},${character + 1}): TS${d.code} ${text}`;
  });
}
