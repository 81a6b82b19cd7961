import { parseBody } from './body.js';
import { type Classified, classifyEvents, type OutcomeSink } from './classify.js';
import { messagesOf } from './envelope.js';
import { violationEvents } from './errors.js';
import { resolveLimits } from './limits.js';
import { RegistryMetrics } from './metrics.js';
import { type RawItem, rawBatchItems } from './raw-batch.js';
import { largestEvent, serialize, validLinesOf } from './record-lines.js';
import { corsHeaders, errorResponse, jsonResponse, success } from './responses.js';
import { matchRoute, type Route } from './routes.js';
import { SchemaCache } from './schema-cache.js';
import {
  type Destination,
  DestinationThrottledError,
  type RegistryLimits,
  type RegistryRequest,
  type RegistryResponse,
  type SchemaStore,
  SchemaStoreUnavailableError,
  type ViolationFormat,
} from './types.js';
import { createWriteKeys, presentedWriteKey } from './write-keys.js';

/** What {@link createRegistry} needs. */
export interface RegistryOptions {
  readonly store: SchemaStore;
  /** Where valid events go. */
  readonly valid: Destination;
  /** Where invalid events go, each with its errors. */
  readonly invalid: Destination;
  /** Producer write key → source name. None: any key (or none) is accepted, as source `default`. */
  readonly writeKeys?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
  /** Event name → schema id, for producers that send no `schema_id`. */
  readonly eventSchemas?: Readonly<Record<string, string>>;
  /** Shape of invalid records (default `reflekt`). */
  readonly violationFormat?: ViolationFormat;
  readonly limits?: Partial<RegistryLimits>;
  /** Clock (ms since the epoch), for tests of the negative cache. */
  readonly now?: () => number;
  /** Also told the outcome of every event, besides the registry's own metrics (the Lambda's per-invocation counts). */
  readonly outcomes?: OutcomeSink;
}

/** A validating, Segment-compatible registry, independent of any transport. */
export interface Registry {
  /** Answers one request. Never rejects: every failure becomes a status code. */
  handle(request: RegistryRequest): Promise<RegistryResponse>;
  readonly metrics: RegistryMetrics;
  readonly cache: SchemaCache;
  /** `open` when no write keys are configured (any key accepted), else `keys`. */
  readonly writeKeyMode: 'open' | 'keys';
  readonly limits: RegistryLimits;
  readonly store: SchemaStore;
  readonly valid: Destination;
  readonly invalid: Destination;
  /** Waits until both destinations wrote what they buffered. */
  flush(): Promise<void>;
  /** Flushes and closes both destinations. */
  close(): Promise<void>;
}

/** Seconds a producer is asked to wait when the store or a destination failed. */
const RETRY_AFTER_SECONDS = '5';

const tooDeep = (origin: string | undefined): RegistryResponse =>
  errorResponse(400, 'invalid_body', 'An event is nested too deeply to be processed; flatten it.', origin);

/**
 * Creates the registry core. Each request is parsed once, authenticated, its events validated
 * (first-error mode; full capped error list only for invalid events) and handed to the two
 * destinations with one `send` each. The answer follows Segment's contract, so SDK retries
 * neither lose nor duplicate data: 200 when every event was handed over (valid or invalid),
 * 400 for malformed or oversized input, 401 for an unknown write key, 503/429 only when the
 * schema store or a destination failed.
 */
