import { Ajv, type Options } from 'ajv';
import { legacyProjectSchema } from '../config/legacy-project-schema.js';
import { userConfigSchema } from '../config/user-config-schema.js';
import { addFormats } from './formats.js';

/** A validator that the build compiles ahead of time into `generated/<name>.ts`. */
export interface ValidatorDefinition {
  readonly name: string;
  /** An Ajv instance with the validator's options, and the schema to compile with it. */
  create(extra: Options): { ajv: Ajv; schema: object };
}

/** Ajv options for config-like documents: every error at once, verbose errors, union types. */
export const CONFIG_AJV_OPTIONS: Options = { allErrors: true, verbose: true, allowUnionTypes: true };

/**
 * Every schema Reflekt validates on each run. Compiling a schema with Ajv costs tens of
 * milliseconds — more than validating a thousand event schemas — so `npm run build` compiles
 * these once into standalone code (`scripts/precompile-validators.mjs`), and a test keeps the
 * committed output in step with these definitions.
 */
export const validatorDefinitions: readonly ValidatorDefinition[] = [
  {
    // Ajv compiles its bundled draft-07 meta-schema before any format exists, so `pattern: "[a-"`
    // would pass; a copy under a private `$id` is compiled with the formats it names.
    name: 'draft-07',
    create(extra) {
      const ajv = new Ajv({ strict: false, allErrors: false, ...extra });
      addFormats(ajv, ['regex', 'uri', 'uri-reference']);
      const draft07 = ajv.getSchema('http://json-schema.org/draft-07/schema')?.schema;
      if (typeof draft07 !== 'object' || draft07 === null) throw new Error('Ajv does not bundle the draft-07 meta-schema');
      return { ajv, schema: { ...draft07, $id: 'reflekt:draft-07' } };
    },
  },
  {
    name: 'user-config',
    create(extra) {
      // `[severity, options?]` is a tuple with an optional second item, which strict tuples forbid.
      const ajv = new Ajv({ ...CONFIG_AJV_OPTIONS, strictTuples: false, ...extra });
      addFormats(ajv);
      return { ajv, schema: userConfigSchema };
    },
  },
  {
    name: 'legacy-project',
    create(extra) {
      const ajv = new Ajv({ ...CONFIG_AJV_OPTIONS, ...extra });
      addFormats(ajv);
      return { ajv, schema: legacyProjectSchema };
    },
  },
];
