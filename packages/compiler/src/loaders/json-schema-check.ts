import type { ErrorObject } from 'ajv';
import { parsePointer } from '../ir/plan.js';
import { validateDraft07 } from '../validators/index.js';

/** A reason a payload schema is not valid draft-07 JSON Schema. */
export interface SchemaProblem {
  /** JSON Pointer of the offending node, relative to the checked schema. */
  readonly pointer: string;
  readonly detail: string;
}

/**
 * Checks that `schema` is valid draft-07 JSON Schema. Returns the most specific problem (Ajv
 * reports an `anyOf` failure plus one error per branch; the deepest, non-combinator one says the
 * most), or `undefined` when the schema is valid.
 */
export function checkJsonSchema(schema: unknown): SchemaProblem | undefined {
  const validate = validateDraft07;
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
