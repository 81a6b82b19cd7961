import { isObject, type Message } from './envelope.js';
import { errorRecord, eventError, eventFacts } from './errors.js';
import { MESSAGE_TYPES } from './routes.js';
import type { MissingSchema, SchemaCache } from './schema-cache.js';
import { isSafeSchemaId } from './schema-id.js';
import type { CompiledSchema, ErrorCategory, ErrorRecord, InvalidRecord, ValidatorError } from './types.js';

/** Receives one call per classified event (the metrics). */
export interface OutcomeSink {
  outcome(schemaId: string | null, valid: boolean, category: string | null): void;
}

/** How {@link classifyEvents} works. */
export interface ClassifyOptions {
  readonly cache: SchemaCache;
  /** Event name (track `event`, page/screen `name`, or `identify`/`group`) → schema id, for producers that send no `schema_id`. */
  readonly eventSchemas?: Readonly<Record<string, string>>;
  /** Errors kept per invalid event. */
  readonly maxErrors: number;
  readonly outcomes?: OutcomeSink;
}

/** The request-level facts stamped on every record. */
export interface ClassifyContext {
  /** Source name from the write key. */
  readonly source: string;
  /** ISO 8601 arrival time, stamped as `receivedAt`. */
  readonly receivedAt: string;
  /** Validate every event against this schema instead of its own (`reflekt replay --schema`). */
  readonly schemaOverride?: string;
}

/** Events split by outcome. Valid events are the messages themselves with `receivedAt` set. */
export interface Classified {
  readonly valid: Record<string, unknown>[];
  /** The index in the input of each valid event. */
  readonly validIndexes: number[];
  readonly invalid: InvalidRecord[];
}

const EMPTY_PAYLOAD: Readonly<Message> = Object.freeze({});

/** The validated object of a message: `traits` of identify/group, else `properties`. */
const payloadKey = (type: string): 'traits' | 'properties' => (type === 'identify' || type === 'group' ? 'traits' : 'properties');

/** Where the event map looks an event up: the track's `event`, the page/screen `name`, else the type. */
function eventName(message: Message, type: string): unknown {
  if (type === 'track') return message.event;
  if (type === 'page' || type === 'screen') return message.name;
  return type;
}

/**
 * A message's schema id: `properties.schema_id` / `traits.schema_id`, then
 * `context.schema_id`, then the event map; `undefined` when none applies. A non-string id is
 * returned as is (and reported as invalid).
 */
function schemaIdOf(message: Message, type: string, eventSchemas: Readonly<Record<string, string>> | undefined): unknown {
  const payload = message[payloadKey(type)];
  if (payload !== null && typeof payload === 'object') {
    const id = (payload as Message).schema_id;
    if (id !== undefined) return id;
  }
  const context = message.context;
  if (context !== null && typeof context === 'object') {
    const id = (context as Message).schema_id;
    if (id !== undefined) return id;
  }
  if (eventSchemas !== undefined) {
    const name = eventName(message, type);
    if (typeof name === 'string' && Object.hasOwn(eventSchemas, name)) return eventSchemas[name];
  }
  return undefined;
}

/** Runs a validator; a validator that throws (stack overflow on absurd nesting) fails the event. */
function run(validate: CompiledSchema['validate'], data: unknown): ValidatorError[] | null {
  try {
    return validate(data) ? null : [...(validate.errors ?? [])];
  } catch (error) {
    return [{ instancePath: '', schemaPath: '', keyword: '', params: {}, message: `could not be validated: ${(error as Error).message}` }];
  }
}

/**
 * The full (capped) error list of a payload that failed first-error validation. `schema_id` is
 * routing data, accepted even by closed schemas: when the payload carries one, it is checked
 * without it, and an `additionalProperties` error about it alone never makes an event invalid.
 */
function fullErrors(schema: CompiledSchema, payload: unknown, maxErrors: number): ErrorRecord[] {
  let data = payload;
  if (isObject(payload) && Object.hasOwn(payload, 'schema_id')) {
    const { schema_id: _routing, ...rest } = payload;
    data = rest;
  }
  const errors = run(schema.validateAll, data) ?? [];
  const records: ErrorRecord[] = [];
  for (const error of errors) {
    if (records.length === maxErrors) break;
    records.push(errorRecord(error, schema.id));
  }
  return records;
}

/** Why an event is invalid; `known` when its schema was found (and may label metrics). */
interface Rejection {
  readonly schemaId: string | null;
  readonly errors: ErrorRecord[];
  readonly known: boolean;
}

