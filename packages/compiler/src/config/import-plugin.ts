import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configJiti } from './evaluate-module.js';

/** The module a plugin name resolved to. */
export interface ResolvedPluginModule {
  /** The name that resolved (a package name or the absolute path of a file). */
  readonly id: string;
  /** Absolute path of the module's entry file. */
  readonly file: string;
}

/** Whether a plugin specifier is a file path (`./plugins/hello.mjs`, `/abs/x.js`) rather than a package. */
export function isPathSpecifier(name: string): boolean {
  return name.startsWith('./') || name.startsWith('../') || name === '.' || path.isAbsolute(name) || /^\.\.?[\\/]/.test(name);
}

/**
 * The names tried for a plugin, in order: a short name (`dbt`) tries `@reflekt/plugin-dbt`,
 * `reflekt-plugin-dbt`, then `dbt`; a scoped or prefixed name, or a path, is tried as written.
 */
export function pluginCandidates(name: string, configDir: string): string[] {
  if (isPathSpecifier(name)) return [path.resolve(configDir, name)];
  if (name.startsWith('@') || name.startsWith('reflekt-plugin-') || name.includes('/')) return [name];
  return [`@reflekt/plugin-${name}`, `reflekt-plugin-${name}`, name];
}

/**
 * Resolves the first candidate that exists, relative to the config file, with ESM conditions
 * (plugins may be ESM-only packages). Nothing is imported here.
 */
export async function resolvePlugin(candidates: readonly string[], configFile: string): Promise<ResolvedPluginModule | undefined> {
  const parentURL = pathToFileURL(configFile).href;
  for (const id of candidates) {
    if (path.isAbsolute(id)) {
      if (existsSync(id)) return { id, file: id };
      continue;
    }
    const url = (await configJiti()).esmResolve(id, { parentURL, try: true });
    if (url) return { id, file: url.startsWith('file:') ? fileURLToPath(url) : url };
  }
  return undefined;
}

/**
 * Imports a resolved plugin module and returns its default export (`module.exports` for
 * CommonJS). TypeScript files go through jiti; JavaScript is imported natively.
 */
export async function importPlugin(file: string): Promise<unknown> {
  if (/\.[cm]?tsx?$/.test(file)) return (await configJiti()).import(file, { default: true });
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  return mod.default !== undefined ? mod.default : mod;
}
