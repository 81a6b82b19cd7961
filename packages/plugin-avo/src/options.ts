import { validateOptions } from '@reflekt/compiler';

/** The plugin's package name: its tap name and the `plugin` of its diagnostics. */
export const PLUGIN_NAME = '@reflekt/plugin-avo';

/** Where Avo's public API lives. */
export const DEFAULT_BASE_URL = 'https://api.avo.app';

/** Environment variable holding the service account's full name (with its `_sa_…` suffix). */
export const ENV_ACCOUNT_NAME = 'AVO_SERVICE_ACCOUNT_NAME';

/** Environment variable holding the service account's secret. */
export const ENV_ACCOUNT_SECRET = 'AVO_SERVICE_ACCOUNT_SECRET';

/** The `fetch` the client calls; injectable so a proxy or a test server can stand in. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Options of the Avo source plugin. Credentials are never options: they come from the environment. */
export interface AvoOptions {
  /** The workspace id, from the app URL `avo.app/schemas/<workspaceId>`. Required unless every pull reads `--file`. */
  readonly workspaceId?: string;
  /**
   * Branch name → branch id (from `avo.app/schemas/<workspace>/branches/<branchId>`). `main` is
   * always the id `main`. Merged over `registry.avo.branches` of a `reflekt_project.yml`.
   */
  readonly branches?: Readonly<Record<string, string>>;
  /** The branch pulled when `--branch` is not given. @default 'main' */
  readonly branch?: string;
  /** Root URL of the API; point it at a proxy or a test server. @default 'https://api.avo.app' */
  readonly baseUrl?: string;
  /** Folder under the schemas folder the plan is written to. Default: `--plan`, else the project name. */
  readonly folder?: string;
  /** `self.vendor` of pulled schemas. Default: the project's `vendor`. */
  readonly vendor?: string;
  /**
   * Destination (id or name) whose name mappings apply, besides mappings for all destinations.
   * Mappings for other destinations are reported, not applied.
   */
  readonly destination?: string;
  /** Retries after a 429, a 5xx or a network failure. @default 3 */
  readonly retries?: number;
  /** First backoff delay in ms, doubled per retry; a `Retry-After` header wins when longer. @default 1000 */
  readonly retryDelayMs?: number;
  /** Upper bound of one wait between attempts, in ms. @default 30000 */
  readonly maxRetryDelayMs?: number;
  /**
   * Least time between two requests of one service account, in ms. Avo's soft limit is one per
   * second; the margin keeps network jitter from turning spaced requests into a 429.
   * @default 1100
   */
  readonly minIntervalMs?: number;
  /** Time limit of one request, in ms. @default 30000 */
  readonly timeoutMs?: number;
  /** The `fetch` to call. @default globalThis.fetch */
  readonly fetch?: FetchFunction;
}

/** {@link AvoOptions} with every default filled in. */
export interface ResolvedAvoOptions {
  readonly workspaceId?: string;
  readonly branches: Readonly<Record<string, string>>;
  readonly branch: string;
  readonly baseUrl: string;
  readonly folder?: string;
  readonly vendor?: string;
  readonly destination?: string;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
  readonly minIntervalMs: number;
  readonly timeoutMs: number;
  readonly fetch: FetchFunction;
}

/** A folder or id segment: no path separators, not `.` or `..`. */
const SEGMENT = '^(?!\\.{1,2}$)[^/\\\\]+$';

/** The JSON Schema of {@link AvoOptions}; `fetch` is a function, checked by {@link resolveOptions}. */
export const optionsSchema = {
  type: 'object',
  properties: {
    workspaceId: { type: 'string', pattern: SEGMENT },
    branches: { type: 'object', additionalProperties: { type: 'string', pattern: SEGMENT }, default: {} },
    branch: { type: 'string', minLength: 1, default: 'main' },
    baseUrl: { type: 'string', pattern: '^https?://', default: DEFAULT_BASE_URL },
    folder: { type: 'string', pattern: SEGMENT },
    vendor: { type: 'string', minLength: 1 },
    destination: { type: 'string', minLength: 1 },
    retries: { type: 'integer', minimum: 0, maximum: 10, default: 3 },
    retryDelayMs: { type: 'integer', minimum: 0, default: 1000 },
    maxRetryDelayMs: { type: 'integer', minimum: 0, default: 30_000 },
    minIntervalMs: { type: 'integer', minimum: 0, default: 1100 },
    timeoutMs: { type: 'integer', minimum: 1, default: 30_000 },
    fetch: {},
  },
  additionalProperties: false,
} as const;

/** Validates the options (RK7005 on a problem) and fills in the defaults. */
export function resolveOptions(options: AvoOptions | undefined): ResolvedAvoOptions {
  const resolved = validateOptions<Omit<ResolvedAvoOptions, 'fetch'> & { fetch?: unknown }>(PLUGIN_NAME, optionsSchema, options);
  const { fetch, ...rest } = resolved;
  if (fetch !== undefined && typeof fetch !== 'function') {
    throw new TypeError(`${PLUGIN_NAME}: the option fetch must be a function like globalThis.fetch, got ${typeof fetch}.`);
  }
  // Bound lazily so a test or a polyfill that replaces globalThis.fetch later is still used.
  const chosen: FetchFunction = (fetch as FetchFunction | undefined) ?? ((input, init) => globalThis.fetch(input, init));
  return { ...rest, baseUrl: rest.baseUrl.replace(/\/+$/, ''), fetch: chosen };
}
