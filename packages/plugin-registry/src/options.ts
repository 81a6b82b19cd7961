import { validateOptions } from '@reflekt/compiler';
import { type LambdaOptions, lambdaOptionsSchema } from './lambda/options.js';
import { type S3Settings, s3SettingsSchema } from './s3/settings.js';
import { type ServeOptions, serveOptionsSchema } from './serve/options.js';

/** The plugin's package name: its tap name and the `plugin` of its diagnostics. */
export const PLUGIN_NAME = '@reflekt/plugin-registry';

/** Options of the registry plugin. */
export interface RegistryOptions {
  /**
   * Folder under the build's output root for the JSON Schemas, validators and `manifest.json`.
   * @default 'schemas'
   */
  readonly outDir?: string;
  /** Where `reflekt push registry` publishes the schemas (and where the registry reads them). */
  readonly s3?: S3Settings;
  /**
   * Keep compiled validators in `node_modules/.cache/reflekt-registry` of the project, so a
   * rebuild compiles only changed schemas. The emitted files are the same either way.
   * @default true
   */
  readonly cache?: boolean;
  /** Build the registry as an AWS Lambda (`artifacts/registry/`) and deploy it with `reflekt deploy`; `{}` for the defaults. */
  readonly lambda?: LambdaOptions;
  /** The local registry of `reflekt serve`: port, schema location, destinations, write keys. */
  readonly serve?: ServeOptions;
}

/** {@link RegistryOptions} with every default filled in. */
export interface ResolvedRegistryOptions {
  readonly outDir: string;
  readonly cache: boolean;
  readonly s3?: Required<Pick<S3Settings, 'bucket' | 'prefix'>> & S3Settings;
  readonly lambda?: LambdaOptions;
  readonly serve?: ServeOptions;
}

/** The JSON Schema of {@link RegistryOptions}. */
export const optionsSchema = {
  type: 'object',
  properties: {
    outDir: { type: 'string', minLength: 1, pattern: '^[^/\\\\]', default: 'schemas' },
    s3: s3SettingsSchema,
    cache: { type: 'boolean', default: true },
    lambda: lambdaOptionsSchema,
    serve: serveOptionsSchema,
  },
  additionalProperties: false,
} as const;

/** Validates the options (RK7005 on a problem) and fills in the defaults. */
export function resolveOptions(options: RegistryOptions | undefined): ResolvedRegistryOptions {
  return validateOptions<ResolvedRegistryOptions>(PLUGIN_NAME, optionsSchema, options);
}
