import { Ajv, type Options, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the
// module object, so take `.default` when present.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv,
) => Ajv;

/**
 * Makes an Ajv instance for validating config-like documents: every error (so one run shows
 * them all), `verbose` (the error's data and parent schema name the problem), union types.
 */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true, ...options });
  addFormats(ajv);
  return ajv;
}

/** Compiles each schema object once per Ajv instance (plugins call `validateOptions` per build). */
export function compileCached(ajv: Ajv, cache: WeakMap<object, ValidateFunction>, schema: object): ValidateFunction {
  let validate = cache.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(schema, validate);
  }
  return validate;
}
