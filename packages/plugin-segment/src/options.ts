import { validateOptions } from '@reflekt/compiler';

/** The plugin's package name: its tap name and the `plugin` of its diagnostics. */
export const PLUGIN_NAME = '@reflekt/plugin-segment';

/** The Public API host of each Segment region. */
export const REGION_HOSTS = {
  us: 'https://api.segmentapis.com',
  eu: 'https://eu1.api.segmentapis.com',
} as const;

/** How push applies the diff. */
export type PushMode = 'upsert' | 'replace';

/** Options of the Segment plugin. */
export interface SegmentOptions {
  /**
   * Where the workspace lives: `us` (`api.segmentapis.com`) or `eu` (`eu1.api.segmentapis.com`).
   * `--region` on `reflekt push` overrides it.
   * @default 'us'
   */
  readonly region?: 'us' | 'eu';
  /** The API base URL, overriding `region` (a proxy, or a local server in tests). */
  readonly baseUrl?: string;
  /** The tracking plan (id `tp_…` or name) used when `--plan` is not given. */
  readonly plan?: string;
  /** The plan folder under `schemas/`. Default: the plan name as a slug (`Online Shop` → `online_shop`). */
  readonly folder?: string;
  /**
   * How push applies changes: `upsert` sends changed rules with PATCH and removed ones with DELETE;
   * `replace` sends the whole rule set with one PUT. `--mode` overrides it.
   * @default 'upsert'
   */
  readonly mode?: PushMode;
  /** The environment variable holding the Public API token. @default 'SEGMENT_API_TOKEN' */
  readonly tokenEnv?: string;
  /** Retries after a 429, a 5xx, a network error or a timeout. @default 4 */
  readonly retries?: number;
  /** First backoff delay in ms, doubled per retry. @default 500 */
  readonly retryDelayMs?: number;
  /** A 429 asking to wait longer than this fails instead. @default 120 */
  readonly maxRetryAfterSeconds?: number;
  /** Per request. @default 30000 */
  readonly timeoutMs?: number;
  /** Items per page when listing (1–200). @default 200 */
  readonly pageSize?: number;
  /** Rules per PATCH request. @default 100 */
  readonly batchSize?: number;
  /** The type of plans push creates. @default 'LIVE' */
  readonly planType?: string;
  /** The `fetch` to use (a proxy agent, instrumentation). @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
}

/** {@link SegmentOptions} with the defaults filled in. */
export interface ResolvedSegmentOptions {
  readonly region: 'us' | 'eu';
  readonly baseUrl?: string;
  readonly plan?: string;
  readonly folder?: string;
  readonly mode: PushMode;
  readonly tokenEnv: string;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly maxRetryAfterSeconds: number;
  readonly timeoutMs: number;
  readonly pageSize: number;
  readonly batchSize: number;
  readonly planType: string;
  readonly fetch?: typeof globalThis.fetch;
}

/** The JSON Schema of {@link SegmentOptions}; `fetch` is checked by {@link resolveOptions}. */
export const optionsSchema = {
  type: 'object',
  properties: {
    region: { enum: ['us', 'eu'], default: 'us' },
    baseUrl: { type: 'string', pattern: '^https?://' },
    plan: { type: 'string', minLength: 1 },
    folder: { type: 'string', minLength: 1, pattern: '^[^/\\\\]+$' },
    mode: { enum: ['upsert', 'replace'], default: 'upsert' },
    tokenEnv: { type: 'string', minLength: 1, default: 'SEGMENT_API_TOKEN' },
    retries: { type: 'integer', minimum: 0, maximum: 10, default: 4 },
    retryDelayMs: { type: 'integer', minimum: 0, default: 500 },
    maxRetryAfterSeconds: { type: 'integer', minimum: 0, default: 120 },
    timeoutMs: { type: 'integer', minimum: 1, default: 30000 },
    pageSize: { type: 'integer', minimum: 1, maximum: 200, default: 200 },
    batchSize: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
    planType: { type: 'string', minLength: 1, default: 'LIVE' },
    fetch: {},
  },
  additionalProperties: false,
} as const;

/** Validates the options (RK7005 on a problem) and fills in the defaults. */
export function resolveOptions(options: SegmentOptions | undefined): ResolvedSegmentOptions {
  const resolved = validateOptions<ResolvedSegmentOptions>(PLUGIN_NAME, optionsSchema, options);
  if (resolved.fetch !== undefined && typeof resolved.fetch !== 'function') {
    throw new TypeError(`${PLUGIN_NAME}: the option fetch must be a function like globalThis.fetch, got ${typeof resolved.fetch}.`);
  }
  return resolved;
}
