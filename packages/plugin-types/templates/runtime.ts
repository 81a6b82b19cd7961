/**
 * The runtime of the tracking functions in `index.ts`: one tracker, set once with
 * {@link createTracker}, and adapters for the analytics clients.
 *
 * Each generated function calls one of the small `$track`/`$identify`/`$page`/`$screen`/`$group`
 * senders below, which copy the payload (turning `Date`s into ISO strings), add `schema_id`,
 * optionally validate, and hand the message to the adapter. Nothing here runs at import time,
 * and nothing imports Ajv: validators come from `validators.ts` only when an app passes them.
 */

/** A payload as it is sent: plain JSON values only. */
export type Payload = { [key: string]: unknown };

/** Called once the client has handled the message (with an error when it could not). */
export type Callback = (error?: unknown) => void;

/** What every tracking function accepts besides its payload; passed to the client as given. */
export interface CallOptions {
  /** The id of the user in your database. */
  readonly userId?: string;
  /** A pseudo-unique id for a user who is not known yet. */
  readonly anonymousId?: string;
  /** Extra context (`ip`, `locale`, `page`, …), merged by the client into the message's context. */
  readonly context?: { readonly [key: string]: unknown };
  /** Which destinations get the message. */
  readonly integrations?: { readonly [key: string]: unknown };
  /** When the event happened, if not now. */
  readonly timestamp?: Date | string;
  /** A message id for deduplication; clients make one when it is missing. */
  readonly messageId?: string;
  /** Called when the client has handled the message. */
  readonly callback?: Callback;
}

/** Call options that name the user: server-side clients need `userId` or `anonymousId`. */
export type Identified<O extends CallOptions = CallOptions> = O & ({ readonly userId: string } | { readonly anonymousId: string });

/** Options of a page or screen call: the page's `name` and `category`. */
export interface PageOptions extends CallOptions {
  readonly name?: string;
  readonly category?: string;
}

/** Options of a group call: the `groupId` is required. */
export interface GroupOptions extends CallOptions {
  readonly groupId: string;
}

/** Fields every message may carry, copied from {@link CallOptions}. */
export interface MessageBase {
  readonly userId?: string;
  readonly anonymousId?: string;
  readonly context?: { readonly [key: string]: unknown };
  readonly integrations?: { readonly [key: string]: unknown };
  readonly timestamp?: Date | string;
  readonly messageId?: string;
}

/** A track call, in the shape of Segment's spec. */
export interface TrackMessage extends MessageBase {
  readonly type: 'track';
  readonly event: string;
  readonly properties: Payload;
}

/** An identify call. */
export interface IdentifyMessage extends MessageBase {
  readonly type: 'identify';
  readonly traits: Payload;
}

/** A page or screen call. */
export interface PageMessage extends MessageBase {
  readonly type: 'page' | 'screen';
  readonly name?: string;
  readonly category?: string;
  readonly properties: Payload;
}

/** A group call. */
export interface GroupMessage extends MessageBase {
  readonly type: 'group';
  readonly groupId: string;
  readonly traits: Payload;
}

/** Every message a tracking function sends. */
export type Message = TrackMessage | IdentifyMessage | PageMessage | GroupMessage;

/** Sends one message to an analytics client. */
export type Adapter = (message: Message, callback?: Callback) => void;

/** One validation error, as Ajv reports it. */
export interface ValidationError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: object;
  readonly message?: string;
}

/** A compiled validator of one schema. */
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: readonly ValidationError[] | null;
}

/** The validators module's export: validators by `schema_id` and the build's default mode. */
export interface Validators {
  readonly mode: 'warn' | 'throw';
  readonly byId: { readonly [schemaId: string]: ValidateFunction };
}

/** A payload that does not match its schema. */
export interface Violation {
  readonly schemaId: string;
  readonly type: Message['type'];
  readonly event?: string;
  readonly errors: readonly ValidationError[];
  /** One line: the event, its schema id and every error. */
  readonly message: string;
}

/** Thrown by a tracking call when validation is `'throw'` and the payload breaks its schema. */
export class TrackingPlanViolation extends Error {
  readonly violation: Violation;

  constructor(violation: Violation) {
    super(violation.message);
    this.name = 'TrackingPlanViolation';
    this.violation = violation;
  }
}

