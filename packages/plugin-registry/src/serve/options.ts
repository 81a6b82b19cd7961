/** `serve` options of the registry plugin: the local server behind `reflekt serve`. */
export interface ServeOptions {
  /** Port (default 8080; 0 picks a free one). `--port` wins. */
  readonly port?: number;
  /** Interface to listen on (default `127.0.0.1`). `--host` wins. */
  readonly host?: string;
  /** Folder or `s3://bucket/prefix` with the validators (default: the build's schemas folder). */
  readonly schemas?: string;
  /** Destination URI of valid events (default `file:<outDir>/registry/valid.ndjson`). */
  readonly valid?: string;
  /** Destination URI of invalid events (default `file:<outDir>/registry/invalid.ndjson`). */
  readonly invalid?: string;
  /**
   * Producer write keys, as source name → name of the environment variable holding that
   * source's key (keys are secrets: they never appear in config). Merged with
   * `REFLEKT_WRITE_KEYS`.
   */
  readonly writeKeys?: Readonly<Record<string, string>>;
  /** Event name (track `event`, page/screen `name`, `identify`, `group`) → schema id, for producers that send no `schema_id`. */
  readonly eventSchemas?: Readonly<Record<string, string>>;
  /** Shape of invalid records: `reflekt` (default) or Segment's `Violation Generated` tracks (`segment`). */
  readonly violationFormat?: 'reflekt' | 'segment';
  /** Size limits and cache timing (defaults: Segment's limits, 20 errors per event, 30 s negative cache). */
  readonly limits?: {
    readonly maxEventBytes?: number;
    readonly maxBatchBytes?: number;
    readonly maxBatchEvents?: number;
    readonly maxErrors?: number;
    readonly negativeCacheMs?: number;
  };
}

const positiveInteger = { type: 'integer', minimum: 1 } as const;

/** The JSON Schema of {@link ServeOptions}, used inside the plugin's options schema. */
export const serveOptionsSchema = {
  type: 'object',
  properties: {
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    host: { type: 'string', minLength: 1 },
    schemas: { type: 'string', minLength: 1 },
    valid: { type: 'string', minLength: 1 },
    invalid: { type: 'string', minLength: 1 },
    writeKeys: { type: 'object', additionalProperties: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } },
    eventSchemas: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
    violationFormat: { enum: ['reflekt', 'segment'] },
    limits: {
      type: 'object',
      properties: {
        maxEventBytes: positiveInteger,
        maxBatchBytes: positiveInteger,
        maxBatchEvents: positiveInteger,
        maxErrors: positiveInteger,
        negativeCacheMs: { type: 'integer', minimum: 0 },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;
