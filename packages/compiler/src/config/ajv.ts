import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { CONFIG_AJV_OPTIONS } from '../validators/definitions.js';
import { addFormats } from '../validators/formats.js';
import { assertJsonSchema } from '../validators/index.js';

/**
 * Makes an Ajv instance for validating config-like documents: every error (so one run shows
 * them all), `verbose` (the error's data and parent schema name the problem), union types.
 */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ ...CONFIG_AJV_OPTIONS, ...options });
  addFormats(ajv);
  return ajv;
}

/** Compiles each schema object once per Ajv instance (plugins call `validateOptions` per build). */
export function compileCached(ajv: Ajv, cache: WeakMap<object, ValidateFunction>, schema: object): ValidateFunction {
  let validate = cache.get(schema);
  if (!validate) {
    assertJsonSchema(schema, 'The options schema');
    validate = ajv.compile(schema);
    cache.set(schema, validate);
  }
  return validate;
}
