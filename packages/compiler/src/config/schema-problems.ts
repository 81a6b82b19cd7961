import type { ErrorObject } from 'ajv';
import { suggestName } from './suggest.js';

/** One schema violation, readable, with where it is in the validated document. */
export interface SchemaProblem {
  /** JSON Pointer of the offending value (or key, with `atKey`). */
  readonly pointer: string;
  /** Point at the property name rather than its value (unknown keys). */
  readonly atKey: boolean;
  /** A sentence fragment naming the option path: "`outDir` must be a string (got a number)". */
  readonly detail: string;
}

/**
 * Turns Ajv errors (from a validator compiled with `allErrors` and `verbose`) into readable
 * problems. The branch errors under a failed `anyOf`/`oneOf` are folded into one problem that
 * uses the schema's `description`, since "must be string; must be array; must match a schema in
 * anyOf" tells the user nothing.
 *
 * @param root - how to name the document itself ("the config", "the options").
 */
export function schemaProblems(errors: readonly ErrorObject[], root: string): SchemaProblem[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (alternatives.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    const problem = describe(error, root);
    const key = `${problem.pointer}\u0000${problem.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describe(error: ErrorObject, root: string): SchemaProblem {
  const at = error.instancePath;
  const name = label(at, root);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const pointer = `${at}/${escapePointer(key)}`;
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter(
        (k) => k !== '$schema',
      );
      const suggestion = suggestName(key, known);
      const where = at === '' ? '' : ` in ${label(at, root)}`;
      return {
        pointer,
        atKey: true,
        detail: `unknown option \`${key}\`${where}${suggestion ? ` (did you mean \`${suggestion}\`?)` : known.length ? `; known options are ${list(known)}` : ''}`,
      };
    }
    case 'required':
      return { pointer: at, atKey: false, detail: `${label(`${at}/${escapePointer(String(params.missingProperty))}`, root)} is required` };
    case 'type':
      return { pointer: at, atKey: false, detail: `${name} must be ${typeList(params.type)} (got ${kindOf(error.data)})` };
    case 'enum':
      return {
        pointer: at,
        atKey: false,
        detail: `${name} must be one of ${list((params.allowedValues as unknown[]).map(String))} (got ${show(error.data)})`,
      };
    case 'const':
      return { pointer: at, atKey: false, detail: `${name} must be ${show(params.allowedValue)} (got ${show(error.data)})` };
    case 'anyOf':
    case 'oneOf': {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return {
        pointer: at,
        atKey: false,
        detail: `${name} must be ${description ?? 'one of the allowed forms'} (got ${show(error.data)})`,
      };
    }
    case 'minLength':
      return {
        pointer: at,
        atKey: false,
        detail: params.limit === 1 ? `${name} must not be empty` : `${name} must be at least ${params.limit} characters long`,
      };
    case 'minItems':
      return {
        pointer: at,
        atKey: false,
        detail: params.limit === 1 ? `${name} must not be empty` : `${name} must have at least ${params.limit} items`,
      };
    default:
      return { pointer: at, atKey: false, detail: `${name} ${error.message ?? 'is invalid'}` };
  }
}

/** `/conventions/event/casing` → `` `conventions.event.casing` ``, `/plugins/0` → `` `plugins[0]` ``. */
function label(pointer: string, root: string): string {
  if (pointer === '') return root;
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(token)) out += `[${token}]`;
    else out += /^[A-Za-z_$][\w$-]*$/.test(token) ? `${out ? '.' : ''}${token}` : `[${JSON.stringify(token)}]`;
  }
  return `\`${out}\``;
}

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function typeList(type: unknown): string {
  const names = (Array.isArray(type) ? type : String(type).split(',')).map(String);
  const words = names.map((t) => (t === 'array' || t === 'object' || t === 'integer' ? `an ${t}` : t === 'null' ? 'null' : `a ${t}`));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? 'valid');
}

/** The JSON kind of a value, as the user wrote it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'undefined') return 'undefined';
  return `a ${typeof value}`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return `\`${String(value)}\``;
  return kindOf(value);
}

function list(values: readonly string[]): string {
  return values.map((v) => `\`${v}\``).join(', ');
}
