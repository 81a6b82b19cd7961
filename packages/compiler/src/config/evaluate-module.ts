import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Jiti } from 'jiti';
import { ReflektError } from '../diagnostics/reflekt-error.js';
import { asReflektError, configError, errorMessage } from './config-error.js';
import type { ConfigSource } from './config-source.js';

let jiti: Jiti | undefined;

/**
 * The jiti instance that evaluates TS/JS configs and TS plugins. Its module cache is off so a
 * long-running process (watch mode, tests) sees edits to the config. Imported on first use:
 * a project with a JSON or YAML config never pays for loading it.
 */
export async function configJiti(): Promise<Jiti> {
  if (!jiti) {
    const { createJiti } = await import('jiti');
    jiti = createJiti(import.meta.url, { moduleCache: false, interopDefault: true });
  }
  return jiti;
}

/**
 * Imports a config module as it is on disk now. jiti (module cache off) re-evaluates what it
 * transpiles, but hands `.mjs` and `.cjs` to Node, whose caches would keep serving the first
 * version of the file to a long-running process: a `.mjs` is imported under a URL that changes
 * with the file, a `.cjs` is dropped from `require`'s cache first.
 */
async function importFresh(file: string): Promise<unknown> {
  if (file.endsWith('.mjs')) {
    const stat = statSync(file);
    return import(`${pathToFileURL(file).href}?v=${stat.mtimeMs}-${stat.size}`);
  }
  if (file.endsWith('.cjs')) {
    const require = createRequire(file);
    delete require.cache[require.resolve(file)];
    const exported: unknown = require(file);
    // `module.exports = config` is the default export; a transpiled ES module keeps its own.
    return exported !== null && typeof exported === 'object' && '__esModule' in exported ? exported : { default: exported };
  }
  return (await configJiti()).import(file);
}

/**
 * Evaluates a `reflekt.config.{ts,mts,js,mjs,cjs}` and returns its default export (awaited, so
 * `export default Promise.resolve({...})` works). A config that fails to compile or throws while
 * evaluating becomes RK7001 at the position jiti or the stack reports.
 */
export async function evaluateModuleConfig(source: ConfigSource): Promise<unknown> {
  let mod: unknown;
  try {
    mod = await importFresh(source.file);
  } catch (error) {
    throw evalFailure(error, source);
  }
  const exported = defaultExport(mod);
  if (exported === undefined) {
    throw configError(
      'RK7002',
      { detail: 'the config file has no default export (write `export default defineConfig({ ... })`)' },
      source.whole(),
    );
  }
  try {
    return await exported;
  } catch (error) {
    throw evalFailure(error, source);
  }
}

/**
 * A config that throws: a ReflektError (a plugin factory in the config rejected its options)
 * keeps its diagnostics, placed in the config file; anything else becomes RK7001.
 */
function evalFailure(error: unknown, source: ConfigSource): ReflektError {
  const reflekt = asReflektError(error);
  const location = errorLocation(error, source);
  if (!reflekt) return configError('RK7001', { detail: describeEvalError(error) }, location);
  const placed = reflekt.diagnostics.map((d) => {
    if (d.file !== undefined) return d;
    // The pointer was relative to the plugin's options, which are code here, not data.
    const { pointer: _optionsPointer, ...rest } = d;
    return { ...rest, ...location };
  });
  return new ReflektError(placed, reflekt.exitCode);
}

function defaultExport(mod: unknown): unknown {
  if (mod === null || typeof mod !== 'object') return mod;
  // jiti's interop proxy exposes named exports on the default; only a real default counts.
  return 'default' in mod ? (mod as { default: unknown }).default : undefined;
}

function describeEvalError(error: unknown): string {
  const message = errorMessage(error);
  if (/^(ParseError|SyntaxError)\b/.test(message)) {
    // jiti appends the file position to the message; it is shown as the location instead.
    return `syntax error: ${message
      .replace(/^(ParseError|SyntaxError):\s*/, '')
      .replace(/\s+\S+:\d+:\d+\s*$/, '')
      .trim()}`;
  }
  return `evaluating it threw ${error instanceof Error && error.name === 'Error' ? `Error: ${message}` : message}`;
}

/**
 * The first `file:line:col` of the config file in the error's message or stack. Babel parse
 * errors (jiti's `ParseError`) count columns from 0, stack frames from 1.
 */
function errorLocation(error: unknown, source: ConfigSource) {
  if (!(error instanceof Error)) return source.whole();
  // A fresh import's URL carries a `?v=` query (see importFresh).
  const pattern = new RegExp(`${escapeRegExp(source.file)}(?:\\?[^:\\s]*)?:(\\d+):(\\d+)`);
  const inMessage = pattern.exec(error.message);
  if (inMessage) return source.atLine(Number(inMessage[1]), Number(inMessage[2]) + 1);
  const inStack = pattern.exec(error.stack ?? '');
  if (inStack) return source.atLine(Number(inStack[1]), Number(inStack[2]));
  return source.whole();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
