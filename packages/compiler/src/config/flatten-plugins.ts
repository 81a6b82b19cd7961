import type { PluginOption } from './types.js';

/** One plugin entry of the config, after flattening, with where it was written. */
export interface PluginEntry {
  /** A plugin instance, a name, a `[name, options]` tuple, or anything else the user wrote. */
  readonly value: unknown;
  /** JSON Pointer of the entry in the config (`/plugins/2/0`). */
  readonly pointer: string;
}

/**
 * Flattens nested plugin arrays and drops falsy entries (`cond && dbt()`), as Vite does.
 * An array whose first element is a string and that has at most one more element that is not a
 * name, plugin or list is a `[name, options]` tuple, not a nested list.
 */
export function flattenPlugins(list: readonly PluginOption[] | readonly unknown[], pointer = '/plugins'): PluginEntry[] {
  const out: PluginEntry[] = [];
  list.forEach((value, index) => {
    const at = `${pointer}/${index}`;
    if (!value) return;
    if (Array.isArray(value) && !isTuple(value)) out.push(...flattenPlugins(value, at));
    else out.push({ value, pointer: at });
  });
  return out;
}

/** Whether an array is `[name]` or `[name, options]`. */
export function isTuple(value: readonly unknown[]): value is readonly [string, unknown?] {
  if (typeof value[0] !== 'string' || value.length > 2) return false;
  const options = value[1];
  return !(typeof options === 'string' || Array.isArray(options) || isPluginLike(options));
}

/** Has the shape of a plugin instance (checked fully later). */
export function isPluginLike(value: unknown): boolean {
  return value !== null && typeof value === 'object' && typeof (value as { apply?: unknown }).apply === 'function';
}
