import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { FORMAT_SPECIFIER, formatModule, useFormatModules } from './formats.js';

/** Every `require("…")` Ajv's standalone code makes: its runtime helpers and (rewritten) formats. */
const REQUIRE = /require\("([^"\\]+)"\)/g;
/** Ajv's helpers resolve from this package. */
const RESOLVE_DIR = path.dirname(fileURLToPath(import.meta.url));
/** Helper modules by specifier; they depend only on the installed packages, so once per process. */
const helpers = new Map<string, Promise<string>>();
/** The helpers of {@link helpers} already built, for linking without waiting. */
const builtHelpers = new Map<string, string>();

/**
 * Turns one event's Ajv standalone sources into an ES module that imports nothing: each
 * `require`d helper (ucs2length, fast-deep-equal, one ajv-formats format) is bundled and minified
 * by esbuild once per process, and every module that uses it gets a copy. Ajv's own code is
 * assembled around them as it is, without a bundler pass: esbuild's parse and print of every
 * validator cost about twice Ajv's compile (measured: 13 ms against 6 ms per schema), and the
 * only gain was size. Synchronous work once the helpers it needs are built, so modules are
 * linked as their sources arrive and the sources can be dropped at once.
 */
export async function linkValidator(firstErrorSource: string, allErrorsSource: string): Promise<string> {
  const firstError = useFormatModules(firstErrorSource);
  const allErrors = useFormatModules(allErrorsSource);
  const linked = assemble(firstError, allErrors);
  if (typeof linked === 'string') return linked;
  await helperCode(linked.missing);
  return assemble(firstError, allErrors) as string;
}

/**
 * One module: the helpers it uses, each in its own scope as `__reflekt_helperN`, then each
 * CommonJS standalone source in its own function scope (Ajv names its locals alike in both),
 * exporting the first-error validator as `default` and the all-errors one as `validateAll`.
 * Returns the helpers not built yet instead when some are missing.
 */
function assemble(firstError: string, allErrors: string): string | { missing: string[] } {
  const names = new Map<string, string>();
  const lines: string[] = [];
  const missing: string[] = [];
  const link = (code: string): string =>
    code.replace(REQUIRE, (_match, specifier: string) => {
      let name = names.get(specifier);
      if (name === undefined) {
        name = `__reflekt_helper${names.size}`;
        names.set(specifier, name);
        const helper = builtHelpers.get(specifier);
        if (helper === undefined) missing.push(specifier);
        else lines.push(`const ${name} = ${scoped(helper)};`);
      }
      return name;
    });
  const first = link(firstError);
  const all = link(allErrors);
  if (missing.length > 0) return { missing };
  lines.push(
    `const validate = ${scoped(first)};`,
    `const validateAll = ${scoped(all)};`,
    'export { validate as default, validateAll };',
    '',
  );
  return lines.join('\n');
}

/** CommonJS source as an expression: run in a scope of its own, evaluating to `module.exports`. */
function scoped(commonJs: string): string {
  return `(() => {\nconst module = { exports: {} };\nconst exports = module.exports;\n${commonJs}\nreturn module.exports;\n})()`;
}

/** Builds the helpers not built yet (one esbuild run for all of them) into {@link builtHelpers}. */
async function helperCode(specifiers: readonly string[]): Promise<void> {
  const missing = specifiers.filter((s) => !helpers.has(s));
  if (missing.length > 0) {
    const built = buildHelpers(missing);
    for (const specifier of missing)
      helpers.set(
        specifier,
        built.then((code) => {
          const helper = code.get(specifier) as string;
          builtHelpers.set(specifier, helper);
          return helper;
        }),
      );
    // A failed build must not stay cached: the next emit tries again and reports the error itself.
    built.catch(() => {
      for (const specifier of missing) helpers.delete(specifier);
    });
  }
  await Promise.all(specifiers.map((s) => helpers.get(s)));
}

async function buildHelpers(specifiers: readonly string[]): Promise<Map<string, string>> {
  const { build } = await import('esbuild');
  const ENTRY = 'reflekt-helper';
  const virtual: Plugin = {
    name: ENTRY,
    setup(b) {
      b.onResolve({ filter: /^reflekt-helper:/ }, (args) => ({ path: args.path.slice(ENTRY.length + 1), namespace: ENTRY }));
      b.onLoad({ filter: /.*/, namespace: ENTRY }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(specifiers[Number(args.path)])});\n`,
        loader: 'js',
        resolveDir: RESOLVE_DIR,
      }));
      b.onResolve({ filter: /^reflekt-format:/ }, (args) => ({
        path: args.path.slice(FORMAT_SPECIFIER.length),
        namespace: 'reflekt-format',
      }));
      b.onLoad({ filter: /.*/, namespace: 'reflekt-format' }, (args) => ({
        contents: formatModule(args.path),
        loader: 'js',
        resolveDir: RESOLVE_DIR,
      }));
    },
  };
  const result = await build({
    entryPoints: specifiers.map((_, i) => ({ in: `${ENTRY}:${i}`, out: String(i) })),
    outdir: '/reflekt-helpers',
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['main'],
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    plugins: [virtual],
  });
  const byName = new Map(result.outputFiles.map((file) => [path.basename(file.path, '.js'), file.text.trim()]));
  return new Map(specifiers.map((specifier, i) => [specifier, byName.get(String(i)) ?? '']));
}
