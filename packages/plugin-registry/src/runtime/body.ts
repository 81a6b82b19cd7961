import { gunzipSync, inflateSync } from 'node:zlib';

/** Input that is malformed or too large: answered 400, which Segment SDKs do not retry. */
export interface BadInput {
  readonly ok: false;
  /** Machine-readable reason, sent as the response's `code`. */
  readonly code: 'body_too_large' | 'invalid_encoding' | 'invalid_json' | 'invalid_body';
  readonly message: string;
}

/** A parsed request body. */
export interface ParsedBody {
  readonly ok: true;
  /** The JSON object (never an array or primitive). */
  readonly value: Record<string, unknown>;
  /** Decoded size in bytes. */
  readonly bytes: number;
  /** The decoded JSON text (items of a batch may be forwarded from it verbatim). */
  readonly text: string;
}

const tooLarge = (max: number): BadInput => ({
  ok: false,
  code: 'body_too_large',
  message: `The request body is larger than ${max} bytes; send smaller batches.`,
});

function inflate(body: Uint8Array, encoding: string, maxBytes: number): Uint8Array | BadInput {
  try {
    const options = { maxOutputLength: maxBytes };
    return encoding === 'gzip' || encoding === 'x-gzip' ? gunzipSync(body, options) : inflateSync(body, options);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(maxBytes);
    return { ok: false, code: 'invalid_encoding', message: `The body is not valid ${encoding} data: ${(error as Error).message}` };
  }
}

/**
 * Decompresses (gzip, deflate) and parses a JSON body, enforcing `maxBytes` both on the wire and
 * after decompression (a small gzip bomb is refused without inflating it fully). `JSON.parse`
 * without a reviver: it builds plain objects with own properties only — a `__proto__` key
 * becomes an own data property, never a prototype — so nothing is polluted as long as the
 * result is never merged with `Object.assign` or spread into other objects' prototypes.
 */
export function parseBody(body: Uint8Array, contentEncoding: string | undefined, maxBytes: number): ParsedBody | BadInput {
  if (body.length > maxBytes) return tooLarge(maxBytes);
  let bytes = body;
  const encoding = contentEncoding?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== '' && encoding !== 'identity') {
    if (encoding !== 'gzip' && encoding !== 'x-gzip' && encoding !== 'deflate') {
      return {
        ok: false,
        code: 'invalid_encoding',
        message: `Content-Encoding "${encoding}" is not supported; send gzip, deflate or plain JSON.`,
      };
    }
    const inflated = inflate(body, encoding, maxBytes);
    if (!(inflated instanceof Uint8Array)) return inflated;
    bytes = inflated;
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'invalid_json', message: `The body is not valid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, code: 'invalid_body', message: 'The body must be a JSON object: one message, or {"batch": [...]}.' };
  }
  return { ok: true, value: value as Record<string, unknown>, bytes: bytes.byteLength, text };
}
