import type { JsonSchema } from '../ir/json-schema.js';
import { parsePointer } from '../ir/plan.js';

/** A draft-07 schema as written: an object, or `true`/`false` (accept everything / nothing). */
export type SchemaNode = JsonSchema | boolean;

/** The empty schema: accepts every value (what an absent keyword such as `items` means). */
export const ANY: JsonSchema = Object.freeze({});

/** Whether a value is a schema object (not a boolean schema, not an array). */
export function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value can stand where a schema is expected. */
export function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === 'boolean' || isSchemaObject(value);
}

/** `true` as `{}`; `false` and objects unchanged. */
export function normalizeNode(node: SchemaNode): JsonSchema | false {
  return node === true ? ANY : node;
}

/** A stable text for a JSON value (object keys sorted), for equality and messages. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Deep equality of two JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** Keywords that never change which payloads are valid; differences in them are not reported. */
export const ANNOTATIONS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'default',
  'examples',
  '$comment',
  'readOnly',
  'writeOnly',
  'deprecated',
  'contentMediaType',
  'contentEncoding',
  'lint',
  'definitions',
  '$id',
  '$schema',
]);

/** Whether a schema accepts every value (only annotations, or `true`). */
export function acceptsAnything(node: SchemaNode): boolean {
  if (node === true) return true;
  if (node === false) return false;
  return Object.keys(node).every((k) => ANNOTATIONS.has(k));
}

/** A `$ref` resolved inside its document: the target and its pointer. */
export interface ResolvedRef {
  readonly node: SchemaNode;
  readonly pointer: string;
}

/**
 * Resolves a local `$ref` (`#`, `#/definitions/address`) against the root of the schema it sits
 * in. Refs to other documents cannot be resolved offline and give `undefined`.
 */
export function resolveRef(root: SchemaNode, ref: string): ResolvedRef | undefined {
  if (!ref.startsWith('#')) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  if (fragment !== '' && !fragment.startsWith('/')) return undefined;
  let node: unknown = root;
  for (const token of parsePointer(fragment)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isSchemaObject(node) && Object.hasOwn(node, token)) node = (node as Record<string, unknown>)[token];
    else return undefined;
  }
  return isSchemaNode(node) ? { node, pointer: fragment } : undefined;
}
