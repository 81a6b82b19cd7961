import type { JsonSchema } from '@reflekt/compiler';

/**
 * Keywords that never change whether data is valid. Ajv embeds parts of the schema in the code
 * it generates (enum lists, error params), so dropping these keeps descriptions out of the
 * validator modules. `self` is Reflekt's metadata block.
 */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'self']);
/** Keywords whose value is a map from names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
/** Keywords whose value is a subschema or an array of subschemas. */
const SUBSCHEMAS = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'not',
  'allOf',
  'anyOf',
  'oneOf',
]);

/**
 * A copy of `schema` without annotation keywords, at every level. Property names are data, not
 * keywords: a property called `description` stays.
 */
export function stripAnnotations(schema: JsonSchema): JsonSchema {
  return stripNode(schema) as JsonSchema;
}

// Plain loops over `for…in` (JSON objects have no inherited enumerable keys): entries/fromEntries
// pairs were most of a warm rebuild's time spent here.
function stripNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripNode);
  if (node === null || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in source) {
    if (ANNOTATIONS.has(key)) continue;
    const value = source[key];
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      // `dependencies` values may also be arrays of property names; stripNode leaves those as they are.
      const map: Record<string, unknown> = {};
      for (const name in value) put(map, name, stripNode(value[name]));
      put(out, key, map);
    } else {
      put(out, key, SUBSCHEMAS.has(key) ? stripNode(value) : value);
    }
  }
  return out;
}

/** Sets an own property, even one named `__proto__` (a property name is data). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
