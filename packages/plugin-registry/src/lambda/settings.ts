import {
  createEmbeddedStore,
  type OutcomeSink,
  openRegistry,
  parseWriteKeys,
  type Registry,
  type RuntimeDeps,
  resolveSettings,
  SETTINGS_ENV,
  SettingsError,
  type ValidatorModule,
} from '../runtime/index.js';
import { loadWriteKeysText } from './write-keys-source.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * S3 connection for stores and destinations: the SDK's default chain in Lambda; an
 * `AWS_ENDPOINT_URL_S3` / `AWS_ENDPOINT_URL` (path-style) for S3-compatible servers.
 */
function s3Settings(env: Env): NonNullable<RuntimeDeps['s3']> {
  const endpoint = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  return { ...(region ? { region } : {}), ...(endpoint ? { endpoint, forcePathStyle: true } : {}) };
}

/** A variable the function cannot run without (the defaults of `reflekt serve` point into the read-only code folder). */
function required(env: Env, name: string, what: string): string {
  const value = env[name]?.trim();
  if (!value) throw new SettingsError(`${name} is not set: it must hold ${what}.`);
  return value;
}

/**
 * The registry the function serves, from the environment the template sets, parsed like
 * `reflekt serve` parses it: `REFLEKT_SCHEMAS` (`s3://bucket/prefix`, or `embedded` for the
 * validators baked into the bundle), `REFLEKT_VALID` and `REFLEKT_INVALID` (destination URIs),
 * `REFLEKT_EVENT_SCHEMAS`, `REFLEKT_VIOLATION_FORMAT`, and `REFLEKT_WRITE_KEYS`: the
 * `key=source,…` list itself or the SSM parameter / Secrets Manager secret holding it (unset
 * accepts any key).
 *
 * @throws {SettingsError} when a variable is missing or malformed.
 */
export async function registryFromEnvironment(
  env: Env,
  embedded: Readonly<Record<string, ValidatorModule>> | undefined,
  outcomes?: OutcomeSink,
): Promise<Registry> {
  const schemas = required(env, SETTINGS_ENV.schemas, 's3://bucket/prefix or embedded');
  required(env, SETTINGS_ENV.valid, 'the destination URI of valid events');
  required(env, SETTINGS_ENV.invalid, 'the destination URI of invalid events');
  const keysSetting = env[SETTINGS_ENV.writeKeys]?.trim();
  const writeKeys = keysSetting ? parseWriteKeys(await loadWriteKeysText(keysSetting, env)) : undefined;
  // The write keys are resolved above (they may live in SSM); the rest is parsed as for `reflekt serve`.
  const settings = resolveSettings({ ...env, [SETTINGS_ENV.writeKeys]: undefined }, writeKeys ? { writeKeys } : {});
  const listen = outcomes === undefined ? {} : { outcomes };
  if (schemas !== 'embedded') return openRegistry(settings, { env, s3: s3Settings(env) }, listen);
  if (embedded === undefined) {
    throw new SettingsError(
      'REFLEKT_SCHEMAS is "embedded" but this bundle carries no validators: build with lambda.embedSchemas, or point REFLEKT_SCHEMAS at s3://bucket/prefix.',
    );
  }
  return openRegistry(settings, { env, s3: s3Settings(env) }, { ...listen, store: createEmbeddedStore(embedded) });
}
