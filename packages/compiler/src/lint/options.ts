/**
 * Readers for rule options (`lint.rules[id]: [severity, options]`). The config schema validates
 * the options of the rules that take any; these readers still fall back to the default for a
 * value of the wrong shape, so a plugin-built config cannot crash a rule.
 */

/** A positive integer option, or `fallback`. */
export function integerOption(options: Readonly<Record<string, unknown>>, name: string, fallback: number): number {
  const value = options[name];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** A list-of-strings option, or `[]`. */
export function stringListOption(options: Readonly<Record<string, unknown>>, name: string): readonly string[] {
  const value = options[name];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
