/**
 * The registry runtime's contracts. The core (`createRegistry`) is transport-free: the
 * `node:http` server (`reflekt serve`) and the AWS Lambda handler are thin adapters that turn
 * their requests into {@link RegistryRequest} and send back the {@link RegistryResponse}.
 *
 * Nothing here imports Ajv or the AWS SDK: the Lambda bundle must stay small, so S3 is loaded
 * lazily and validators arrive precompiled.
 */

/** One HTTP request, independent of the transport. */
export interface RegistryRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path without query string, as received (any base path before the Segment path is allowed). */
  readonly path: string;
  /** Headers with lower-case names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The raw body (still gzip-compressed when `content-encoding: gzip`). */
  readonly body: Uint8Array;
  /** Arrival time in ms since the epoch (stamped as `receivedAt`); defaults to now. */
  readonly receivedAt?: number;
}

/** The answer to a {@link RegistryRequest}. */
export interface RegistryResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** One validation error as Ajv reports it. */
export interface ValidatorError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** An Ajv standalone validate function: returns whether `data` is valid and sets `errors` when not. */
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: readonly ValidatorError[] | null;
}

/**
 * The module a precompiled validator file exports (`<id>.validate.js` in the schemas folder):
 * self-contained ESM without imports, so it loads from a file, from S3 text or from the bundle.
 */
export interface ValidatorModule {
  /** First-error mode, for the hot path. */
  readonly default: ValidateFunction;
  /** All-errors mode, run only on an invalid event to report (a capped list of) every error. */
  readonly validateAll: ValidateFunction;
}

/** A schema ready to validate against. */
export interface CompiledSchema {
  /** The exact schema id, e.g. `shop/Order_Completed/1-0.json`. */
  readonly id: string;
  readonly validate: ValidateFunction;
  readonly validateAll: ValidateFunction;
}

/** Where compiled validators come from: a folder, S3, or validators baked into the bundle. */
export interface SchemaStore {
  /** Human-readable location (`artifacts/schemas`, `s3://bucket/prefix`, `embedded`). */
  readonly description: string;
  /**
   * The compiled schema with exactly this id; `undefined` when the store has no such schema.
   * Rejects with {@link SchemaStoreUnavailableError} when the store cannot be reached, so the
   * request is answered with a retryable status instead of marking events invalid.
   */
  get(id: string): Promise<CompiledSchema | undefined>;
}

/** The schema store could not answer (S3 down, permission denied, unreadable folder). */
export class SchemaStoreUnavailableError extends Error {
  override readonly name = 'SchemaStoreUnavailableError';
}

/**
 * The store has the schema but its validator module does not load (not JavaScript, no
 * `default`/`validateAll` functions). Events naming it are invalid (`Schema-Invalid`) rather
 * than retried forever; the id is cached like an unknown one, so a fixed upload is picked up.
 */
export class InvalidValidatorModuleError extends Error {
  override readonly name = 'InvalidValidatorModuleError';
}

/**
 * Where routed events go. `send` resolves once the records were handed over (appended to the
 * file stream, accepted by the HTTP endpoint, stored in S3) and rejects when they were not; the
 * request is then answered 5xx/429 so the SDK retries, and `messageId` lets destinations dedupe.
 */
export interface Destination {
  /** The destination's URI without secrets, for logs and metrics. */
  readonly name: string;
  /**
   * Hands `records` over. `lines`, when given, holds `JSON.stringify(records[i])` for every
   * record (the core serialises once, so destinations never stringify twice).
   */
  send(records: readonly object[], lines?: readonly string[]): Promise<void>;
  /** Waits for buffered records to be written; called on shutdown and at the end of a Lambda invocation. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A destination's failure when the receiver asked to slow down (HTTP 429 / S3 SlowDown): the
 * request is answered 429 with `retry-after` instead of 503.
 */
export class DestinationThrottledError extends Error {
  override readonly name = 'DestinationThrottledError';
  constructor(
    message: string,
    /** Seconds the receiver asked to wait. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** Why an event is invalid: the dead-letter record's `category` (RudderStack-compatible names where they exist). */
export type ErrorCategory =
  | 'Required-Missing'
  | 'Datatype-Mismatch'
  | 'Additional-Properties'
  | 'Enum'
  | 'Format'
  | 'Constraint'
  | 'Schema-Not-Found'
  | 'Schema-Invalid'
  | 'Schema-Id-Missing'
  | 'Schema-Id-Invalid'
  | 'Message-Invalid'
  | 'Unknown';

/** One reason an event is invalid. */
export interface ErrorRecord {
  readonly category: ErrorCategory;
  /** The schema the event was checked against (`null` when it named none). */
  readonly schemaId: string | null;
  /** JSON Pointer into the validated payload (`properties` or `traits`); `''` for the payload itself. */
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message: string;
}

/**
 * What an invalid event becomes in the invalid destination (`violationFormat: 'reflekt'`): the
 * event exactly as received in `payload`, plus why it failed. `reflekt replay` reads these.
 */
export interface InvalidRecord {
  readonly kind: 'reflekt.invalid';
  /** When the registry received the event (ISO 8601). */
  readonly receivedAt: string;
  /** The producer's source name (from its write key). */
  readonly source: string;
  readonly messageId: string | null;
  readonly type: string | null;
  /** `event` of a track, `name` of a page/screen, else `null`. */
  readonly event: string | null;
  readonly schemaId: string | null;
  /** At most `limits.maxErrors` errors; `errorsTruncated` says when more were found. */
  readonly errors: readonly ErrorRecord[];
  readonly errorsTruncated: boolean;
  readonly payload: unknown;
}

/** Size limits and cache timing; every field has a Segment-compatible default. */
export interface RegistryLimits {
  /** Bytes per event (default 32 KB). */
  readonly maxEventBytes: number;
  /** Bytes per request body, also after gzip (default 500 KB). */
  readonly maxBatchBytes: number;
  /** Events per batch (default 2,500). */
  readonly maxBatchEvents: number;
  /** Errors kept per invalid event (default 20). */
  readonly maxErrors: number;
  /** How long an unknown schema id stays unknown before the store is asked again (default 30 s). */
  readonly negativeCacheMs: number;
}

/** `reflekt`: {@link InvalidRecord}s; `segment`: Segment Protocols' `Violation Generated` track events. */
export type ViolationFormat = 'reflekt' | 'segment';

/**
 * Connection settings for S3 (schema stores and destinations). Credentials and region come from
 * the AWS SDK's default chain unless given; `endpoint` + `forcePathStyle` point at S3-compatible
 * servers.
 */
export interface S3Settings {
  readonly region?: string;
  readonly endpoint?: string;
  readonly forcePathStyle?: boolean;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
}

/** What the runtime needs from outside; everything defaults to the real thing. */
export interface RuntimeDeps {
  /** Environment variables (secrets such as the Segment write key come from here). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
  readonly s3?: S3Settings;
  /** Where `stdout:` writes (default `process.stdout`). */
  readonly stdout?: { write(chunk: string): boolean };
  /** Base folder for relative `file:` destinations and schema folders (default `process.cwd()`). */
  readonly cwd?: string;
  /** Retries of network destinations (default 3 tries). */
  readonly retries?: number;
  /** First retry delay in ms (default 100, doubled per try). */
  readonly retryDelayMs?: number;
  /** Per-attempt timeout of network destinations in ms (default 10 s). */
  readonly timeoutMs?: number;
}