const reject = (category: ErrorCategory, schemaId: string | null, message: string): Rejection => ({
  schemaId,
  errors: [eventError(category, schemaId, message)],
  known: false,
});

/**
 * The verdict on one event whose schema id (`id`, already looked up) is cached or known
 * missing: `undefined` when it is valid, else why not (up to `maxErrors + 1` errors, so the
 * caller can tell that the list was cut).
 */
function judge(event: unknown, id: unknown, cache: SchemaCache, maxErrors: number): Rejection | undefined {
  if (!isObject(event) || typeof event.type !== 'string' || !MESSAGE_TYPES.has(event.type)) {
    const what = isObject(event) ? `type ${JSON.stringify(event.type) ?? 'missing'}` : Array.isArray(event) ? 'an array' : typeof event;
    return reject(
      'Message-Invalid',
      null,
      `Not a Segment message (${what}): expected an object whose "type" is track, identify, page, screen, group or alias.`,
    );
  }
  if (id === undefined) {
    // Aliases carry no payload to validate; one without a schema id is valid as it is.
    if (event.type === 'alias') return undefined;
    return reject(
      'Schema-Id-Missing',
      null,
      `The ${event.type} carries no schema_id in ${payloadKey(event.type)} or context, and no eventSchemas entry matches it.`,
    );
  }
  if (typeof id !== 'string' || (!cache.has(id) && !isSafeSchemaId(id))) {
    const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 200)) : `a ${typeof id}`;
    return reject(
      'Schema-Id-Invalid',
      null,
      `schema_id ${shown} is not a schema id: use a relative id like "vendor/Event_Name/1-0.json" (letters, digits, _ . - and /, no "..").`,
    );
  }
  const known = cache.peek(id) as CompiledSchema | MissingSchema;
  if ('missing' in known) return reject(known.reason === 'not-found' ? 'Schema-Not-Found' : 'Schema-Invalid', id, known.detail);
  const payload = event[payloadKey(event.type)] ?? EMPTY_PAYLOAD;
  if (run(known.validate, payload) === null) return undefined;
  const errors = fullErrors(known, payload, maxErrors + 1);
  // No error left: the only complaint was the routing field `schema_id` in a closed schema.
  return errors.length === 0 ? undefined : { schemaId: id, errors, known: true };
}

/**
 * Validates events and splits them into valid messages and {@link InvalidRecord}s. Unknown
 * schema ids are looked up (one store read per id, all in parallel) before any event is
 * validated, so the hot path never awaits per event. Rejects only when the schema store
 * could not answer; every problem with an event itself makes that event invalid.
 */
export async function classifyEvents(events: readonly unknown[], options: ClassifyOptions, context: ClassifyContext): Promise<Classified> {
  const { cache, eventSchemas, maxErrors, outcomes } = options;
  const ids: unknown[] = new Array(events.length);
  let pending: Promise<void>[] | undefined;
  for (let i = 0; i < events.length; i++) {
    const message = events[i];
    if (!isObject(message) || typeof message.type !== 'string' || !MESSAGE_TYPES.has(message.type)) continue;
    const id = context.schemaOverride ?? schemaIdOf(message, message.type, eventSchemas);
    ids[i] = id;
    // A cached id was checked when it was first seen; only new ids pay for the safety check.
    if (typeof id === 'string' && !cache.has(id) && isSafeSchemaId(id) && cache.peek(id) === undefined) {
      pending ??= [];
      pending.push(cache.load(id));
    }
  }
  if (pending !== undefined) await Promise.all(pending);

  const valid: Message[] = [];
  const validIndexes: number[] = [];
  const invalid: InvalidRecord[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const rejection = judge(event, ids[i], cache, maxErrors);
    if (rejection === undefined) {
      const message = event as Message;
      message.receivedAt = context.receivedAt;
      valid.push(message);
      validIndexes.push(i);
      const id = ids[i];
      outcomes?.outcome(typeof id === 'string' ? id : null, true, null);
      continue;
    }
    const { schemaId, errors } = rejection;
    const truncated = errors.length > maxErrors;
    if (truncated) errors.length = maxErrors;
    invalid.push({
      kind: 'reflekt.invalid',
      receivedAt: context.receivedAt,
      source: context.source,
      ...eventFacts(event),
      schemaId,
      errors,
      errorsTruncated: truncated,
      payload: event,
    });
    // Metrics label only schemas the store knows, so made-up ids cannot grow the label set.
    outcomes?.outcome(rejection.known ? schemaId : null, false, errors[0]?.category ?? null);
  }
  return { valid, validIndexes, invalid };
}
