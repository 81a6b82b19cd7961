/** Marks a hook argument that the compiler re-scopes for each plugin's tap (contexts, diagnostics). */
export const scopeToPlugin: unique symbol = Symbol('reflekt.scopeToPlugin');

/** A hook argument that has a per-plugin view. */
export interface Scopable<T> {
  [scopeToPlugin](plugin: string): T;
}

/** Whether a hook argument can be re-scoped per plugin. */
export function isScopable(value: unknown): value is Scopable<unknown> {
  return typeof value === 'object' && value !== null && scopeToPlugin in value;
}

/** The name diagnostics carry for a tap: built-in `reflekt:*` taps all report as `reflekt`. */
export function reportingName(tapName: string): string {
  return tapName.startsWith('reflekt:') ? 'reflekt' : tapName;
}
