/** A parsed JSON object. */
export type JsonObject = { [key: string]: unknown };

/** Whether a parsed value is a plain (non-array) object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of parsed JSON (structuredClone keeps the key order). */
export function cloneJson<T>(value: T): T {
  return structuredClone(value);
}

/**
 * Whether two parsed JSON values are equal: objects compare by their entries whatever the key
 * order (Segment does not keep it), arrays item by item.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
}

/**
 * JSON Pointers (RFC 6901) of the places where `a` and `b` differ, at most `limit` of them:
 * what a push diff shows for a changed rule.
 */
export function differingPointers(a: unknown, b: unknown, limit = 5): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, pointer: string): void => {
    if (out.length >= limit || jsonEqual(x, y)) return;
    if (isObject(x) && isObject(y)) {
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) walk(x[key], y[key], `${pointer}/${escapeToken(key)}`);
      return;
    }
    out.push(pointer === '' ? '/' : pointer);
  };
  walk(a, b, '');
  return out;
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
