import path from 'node:path';
import { cosmiconfig, type Loader } from 'cosmiconfig';
import { configError } from './config-error.js';
import { ConfigSource, type ConfigSyntax } from './config-source.js';
import { LEGACY_PROJECT_FILE } from './legacy-project.js';

/**
 * Where a config is looked for in each folder, in order. `reflekt_project.yml` comes last, so a
 * Python Reflekt project is read as config only when the folder has no Reflekt config of its own.
 */
export const SEARCH_PLACES: readonly string[] = [
  'reflekt.config.ts',
  'reflekt.config.mts',
  'reflekt.config.js',
  'reflekt.config.mjs',
  'reflekt.config.cjs',
  'reflekt.config.json',
  'reflekt.config.yaml',
  'reflekt.config.yml',
  '.reflektrc',
  '.reflektrc.json',
  '.reflektrc.yaml',
  '.reflektrc.yml',
  '.reflektrc.js',
  '.reflektrc.mjs',
  '.reflektrc.ts',
  LEGACY_PROJECT_FILE,
];

const SYNTAX_BY_EXTENSION: Readonly<Record<string, ConfigSyntax>> = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  // `.reflektrc` without extension: YAML, which reads JSON too.
  noExt: 'yaml',
};

/**
 * Makes the cosmiconfig explorer. Its loaders only read the text: evaluating a TS/JS config is
 * deferred until the project's `.env` is loaded, because configs may read `process.env`.
 */
function explorer(cwd: string) {
  const loaders: Record<string, Loader> = {};
  for (const [ext, syntax] of Object.entries(SYNTAX_BY_EXTENSION)) {
    loaders[ext] = (filepath: string, content: string) => new ConfigSource(filepath, content, syntax, cwd);
  }
  return cosmiconfig('reflekt', {
    searchPlaces: [...SEARCH_PLACES],
    loaders,
    searchStrategy: 'none',
    cache: false,
    // An empty config file means "all defaults", not "keep looking".
    ignoreEmptySearchPlaces: false,
  });
}

/**
 * Finds the config: `configFile` when given (that file only), else the first search place in
 * `cwd` or the nearest parent folder that has one.
 *
 * @throws {@link ReflektError} RK7009 when `configFile` does not exist or has an unknown
 * extension, RK7006 when nothing is found.
 */
export async function findConfig(cwd: string, configFile?: string): Promise<ConfigSource> {
  const search = explorer(cwd);
  if (configFile !== undefined) {
    const file = path.resolve(cwd, configFile);
    const ext = path.extname(file);
    if (ext !== '' && !(ext in SYNTAX_BY_EXTENSION)) {
      throw configError('RK7009', {
        path: display(cwd, file),
        detail: `\`${ext}\` files are not supported; use .ts, .mts, .js, .mjs, .cjs, .json, .yaml or .yml`,
      });
    }
    try {
      return toSource(await search.load(file), file, cwd);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const detail =
        code === 'ENOENT' || code === 'ENOTDIR'
          ? 'the file does not exist'
          : code === 'EISDIR'
            ? 'it is a folder; pass the file, or `-C <folder>`'
            : code === 'EACCES' || code === 'EPERM'
              ? 'it cannot be read (permission denied)'
              : undefined;
      if (detail) throw configError('RK7009', { path: display(cwd, file), detail });
      throw error;
    }
  }
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const result = await search.search(dir);
    if (result) return toSource(result, result.filepath, cwd);
    if (path.dirname(dir) === dir) break;
  }
  throw configError('RK7006', { dir: cwd });
}

function toSource(result: { config: unknown; filepath: string } | null, file: string, cwd: string): ConfigSource {
  if (result?.config instanceof ConfigSource) return result.config;
  // cosmiconfig skips the loader for an empty file; an empty config is all defaults.
  const ext = path.extname(file);
  return new ConfigSource(path.resolve(file), '', SYNTAX_BY_EXTENSION[ext || 'noExt'] ?? 'yaml', cwd);
}

function display(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || file;
}
