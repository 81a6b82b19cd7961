import type { BadInput } from './body.js';
import type { Route } from './routes.js';

/** A message as parsed from JSON (an own-property bag). */
export type Message = Record<string, unknown>;

/** Whether `value` is a JSON object (not an array or `null`). */
export const isObject = (value: unknown): value is Message => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `own` layered over `defaults` into a fresh object: own keys win. Keys are copied as data
 * properties; a `__proto__` key is defined, not assigned, so it never changes a prototype.
 */
export function layered(defaults: Message, own: Message): Message {
  const out: Message = {};
  for (const source of [defaults, own]) {
    for (const key of Object.keys(source)) {
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: source[key], enumerable: true, writable: true, configurable: true });
      else out[key] = source[key];
    }
  }
  return out;
}

/**
 * The messages of a request: the items of a batch with the envelope's `context`,
 * `integrations` and `sentAt` layered under each item's own, or the single message of a
 * `/v1/track`-style request typed by its path. Items stay as parsed (no copy) unless the
 * envelope adds something; the producer's `writeKey` is blanked so it never reaches a
 * destination (`undefined` is left out by `JSON.stringify`, and is cheaper than `delete`).
 */
export function messagesOf(route: Route, body: Message, maxEvents: number): unknown[] | BadInput {
  if (route.kind === 'single') {
    if (body.type !== route.type) body.type = route.type;
    if (body.writeKey !== undefined) body.writeKey = undefined;
    return [body];
  }
  const batch = body.batch;
  if (!Array.isArray(batch)) return { ok: false, code: 'invalid_body', message: 'A batch body needs a "batch" array of messages.' };
  if (batch.length > maxEvents) {
    return {
      ok: false,
      code: 'body_too_large',
      message: `The batch has ${batch.length} messages; at most ${maxEvents} are accepted per request.`,
    };
  }
  const context = isObject(body.context) ? body.context : undefined;
  const integrations = isObject(body.integrations) ? body.integrations : undefined;
  const sentAt = typeof body.sentAt === 'string' ? body.sentAt : undefined;
  for (const item of batch) {
    if (!isObject(item)) continue;
    if (item.writeKey !== undefined) item.writeKey = undefined;
    if (context !== undefined) item.context = isObject(item.context) ? layered(context, item.context) : context;
    if (integrations !== undefined)
      item.integrations = isObject(item.integrations) ? layered(integrations, item.integrations) : integrations;
    if (sentAt !== undefined && item.sentAt === undefined) item.sentAt = sentAt;
  }
  return batch;
}
