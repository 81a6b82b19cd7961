import type { EventSchema, JsonSchema, JsonSchemaTypeName, JsonValue } from '@reflekt/compiler';
import type { CdpLayout } from './warehouse/layout.js';
import type { ColumnType } from './warehouse/types.js';

/** A warehouse column that a plan property lands in. */
export interface PlanColumn {
  /** The column name in the warehouse. */
  readonly column: string;
  /** Property names from the payload root (`['product', 'price']`). */
  readonly path: readonly string[];
  /** JSON Pointer of the property inside the event's payload schema. */
  readonly pointer: string;
  readonly type: ColumnType;
  /** Whether the property allows `null`. */
  readonly nullable: boolean;
  /** Whether every call carries a non-null value: required and non-nullable, and so is every parent. */
  readonly required: boolean;
  /** Allowed values (without `null`), when the property is an enum or a `const`. */
  readonly values?: readonly (string | number | boolean)[];
  readonly description: string;
}

const escapePointer = (key: string): string =>
  key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;

/** Resolves a local `$ref` (`#/definitions/x`) against the event's payload schema. */
function resolve(node: JsonSchema, root: JsonSchema, seen = new Set<string>()): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#') || seen.has(ref)) return node;
  seen.add(ref);
  let target: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    target = target && typeof target === 'object' ? (target as Record<string, unknown>)[key] : undefined;
  }
  if (!target || typeof target !== 'object') return node;
  const { $ref: _ignored, ...rest } = node;
  return resolve({ ...(target as JsonSchema), ...rest }, root, seen);
}

/** The JSON types a schema allows, from `type`, `anyOf`/`oneOf` branches, `enum` or `const`. */
function typesOf(node: JsonSchema, root: JsonSchema): Set<JsonSchemaTypeName> {
  const out = new Set<JsonSchemaTypeName>();
  const add = (value: JsonValue): void => {
    if (value === null) out.add('null');
    else if (Array.isArray(value)) out.add('array');
    else if (typeof value === 'object') out.add('object');
    else if (typeof value === 'number') out.add(Number.isInteger(value) ? 'integer' : 'number');
    else out.add(typeof value as 'string' | 'boolean');
  };
  if (typeof node.type === 'string') out.add(node.type);
  else if (Array.isArray(node.type)) for (const t of node.type) out.add(t);
  else if (node.enum) for (const v of node.enum) add(v);
  else if (node.const !== undefined) add(node.const);
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
    for (const t of typesOf(resolve(branch, root), root)) out.add(t);
  }
  return out;
}

/** The non-null branch of a `{anyOf: [X, {type: null}]}` nullable wrapper, if that is what `node` is. */
function unwrapNullable(node: JsonSchema, root: JsonSchema): JsonSchema {
  const branches = node.anyOf ?? node.oneOf;
  if (!branches || node.properties) return node;
  const nonNull = branches
    .map((b) => resolve(b, root))
    .filter((b) => !(b.type === 'null' || (Array.isArray(b.type) && b.type.length === 1 && b.type[0] === 'null')));
  const only = nonNull.length === 1 ? nonNull[0] : undefined;
  if (!only) return node;
  const description = node.description ?? only.description;
  return description === undefined ? only : { ...only, description };
}

function columnType(types: Set<JsonSchemaTypeName>, node: JsonSchema): ColumnType {
  const real = [...types].filter((t) => t !== 'null');
  if (real.length === 1) {
    switch (real[0]) {
      case 'integer':
        return 'integer';
      case 'number':
        return 'float';
      case 'boolean':
        return 'boolean';
      case 'array':
        return 'json';
      case 'string':
        return node.format === 'date-time' ? 'timestamp' : 'string';
    }
  }
  // A number that may also be an integer is still a number.
  if (real.length === 2 && real.includes('integer') && real.includes('number')) return 'float';
  // Mixed or unknown types: the CDP types the column by the first value it sees; text is the safe reading.
  return 'string';
}

function valuesOf(node: JsonSchema): (string | number | boolean)[] | undefined {
  const raw = node.enum ?? (node.const !== undefined ? [node.const] : undefined);
  if (!raw) return undefined;
  const out = raw.filter((v): v is string | number | boolean => v !== null && typeof v !== 'object');
  return out.length > 0 ? out : undefined;
}

/**
 * The warehouse columns an event's properties (or traits) land in, in schema order: nested
 * objects are flattened into one column per leaf (`product_price`), arrays stay one JSON column,
 * and an object without declared properties gets no column (its keys are unknown).
 */
export function planColumns(event: EventSchema, layout: CdpLayout): PlanColumn[] {
  const root = event.schema;
  const out: PlanColumn[] = [];
  const walk = (node: JsonSchema, path: string[], pointer: string, parentRequired: boolean): void => {
    const required = new Set(node.required ?? []);
    for (const [name, raw] of Object.entries(node.properties ?? {})) {
      const resolved = resolve(raw, root);
      const child = unwrapNullable(resolved, root);
      const types = typesOf(child, root);
      const nullable = types.has('null') || (child !== resolved && typesOf(resolved, root).has('null'));
      const childPath = [...path, name];
      const childPointer = `${pointer}/properties/${escapePointer(name)}`;
      const isRequired = parentRequired && required.has(name) && !nullable;
      const isObject = (types.has('object') || (types.size === 0 && child.properties !== undefined)) && !types.has('array');
      if (isObject) {
        if (child.properties) walk(child, childPath, childPointer, isRequired);
        continue;
      }
      const values = valuesOf(child);
      out.push({
        column: layout.column(childPath),
        path: childPath,
        pointer: childPointer,
        type: columnType(types, child),
        nullable,
        required: isRequired,
        ...(values && { values }),
        description: (child.description ?? '').trim(),
      });
    }
  };
  walk(root, [], '', true);
  return out;
}
