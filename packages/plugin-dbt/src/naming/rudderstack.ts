/**
 * RudderStack's warehouse naming (its warehouse transformer, v1 rules): symbols split words, the
 * remaining ASCII words are joined with `_` and snake-cased the way lodash's `snakeCase` splits
 * words (acronyms, digit runs and ordinals are words of their own), a leading digit gets a `_`,
 * and leading underscores are kept so that `_timestamp` can escape a reserved name.
 */

// lodash's word pattern restricted to ASCII (after symbols were removed, only ASCII letters,
// digits and underscores remain): capitalised or lower-case words, upper-case runs (an acronym
// ends before a capitalised word), ordinals such as `2nd`, and digit runs.
const WORD =
  /[A-Z]?[a-z]+(?=[^A-Za-z0-9]|[A-Z]|$)|[A-Z]+(?=[^A-Za-z0-9]|[A-Z][a-z]|$)|[A-Z]?[a-z]+|[A-Z]+|\d*(?:1ST|2ND|3RD|(?![123])\dTH)(?=\b|[a-z_])|\d*(?:1st|2nd|3rd|(?![123])\dth)(?=\b|[A-Z_])|\d+/g;

function snakeWords(s: string): string {
  return (s.match(WORD) ?? []).map((w) => w.toLowerCase()).join('_');
}

/**
 * Converts an event or property name to the name RudderStack gives its table or column
 * (`omega v2` → `omega_v_2`, `9mega` → `_9_mega`, `CamelCase123Key` → `camel_case_123_key`).
 * Names longer than `maxLength` bytes are cut, as RudderStack does for Postgres (63).
 */
export function rudderstackName(name: string, maxLength?: number): string {
  const words = name.match(/[A-Za-z0-9]+/g) ?? [];
  const joined = words.join('_');
  const leading = /^_*/.exec(name)?.[0] ?? '';
  let key = leading ? leading + snakeWords(joined.replace(/^_*/, '')) : snakeWords(joined);
  if (/^[0-9]/.test(key)) key = `_${key}`;
  return maxLength !== undefined ? key.slice(0, maxLength) : key;
}
