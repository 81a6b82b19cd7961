import type { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

type AddFormats = (ajv: Ajv, formats?: readonly string[]) => Ajv;

/**
 * ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the
 * module object, so take `.default` when present.
 */
export const addFormats: AddFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;
