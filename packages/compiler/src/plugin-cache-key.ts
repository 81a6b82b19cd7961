import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A plugin's {@link ReflektPlugin.cacheKey}: the version of the package `moduleUrl` belongs to,
 * when that module was built (so a rebuilt plugin in a workspace never reuses outputs of its
 * older self), and its options as JSON. `undefined` — the plugin then runs on every build — when
 * the options hold something JSON cannot represent faithfully (a function, such as an injected
 * `fetch`; a RegExp, Map or Set), or the module or its `package.json` cannot be found.
 *
 * ```ts
 * return { name, cacheKey: pluginCacheKey(import.meta.url, options), apply(compiler) { … } };
 * ```
 */
export function pluginCacheKey(moduleUrl: string, options: unknown): string | undefined {
  let file: string;
  let built: number;
  try {
    file = fileURLToPath(moduleUrl);
    built = statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
  const version = packageVersion(path.dirname(file));
  if (version === undefined) return undefined;
  let faithful = true;
  const json = JSON.stringify(options ?? null, (_key, value: unknown) => {
    const type = typeof value;
    // These would serialise to nothing or to `{}`, so options differing only in them would share a key.
    if (type === 'function' || type === 'symbol' || type === 'bigint') faithful = false;
    else if (value instanceof RegExp || value instanceof Map || value instanceof Set) faithful = false;
    return type === 'bigint' ? String(value) : value;
  });
  return faithful ? `${version}\0${built}\0${json}` : undefined;
}

/** `name@version` of the nearest `package.json` at or above `dir`. */
function packageVersion(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(at, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      return `${String(pkg.name)}@${String(pkg.version)}`;
    } catch {
      if (path.dirname(at) === at) return undefined;
    }
  }
}