/** Options of {@link createTracker}. */
export interface TrackerOptions {
  /**
   * What to do with a payload that breaks its schema: `'warn'` logs and sends it, `'throw'` throws
   * a {@link TrackingPlanViolation} and sends nothing, `'off'` skips validation.
   * @default the `validate` option of the build when `validators` are given, else `'off'`
   */
  readonly validate?: 'off' | 'warn' | 'throw';
  /** The validators from `validators.ts`; without them nothing is validated. */
  readonly validators?: Validators;
  /** Called for each violation instead of warning or throwing; the message is sent afterwards. */
  readonly onViolation?: (violation: Violation) => void;
  /**
   * Where `schema_id` goes: into the payload (`properties.schema_id` or `traits.schema_id`, where
   * a Reflekt registry looks first) or into `context.schema_id`.
   * @default 'payload'
   */
  readonly schemaIdIn?: 'payload' | 'context';
}

/** The installed tracker. */
export interface Tracker {
  /** Uninstalls this tracker; tracking calls throw until the next {@link createTracker}. */
  close(): void;
}

interface Active {
  readonly adapter: Adapter;
  readonly inContext: boolean;
  readonly check: ((schemaId: string, message: Message, payload: Payload) => void) | undefined;
}

let active: Active | undefined;

/**
 * Installs the adapter every tracking function sends through. Call it once at start-up, before
 * the first tracking call; a later call replaces the tracker.
 *
 * @example
 * ```ts
 * import { Analytics } from '@segment/analytics-node';
 * createTracker(analyticsNode(new Analytics({ writeKey })), { validators, validate: 'throw' });
 * ```
 */
export function createTracker(adapter: Adapter | readonly Adapter[], options: TrackerOptions = {}): Tracker {
  const adapters: readonly Adapter[] = typeof adapter === 'function' ? [adapter] : adapter;
  const set = options.validators;
  const mode = options.validate ?? set?.mode ?? 'off';
  const onViolation = options.onViolation ?? (mode === 'throw' ? throwViolation : warnViolation);
  const check =
    set && mode !== 'off'
      ? (schemaId: string, message: Message, payload: Payload): void => {
          const validate = set.byId[schemaId];
          if (validate && !validate(payload)) onViolation(violation(schemaId, message, validate.errors ?? []));
        }
      : undefined;
  const self: Active = {
    adapter: (message, callback) => {
      for (const a of adapters) a(message, callback);
    },
    inContext: options.schemaIdIn === 'context',
    check,
  };
  active = self;
  return {
    close() {
      if (active === self) active = undefined;
    },
  };
}

function violation(schemaId: string, message: Message, errors: readonly ValidationError[]): Violation {
  const event = message.type === 'track' ? message.event : undefined;
  const detail = errors.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
  return {
    schemaId,
    type: message.type,
    ...(event !== undefined && { event }),
    errors,
    message: `${message.type}${event === undefined ? '' : ` "${event}"`} does not match ${schemaId}: ${detail}`,
  };
}

function throwViolation(v: Violation): void {
  throw new TrackingPlanViolation(v);
}

function warnViolation(v: Violation): void {
  (globalThis as { console?: { warn(message: string): void } }).console?.warn(`Reflekt: ${v.message}`);
}

