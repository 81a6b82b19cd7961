import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { parsePointer } from '../ir/plan.js';

/** A reason a payload schema is not valid draft-07 JSON Schema. */
export interface SchemaProblem {
  /** JSON Pointer of the offending node, relative to the checked schema. */
  readonly pointer: string;
  readonly detail: string;
}

const DRAFT_07 = 'http://json-schema.org/draft-07/schema';
let metaValidator: ValidateFunction | undefined;

/**
 * The draft-07 meta-schema validator, compiled once per process on first use (compiling costs a
 * few milliseconds; validating a small schema, microseconds).
 *
 * Ajv compiles its bundled draft-07 meta-schema before any format exists, so `pattern: "[a-"`
 * would pass; a copy under a private `$id` is compiled after adding the formats it names.
 */
function validator(): ValidateFunction {
  if (metaValidator) return metaValidator;
  const ajv = new Ajv({ strict: false, allErrors: false });
  // ajv-formats is CommonJS; its `default` property is the plugin under every module loader.
  formatsModule.default(ajv, ['regex', 'uri', 'uri-reference']);
  const draft07 = ajv.getSchema(DRAFT_07)?.schema;
  if (typeof draft07 !== 'object' || draft07 === null) throw new Error('Ajv does not bundle the draft-07 meta-schema');
  metaValidator = ajv.compile({ ...draft07, $id: 'reflekt:loaders/draft-07' });
  return metaValidator;
}

/**
 * Checks that `schema` is valid draft-07 JSON Schema. Returns the most specific problem (Ajv
 * reports an `anyOf` failure plus one error per branch; the deepest, non-combinator one says the
 * most), or `undefined` when the schema is valid.
 */
export function checkJsonSchema(schema: unknown): SchemaProblem | undefined {
  const validate = validator();
  if (validate(schema)) return undefined;
  const errors = validate.errors ?? [];
  const best = pickError(errors);
  if (!best) return { pointer: '', detail: 'the schema is invalid' };
  return { pointer: best.instancePath, detail: describe(best) };
}

function pickError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  let best: ErrorObject | undefined;
  const score = (e: ErrorObject) => parsePointer(e.instancePath).length * 2 + (isCombinator(e) ? 0 : 1);
  for (const error of errors) if (!best || score(error) > score(best)) best = error;
  return best;
}

function isCombinator(error: ErrorObject): boolean {
  return error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'allOf';
}

function describe(error: ErrorObject): string {
  const tokens = parsePointer(error.instancePath);
  const last = tokens.at(-1);
  const subject = last === undefined ? 'the schema' : /^\d+$/.test(last) ? `item ${last} of \`${tokens.at(-2) ?? ''}\`` : `\`${last}\``;
  const allowed = (error.params as { allowedValues?: unknown }).allowedValues;
  const suffix = Array.isArray(allowed) ? ` (${allowed.map((v) => JSON.stringify(v)).join(', ')})` : '';
  return `${subject} ${error.message ?? 'is invalid'}${suffix}`;
}
