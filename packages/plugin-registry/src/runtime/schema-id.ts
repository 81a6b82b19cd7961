/**
 * Schema ids come from producers, so they are untrusted: they become file paths and S3 keys.
 * Only ids shaped like Reflekt's (`vendor/Event_Name/1-0.json`, Iglu's `…/jsonschema/1-0-0`)
 * pass; `..`, absolute paths, backslashes, query strings and control characters never do.
 */
const SAFE_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;

/** Longest accepted id, in characters. */
export const MAX_SCHEMA_ID_LENGTH = 512;

/** Whether `id` may be looked up in a schema store (no path traversal, no odd characters). */
export function isSafeSchemaId(id: string): boolean {
  if (id.length === 0 || id.length > MAX_SCHEMA_ID_LENGTH || !SAFE_ID.test(id)) return false;
  // A segment of dots only (`..`, `...`) could climb out of the store's folder.
  for (const segment of id.split('/')) if (/^\.+$/.test(segment)) return false;
  return true;
}

/** Where a schema's validator lives (the emitter's rule, so both sides agree): `shop/Order/1-0.json` → `shop/Order/1-0.validate.js`. */
export { validatorPath } from '../emit/paths.js';
