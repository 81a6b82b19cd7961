import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A plugin's {@link ReflektPlugin.cacheKey}: its package version, when its code was built (so a
 * rebuilt plugin in a workspace never reuses outputs of its older self), and its options as
 * JSON. `undefined` — the plugin then runs on every build — when the options hold something
 * JSON cannot represent faithfully (a function, such as an injected `fetch`; a RegExp, Map or
 * Set), or the module file cannot be found.
 *
 * ```ts
 * return { name, cacheKey: pluginCacheKey(import.meta.url, version, options), apply(compiler) { … } };
 * ```
 */
export function pluginCacheKey(moduleUrl: string, version: string, options: unknown): string | undefined {
  let built: number;
  try {
    built = statSync(fileURLToPath(moduleUrl)).mtimeMs;
  } catch {
    return undefined;
  }
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