/** Copies a payload as JSON would see it: `Date`s become ISO strings, `undefined` members go. */
function toJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (value === null || typeof value !== 'object') return value;
  const out: Payload = {};
  for (const key of Object.keys(value)) {
    const v = toJson((value as Payload)[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

const OPTION_KEYS = ['userId', 'anonymousId', 'context', 'integrations', 'timestamp', 'messageId', 'name', 'category', 'groupId'] as const;

function send(
  base: { type: Message['type']; event?: string },
  schemaId: string,
  payload: object | undefined,
  options: CallOptions = {},
): void {
  const tracker = active;
  if (!tracker) throw new Error('Reflekt: call createTracker() before tracking');
  const data = toJson(payload ?? {}) as Payload & { schema_id?: string };
  const message: { context?: unknown; [key: string]: unknown } = { ...base };
  const given = options as { readonly [key: string]: unknown };
  for (const key of OPTION_KEYS) if (given[key] !== undefined) message[key] = given[key];
  tracker.check?.(schemaId, message as unknown as Message, data);
  if (tracker.inContext) message.context = { ...options.context, schema_id: schemaId };
  else data.schema_id = schemaId;
  message[base.type === 'identify' || base.type === 'group' ? 'traits' : 'properties'] = data;
  tracker.adapter(message as unknown as Message, options.callback);
}

/** @internal Sends a track call; used by the generated functions. */
export function $track(event: string, schemaId: string, properties: object | undefined, options?: CallOptions): void {
  send({ type: 'track', event }, schemaId, properties, options);
}

/** @internal Sends an identify call; used by the generated functions. */
export function $identify(schemaId: string, traits: object | undefined, options?: CallOptions): void {
  send({ type: 'identify' }, schemaId, traits, options);
}

/** @internal Sends a page call; used by the generated functions. */
export function $page(schemaId: string, properties: object | undefined, options?: PageOptions): void {
  send({ type: 'page' }, schemaId, properties, options);
}

/** @internal Sends a screen call; used by the generated functions. */
export function $screen(schemaId: string, properties: object | undefined, options?: PageOptions): void {
  send({ type: 'screen' }, schemaId, properties, options);
}

/** @internal Sends a group call; used by the generated functions. */
export function $group(schemaId: string, traits: object | undefined, options: GroupOptions): void {
  send({ type: 'group' }, schemaId, traits, options);
}

/** A client that takes one message object per call: `@segment/analytics-node`, `@rudderstack/rudder-sdk-node`. */
export interface AnalyticsNodeClient {
  track(message: object, callback?: Callback): unknown;
  identify(message: object, callback?: Callback): unknown;
  page(message: object, callback?: Callback): unknown;
  screen(message: object, callback?: Callback): unknown;
  group(message: object, callback?: Callback): unknown;
}

/**
 * Adapter for `@segment/analytics-node` (and clients with its API): each message goes to the
 * method of its type, as the object the client expects.
 */
export function analyticsNode(client: AnalyticsNodeClient): Adapter {
  return (message, callback) => {
    const { type, ...params } = message;
    if (callback) client[type](params, (error?: unknown) => callback(error));
    else client[type](params);
  };
}

/** A client with analytics.js's positional API: `@segment/analytics-next`, RudderStack's JavaScript SDK. */
export interface AnalyticsJsClient {
  track(event: string, properties?: object, options?: object, callback?: () => void): unknown;
  identify(userId?: string, traits?: object, options?: object, callback?: () => void): unknown;
  page(category?: string | null, name?: string | null, properties?: object, options?: object, callback?: () => void): unknown;
  screen?(category?: string | null, name?: string | null, properties?: object, options?: object, callback?: () => void): unknown;
  group(groupId: string, traits?: object, options?: object, callback?: () => void): unknown;
}

/**
 * Adapter for `@segment/analytics-next` (`AnalyticsBrowser` or `window.analytics`) and clients with
 * the same API. `context`, `integrations`, `timestamp` and `anonymousId` go in the options
 * argument; the user id of an identify call is its first argument.
 */
export function analyticsNext(client: AnalyticsJsClient): Adapter {
  return (message, callback) => {
    const options: { [key: string]: unknown } = {};
    for (const key of ['context', 'integrations', 'timestamp', 'anonymousId'] as const) {
      if (message[key] !== undefined) options[key] = message[key];
    }
    const done = callback && (() => callback());
    switch (message.type) {
      case 'track':
        client.track(message.event, message.properties, options, done);
        break;
      case 'identify':
        client.identify(message.userId, message.traits, options, done);
        break;
      case 'group':
        client.group(message.groupId, message.traits, options, done);
        break;
      default: {
        const page = (message.type === 'screen' && client.screen) || client.page;
        page.call(client, message.category ?? null, message.name ?? null, message.properties, options, done);
      }
    }
  };
}

/** A client that takes the whole {@link Message} (PostHog-style wrappers, a queue, a test recorder). */
export interface GenericClient {
  track(message: TrackMessage, callback?: Callback): unknown;
  identify(message: IdentifyMessage, callback?: Callback): unknown;
  page(message: PageMessage, callback?: Callback): unknown;
  screen?(message: PageMessage, callback?: Callback): unknown;
  group(message: GroupMessage, callback?: Callback): unknown;
}

/** Adapter for a {@link GenericClient}: each message goes, whole, to the method of its type (screen falls back to page). */
export function genericClient(client: GenericClient): Adapter {
  return (message, callback) => {
    switch (message.type) {
      case 'track':
        client.track(message, callback);
        break;
      case 'identify':
        client.identify(message, callback);
        break;
      case 'group':
        client.group(message, callback);
        break;
      default:
        ((message.type === 'screen' && client.screen) || client.page).call(client, message, callback);
    }
  };
}
