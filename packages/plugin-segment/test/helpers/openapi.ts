import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The stored OpenAPI document of Segment's Public API (tracking plans) and its examples, and
 * what the fixture server needs from them: routing by the document's paths, and Ajv validation
 * of requests (query parameters, bodies) and answers against its schemas.
 */

const SPEC_DIR = new URL('../fixtures/segment-public-api/', import.meta.url);
/** The OpenAPI document (current-derived). */
export const spec = JSON.parse(readFileSync(new URL('openapi-tracking-plans.current-derived.json', SPEC_DIR), 'utf8'));
/** The documented request/response examples. */
export const examples = JSON.parse(readFileSync(new URL('examples.json', SPEC_DIR), 'utf8'));

/** A parsed JSON object. */
export type Json = Record<string, unknown>;

/** One request as the server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly authorization: string | undefined;
}

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: (ajv: Ajv) => Ajv }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv,
) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, 'openapi');
const compiled = new Map<string, ValidateFunction>();

function validatorFor(ref: string): ValidateFunction {
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: `openapi${ref}` });
    compiled.set(ref, validate);
  }
  return validate;
}

/** An operation of the document, as far as the server reads it. */
export interface Operation {
  readonly operationId: string;
  readonly parameters?: readonly { name: string; in: string; required?: boolean; schema: Json }[];
  readonly requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  readonly responses: Record<string, { content?: Record<string, { schema?: { $ref: string } }> }>;
}

/** The documented operation and path parameters for a method and path, if any. */
export function route(method: string, path: string): { template: string; op: Operation; params: Record<string, string> } | undefined {
  for (const [template, ops] of Object.entries(spec.paths as Record<string, Record<string, Operation>>)) {
    const names: string[] = [];
    const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    const pattern = new RegExp(`^${source}$`);
    const match = pattern.exec(path);
    const op = ops[method.toLowerCase()];
    if (match && op) return { template, op, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1] ?? '')])) };
  }
  return undefined;
}

/** Reads deepObject query parameters in both forms seen in the wild: `a.b=1` and `a[b]=1`, and `rules.0.type` / `rules.0[type]` lists. */
export function deepObjectParams(query: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of query) {
    const parts = rawKey.replace(/\[([^\]]*)\]/g, '.$1').split('.');
    let node: Record<string, unknown> = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
        return;
      }
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    });
  }
  // Numeric-keyed objects are lists (`rules.0.type`).
  const listify = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value as Json).map(([k, v]) => [k, listify(v)] as const);
    if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k)))
      return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
    return Object.fromEntries(entries);
  };
  return listify(out) as Record<string, unknown>;
}

/** Query values are text; the schema says which are numbers. */
export function coerce(value: unknown, schema: Json): unknown {
  const resolved = typeof schema.$ref === 'string' ? (refTarget(schema.$ref) as Json) : schema;
  if (resolved.type === 'number' && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (resolved.type === 'array' && Array.isArray(value)) return value.map((v) => coerce(v, resolved.items as Json));
  if (resolved.type === 'object' && typeof value === 'object' && value !== null) {
    const props = (resolved.properties ?? {}) as Record<string, Json>;
    return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, props[k] ? coerce(v, props[k]) : v]));
  }
  return value;
}

/** A schema from inside the document, with its `#/…` references pointing into the document. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? `openapi${v}` : rebase(v)]));
}

function refTarget(ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, part) => (node as Json)[part], spec);
}

/** What is wrong with a request by the document: its query parameters and body; empty when nothing. */
export function requestProblems(op: Operation, seen: SeenRequest): string[] {
  const problems: string[] = [];
  const query = deepObjectParams(seen.query);
  for (const param of op.parameters ?? []) {
    if (param.in !== 'query') continue;
    // Reflekt's DELETE sends the rule list as a JSON body; the documented form is the query.
    const value = query[param.name] ?? (param.name === 'rules' && seen.body ? (seen.body as Json).rules : undefined);
    if (value === undefined) {
      if (param.required) problems.push(`query parameter \`${param.name}\` is required`);
      continue;
    }
    const schema = param.schema;
    const validate = ajv.compile(rebase(schema) as Json);
    const data = coerce(value, schema);
    if (!validate(data)) problems.push(`query \`${param.name}\` ${ajv.errorsText(validate.errors)}`);
  }
  const content = op.requestBody?.content;
  if (content) {
    const first = Object.values(content)[0];
    const validate = first?.schema.$ref ? validatorFor(first.schema.$ref) : undefined;
    if (validate && !validate(seen.body)) problems.push(`body ${ajv.errorsText(validate.errors)}`);
  }
  return problems;
}

/** What is wrong with a 200 answer by the document; `undefined` when nothing. */
export function responseProblem(op: Operation, seen: SeenRequest, body: unknown): string | undefined {
  const content = op.responses['200']?.content;
  const ref = content ? Object.values(content)[0]?.schema?.$ref : undefined;
  if (!ref) return undefined;
  const validate = validatorFor(ref);
  return validate(body) ? undefined : `response to ${seen.method} ${seen.path}: ${ajv.errorsText(validate.errors)}`;
}
