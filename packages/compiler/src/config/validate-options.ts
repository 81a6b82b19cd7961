import type { ValidateFunction } from 'ajv';
import { createDiagnostic } from '../diagnostics/diagnostics.js';
import { compileCached, createAjv } from './ajv.js';
import { configErrors } from './config-error.js';
import { schemaProblems } from './schema-problems.js';

// Plugins own their schemas; unknown annotation keywords in them must not fail the build.
// Schemas are checked against the precompiled draft-07 validator in `compileCached` instead of
// Ajv compiling its own draft-07 meta-schema on first use.
const ajv = createAjv({ useDefaults: true, strict: false, validateSchema: false });
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Validates a plugin's options against its JSON Schema and returns them with the schema's
 * `default`s filled in. The caller's object is not changed: plain objects and arrays are
 * copied first, anything else (clients, functions) is passed through by reference.
 *
 * Missing options (`undefined`) are validated as `{}`, so `dbt()` gets every default.
 *
 * @param plugin - the plugin's package name, shown in the message.
 * @param schema - a draft-07 JSON Schema; compiled once and cached by identity.
 * @throws {@link ReflektError} RK7005 (exit 2), one diagnostic per problem, naming the option path.
 *
 * @example
 * ```ts
 * export default function dbt(options?: DbtOptions): ReflektPlugin {
 *   const opts = validateOptions<Required<DbtOptions>>('@reflekt/plugin-dbt', dbtOptionsSchema, options);
 *   ...
 * }
 * ```
 */
export function validateOptions<T>(plugin: string, schema: object, options: unknown): T {
  const validate = compileCached(ajv, compiled, schema);
  const data = clonePlain(options === undefined ? {} : options);
  if (validate(data)) return data as T;
  const diagnostics = schemaProblems(validate.errors ?? [], 'the options').map((p) =>
    // The pointer is relative to the options; loadConfig re-bases it onto the config file.
    createDiagnostic('RK7005', { plugin, detail: p.detail }, { pointer: p.pointer, atKey: p.atKey }, { plugin }),
  );
  throw configErrors(diagnostics);
}

/** Copies plain objects and arrays deeply; keeps every other value as is. */
function clonePlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clonePlain);
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clonePlain(v);
    return out;
  }
  return value;
}