export function createRegistry(options: RegistryOptions): Registry {
  const limits = resolveLimits(options.limits);
  const now = options.now ?? Date.now;
  const cache = new SchemaCache(options.store, limits.negativeCacheMs, now);
  const metrics = new RegistryMetrics(cache.stats);
  const writeKeys = createWriteKeys(options.writeKeys ?? {});
  const extra = options.outcomes;
  const outcomes: OutcomeSink =
    extra === undefined
      ? metrics
      : {
          outcome(schemaId, valid, category) {
            metrics.outcome(schemaId, valid, category);
            extra.outcome(schemaId, valid, category);
          },
        };
  const classifyOptions = {
    cache,
    maxErrors: limits.maxErrors,
    outcomes,
    ...(options.eventSchemas === undefined ? {} : { eventSchemas: options.eventSchemas }),
  };
  const violationFormat = options.violationFormat ?? 'reflekt';
  const { valid, invalid } = options;

  const timedSend = async (destination: Destination, records: readonly object[], lines: readonly string[]): Promise<void> => {
    if (records.length === 0) return;
    const started = performance.now();
    let ok = false;
    try {
      await destination.send(records, lines);
      ok = true;
    } finally {
      metrics.destination(destination.name, (performance.now() - started) / 1000, ok);
    }
  };

  async function deliver(
    classified: Classified,
    raw: readonly (RawItem | undefined)[] | undefined,
    receivedAt: string,
    origin: string | undefined,
  ): Promise<RegistryResponse> {
    const invalidRecords: object[] = violationFormat === 'segment' ? classified.invalid.flatMap(violationEvents) : classified.invalid;
    const validLines = validLinesOf(classified, raw, receivedAt);
    const invalidLines = serialize(invalidRecords);
    if (validLines === undefined || invalidLines === undefined) return tooDeep(origin);
    const results = await Promise.allSettled([
      timedSend(valid, classified.valid, validLines),
      timedSend(invalid, invalidRecords, invalidLines),
    ]);
    const failures = results.flatMap((result, index) =>
      result.status === 'rejected' ? [{ error: result.reason as Error, name: (index === 0 ? valid : invalid).name }] : [],
    );
    if (failures.length === 0) return success(origin);
    const throttled = failures.find((failure) => failure.error instanceof DestinationThrottledError);
    if (throttled !== undefined && failures.length === 1) {
      const seconds = String((throttled.error as DestinationThrottledError).retryAfterSeconds);
      return errorResponse(429, 'destination_throttled', throttled.error.message, origin, {
        'retry-after': seconds,
        'x-ratelimit-reset': seconds,
      });
    }
    const message = failures.map((failure) => `${failure.name}: ${failure.error.message}`).join('; ');
    return errorResponse(503, 'destination_unavailable', `Events could not be handed over; retry. ${message}`, origin, {
      'retry-after': RETRY_AFTER_SECONDS,
    });
  }

  async function ingest(route: Route, request: RegistryRequest, origin: string | undefined): Promise<RegistryResponse> {
    if (request.method !== 'POST')
      return errorResponse(405, 'method_not_allowed', 'Send events with POST.', origin, { allow: 'POST, OPTIONS' });
    const parsed = parseBody(request.body, request.headers['content-encoding'], limits.maxBatchBytes);
    if (!parsed.ok) return errorResponse(400, parsed.code, parsed.message, origin);
    const key = presentedWriteKey(request.headers.authorization, parsed.value);
    let source = 'default';
    if (writeKeys.size > 0) {
      const found = key === undefined ? undefined : writeKeys.sourceOf(key);
      if (found === undefined) {
        const message =
          key === undefined
            ? 'No write key: send it as HTTP Basic user or as "writeKey" in the body.'
            : 'The write key is not configured on this registry.';
        return errorResponse(401, 'unauthorized', message, origin);
      }
      source = found;
    }
    // Read before `messagesOf` layers the envelope into the items.
    const raw = route.kind === 'batch' ? rawBatchItems(parsed.value, parsed.text) : undefined;
    const events = messagesOf(route, parsed.value, limits.maxBatchEvents);
    if (!Array.isArray(events)) return errorResponse(400, events.code, events.message, origin);
    if (parsed.bytes > limits.maxEventBytes) {
      const largest = route.kind === 'single' ? parsed.bytes : largestEvent(events);
      if (largest < 0) return tooDeep(origin);
      if (largest > limits.maxEventBytes) {
        return errorResponse(
          400,
          'event_too_large',
          `An event is ${largest} bytes; at most ${limits.maxEventBytes} bytes are accepted per event.`,
          origin,
        );
      }
    }
    let classified: Classified;
    const receivedAt = new Date(request.receivedAt ?? now()).toISOString();
    try {
      classified = await classifyEvents(events, classifyOptions, { source, receivedAt });
    } catch (error) {
      if (!(error instanceof SchemaStoreUnavailableError)) throw error;
      return errorResponse(503, 'schema_store_unavailable', `Schemas cannot be read right now; retry. ${error.message}`, origin, {
        'retry-after': RETRY_AFTER_SECONDS,
      });
    }
    return deliver(classified, raw, receivedAt, origin);
  }

  async function dispatch(request: RegistryRequest): Promise<RegistryResponse> {
    const origin = request.headers.origin;
    if (request.method === 'OPTIONS') return { status: 204, headers: corsHeaders(origin), body: '' };
    const route = matchRoute(request.path);
    if (route === undefined)
      return errorResponse(
        404,
        'not_found',
        `No route ${request.path}: post events to /v1/batch, /v1/track, /v1/t, … or read /health and /metrics.`,
        origin,
      );
    switch (route.kind) {
      case 'health':
        return jsonResponse(
          200,
          JSON.stringify({
            status: 'ok',
            schemas: options.store.description,
            cached: cache.size,
            valid: valid.name,
            invalid: invalid.name,
          }),
          origin,
        );
      case 'metrics':
        return { status: 200, headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }, body: metrics.render() };
      case 'purge': {
        if (request.method !== 'POST') return errorResponse(405, 'method_not_allowed', 'Purge with POST.', origin, { allow: 'POST' });
        const key = presentedWriteKey(request.headers.authorization, undefined);
        if (writeKeys.size > 0 && (key === undefined || writeKeys.sourceOf(key) === undefined)) {
          return errorResponse(401, 'unauthorized', 'Purging needs a configured write key (HTTP Basic or Bearer).', origin);
        }
        return jsonResponse(200, JSON.stringify({ success: true, purged: cache.purgeMissing() }), origin);
      }
      default:
        return ingest(route, request, origin);
    }
  }

  return {
    metrics,
    cache,
    limits,
    store: options.store,
    valid,
    invalid,
    writeKeyMode: writeKeys.size === 0 ? 'open' : 'keys',
    async handle(request) {
      const started = performance.now();
      let response: RegistryResponse;
      try {
        response = await dispatch(request);
      } catch (error) {
        // A bug, not a bad event: answer 500 so the SDK retries, and say what broke.
        response = errorResponse(500, 'internal_error', `The registry failed: ${(error as Error).message}`, request.headers.origin);
      }
      metrics.request(response.status, (performance.now() - started) / 1000);
      return response;
    },
    async flush() {
      await Promise.all([valid.flush(), invalid.flush()]);
    },
    async close() {
      await Promise.all([valid.close(), invalid.close()]);
    },
  };
}
