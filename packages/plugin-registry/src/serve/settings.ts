import path from 'node:path';
import type { CommandContext } from '@reflekt/compiler';
import type { ExplicitSettings, RuntimeDeps, S3Settings } from '../runtime/index.js';
import { SettingsError } from '../runtime/index.js';
import type { ServeOptions } from './options.js';

/** The port `reflekt serve` listens on without `--port` or the `port` option. */
export const DEFAULT_PORT = 8080;
/** The interface it listens on by default: this machine only. */
export const DEFAULT_HOST = '127.0.0.1';

/** Plugin-level facts `reflekt serve` needs besides its own options. */
export interface ServeContextOptions {
  readonly serve: ServeOptions;
  /** Folder of the emitted schemas under the build's output root (the plugin's `outDir`). */
  readonly schemasOutDir: string;
  /** S3 connection of the plugin's `s3` option, used for `s3://` locations. */
  readonly s3?: { readonly region?: string; readonly endpoint?: string; readonly forcePathStyle?: boolean };
}

const flag = (ctx: CommandContext, name: string): string | undefined => {
  const value = ctx.options[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
};

/**
 * The port: `--port`, then the option, then {@link DEFAULT_PORT}.
 *
 * @throws {SettingsError} when it is not an integer in 0–65535.
 */
export function servePort(ctx: CommandContext, options: ServeOptions): number {
  const text = flag(ctx, 'port');
  if (text === undefined) return options.port ?? DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SettingsError(`--port ${text} is not a port number (0–65535).`);
  return port;
}

/**
 * Write keys of the `writeKeys` option (source → env variable name), read from `ctx.env`.
 *
 * @throws {SettingsError} when a named variable is unset.
 */
function optionWriteKeys(ctx: CommandContext, options: ServeOptions): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [source, variable] of Object.entries(options.writeKeys ?? {})) {
    const key = ctx.env[variable];
    if (key === undefined || key.trim() === '')
      throw new SettingsError(`The write key of source "${source}" should be in the environment variable ${variable}, which is not set.`);
    keys.set(key.trim(), source);
  }
  return keys;
}

/** A destination URI with relative `file:` paths made absolute against `root`. */
const absoluteDestination = (uri: string, root: string): string =>
  uri.startsWith('file:') && !path.isAbsolute(uri.slice('file:'.length)) ? `file:${path.resolve(root, uri.slice('file:'.length))}` : uri;

/** A schema location with a relative folder made absolute against `root`. */
const absoluteLocation = (location: string, root: string): string =>
  location.startsWith('s3://') ? location : path.resolve(root, location.replace(/^file:/, ''));

/**
 * Explicit settings of `reflekt serve` (flags win over the `serve` options), and its defaults:
 * the build's own output folders. `resolveSettings` puts the `REFLEKT_*` environment between
 * the two.
 */
export function explicitServeSettings(
  ctx: CommandContext,
  options: ServeContextOptions,
): { explicit: ExplicitSettings; defaults: { schemas: string; valid: string; invalid: string } } {
  const root = ctx.config.root;
  const schemas = flag(ctx, 'schemas') ?? options.serve.schemas;
  const valid = flag(ctx, 'valid') ?? options.serve.valid;
  const invalid = flag(ctx, 'invalid') ?? options.serve.invalid;
  return {
    explicit: {
      schemas: schemas === undefined ? undefined : absoluteLocation(schemas, root),
      valid: valid === undefined ? undefined : absoluteDestination(valid, root),
      invalid: invalid === undefined ? undefined : absoluteDestination(invalid, root),
      writeKeys: optionWriteKeys(ctx, options.serve),
      eventSchemas: options.serve.eventSchemas,
      violationFormat: options.serve.violationFormat,
      limits: options.serve.limits,
    },
    defaults: {
      schemas: path.join(ctx.config.outDir, options.schemasOutDir),
      valid: `file:${path.join(ctx.config.outDir, 'registry', 'valid.ndjson')}`,
      invalid: `file:${path.join(ctx.config.outDir, 'registry', 'invalid.ndjson')}`,
    },
  };
}

/** Runtime dependencies from the command context: its env, project root, and S3 connection. */
export function serveDeps(ctx: CommandContext, options: ServeContextOptions): RuntimeDeps {
  const env = ctx.env;
  const region = options.s3?.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const credentials =
    env.AWS_ACCESS_KEY_ID !== undefined && env.AWS_SECRET_ACCESS_KEY !== undefined
      ? {
          accessKeyId: env.AWS_ACCESS_KEY_ID,
          secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
          ...(env.AWS_SESSION_TOKEN === undefined ? {} : { sessionToken: env.AWS_SESSION_TOKEN }),
        }
      : undefined;
  const s3: S3Settings = {
    region,
    ...(options.s3?.endpoint === undefined ? {} : { endpoint: options.s3.endpoint }),
    ...(options.s3?.forcePathStyle === undefined ? {} : { forcePathStyle: options.s3.forcePathStyle }),
    ...(credentials === undefined ? {} : { credentials }),
  };
  return { env, cwd: ctx.config.root, s3 };
}
