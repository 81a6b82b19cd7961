/** A string flag from `ctx.options`; absent, empty and non-string values count as not given. */
export function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
