/** One generated TypeScript module turned into JavaScript and declarations. */
export interface JsModule {
  readonly js: string;
  readonly dts: string;
}

type TypeScript = typeof import('typescript');

/** Thrown when `emit: 'js+dts'` cannot be done: `typescript` is missing, or a declaration failed. */
export class JsEmitError extends Error {}

/**
 * Transpiles generated modules file by file with TypeScript's isolated transpilers
 * (`transpileModule` for the `.js`, `transpileDeclaration` for the `.d.ts`), so no program is
 * type-checked and the time stays linear in the plan's size. The generated code only uses
 * erasable syntax and explicit export types, which is what both transpilers need.
 */
export async function toJsModules(
  modules: ReadonlyArray<readonly [name: string, source: string]>,
  format: 'esm' | 'cjs',
): Promise<Map<string, JsModule>> {
  let ts: TypeScript;
  try {
    ts = ((await import('typescript')) as unknown as { default: TypeScript }).default;
  } catch {
    throw new JsEmitError('`emit: "js+dts"` needs the `typescript` package (5.5 or later); install it next to @reflekt/plugin-types.');
  }
  const compilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: format === 'esm' ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS,
    isolatedDeclarations: true,
    declaration: true,
    removeComments: false,
    newLine: ts.NewLineKind.LineFeed,
  };
  const out = new Map<string, JsModule>();
  for (const [name, source] of modules) {
    const fileName = `${name}.ts`;
    const js = ts.transpileModule(source, { compilerOptions, fileName, reportDiagnostics: false }).outputText;
    const dts = ts.transpileDeclaration(source, { compilerOptions, fileName, reportDiagnostics: true });
    const problems = dts.diagnostics ?? [];
    if (problems.length > 0) {
      const text = problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ');
      throw new JsEmitError(`Declarations of \`${fileName}\` could not be emitted: ${text}`);
    }
    out.set(name, { js: stripSourceMapComment(js), dts: stripSourceMapComment(dts.outputText) });
  }
  return out;
}

function stripSourceMapComment(text: string): string {
  return text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
}
