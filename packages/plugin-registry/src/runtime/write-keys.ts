import { timingSafeEqual } from 'node:crypto';

/** Thrown for a malformed write-key list (`REFLEKT_WRITE_KEYS`, the `writeKeys` option). */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/** Producer write keys mapped to source names. An empty set accepts any key. */
export interface WriteKeys {
  /** Number of configured keys; 0 means open mode (any key, or none, is accepted). */
  readonly size: number;
  /** The source name of `key`, compared in constant time; `undefined` when it is not configured. */
  sourceOf(key: string): string | undefined;
}

/** Longest accepted write key, in UTF-8 bytes; keys are compared as buffers of this size. */
export const MAX_WRITE_KEY_BYTES = 256;

/** One reusable buffer for the presented key: `sourceOf` is synchronous, so it is never shared. */
const scratch = Buffer.alloc(MAX_WRITE_KEY_BYTES);

/**
 * Builds the key set. Each key is stored zero-padded to {@link MAX_WRITE_KEY_BYTES}, so every
 * comparison is a `timingSafeEqual` of equal-length buffers (plus a length check), and every
 * configured key is compared on every look-up: the time taken reveals neither how much of a key
 * matched nor which key did.
 *
 * @throws {SettingsError} for a key longer than {@link MAX_WRITE_KEY_BYTES}.
 */
export function createWriteKeys(entries: Readonly<Record<string, string>> | ReadonlyMap<string, string>): WriteKeys {
  const pairs = entries instanceof Map ? [...entries] : Object.entries(entries);
  const stored = pairs.map(([key, source]) => {
    const length = Buffer.byteLength(key);
    if (length > MAX_WRITE_KEY_BYTES)
      throw new SettingsError(`The write key of source "${source}" is longer than ${MAX_WRITE_KEY_BYTES} bytes.`);
    const padded = Buffer.alloc(MAX_WRITE_KEY_BYTES);
    padded.write(key);
    return { padded, length, source };
  });
  return {
    size: stored.length,
    sourceOf(key) {
      if (stored.length === 0) return undefined;
      const length = Buffer.byteLength(key);
      if (length > MAX_WRITE_KEY_BYTES) return undefined;
      scratch.fill(0);
      scratch.write(key);
      let found: string | undefined;
      for (const entry of stored) {
        const equal = timingSafeEqual(scratch, entry.padded);
        if (equal && length === entry.length && found === undefined) found = entry.source;
      }
      return found;
    },
  };
}

/**
 * Parses `key=source,key2=source2` (commas, semicolons or newlines between entries; whitespace
 * ignored). A key without `=source` gets the source name `default`.
 *
 * @throws {SettingsError} on an empty key or source, or a key listed twice.
 */
export function parseWriteKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const raw of text.split(/[,;\n]/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    const key = (eq === -1 ? entry : entry.slice(0, eq)).trim();
    const source = eq === -1 ? 'default' : entry.slice(eq + 1).trim();
    if (key === '' || source === '') {
      throw new SettingsError(
        `Write-key entry "${eq === -1 ? '' : `…=${source}`}" is incomplete: write entries as key=source, separated by commas.`,
      );
    }
    if (keys.has(key)) throw new SettingsError(`A write key for source "${source}" is listed twice; each key may map to one source only.`);
    keys.set(key, source);
  }
  return keys;
}

/**
 * The write key a request carries: HTTP Basic (`base64(key:)`, the colon optional), `Bearer
 * <key>`, or the body's `writeKey` field — in that order, like Segment.
 */
export function presentedWriteKey(authorization: string | undefined, body: unknown): string | undefined {
  if (authorization !== undefined) {
    if (authorization.length > 6 && authorization.slice(0, 6).toLowerCase() === 'basic ') {
      const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const key = colon === -1 ? decoded : decoded.slice(0, colon);
      if (key !== '') return key;
    } else if (authorization.length > 7 && authorization.slice(0, 7).toLowerCase() === 'bearer ') {
      const key = authorization.slice(7).trim();
      if (key !== '') return key;
    }
  }
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const key = (body as { writeKey?: unknown }).writeKey;
    if (typeof key === 'string' && key !== '') return key;
  }
  return undefined;
}
