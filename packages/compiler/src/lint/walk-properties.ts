import type { JsonSchema } from '../ir/json-schema.js';
import { escapePointerToken } from '../ir/plan.js';

/**
 * Rules switched off for a node: `'all'` (a `lint: false`), a set of rule ids (a `lint` list),
 * or `undefined` when nothing is suppressed. Inherited by a node's children.
 */
export type Suppression = 'all' | ReadonlySet<string> | undefined;

/** Whether `suppression` switches off `ruleId`. */
export function isSuppressed(suppression: Suppression, ruleId: string): boolean {
  return suppression !== undefined && (suppression === 'all' || suppression.has(ruleId));
}

/**
 * One node of an event's payload schema that the property rules look at:
 * - `property`: a named property (`properties.<name>`) at any depth;
 * - `items`: the item schema of an array property (`items`, or each entry of a tuple `items`);
 * - `branch`: an `anyOf`/`oneOf`/`allOf` entry below a property.
 */
export interface PropertyNode {
  readonly kind: 'property' | 'items' | 'branch';
  /** The property name the naming rules check; for `items`/`branch`, the owning property's name. */
  readonly name: string;
  /** A readable path for messages: `products[].sku`, `shipping.address.city`. */
  readonly path: string;
  readonly schema: JsonSchema;
  /** JSON Pointer of the node in the event's IR `schema` (not in the file). */
  readonly pointer: string;
  /** Rules switched off by `lint` on this node or an ancestor. */
  readonly suppressed: Suppression;
}

const COMBINATORS = ['anyOf', 'oneOf', 'allOf'] as const;
const EMPTY: JsonSchema = Object.freeze({});

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

const token = (key: string): string => (key.includes('~') || key.includes('/') ? escapePointerToken(key) : key);

/** Adds a node's own `lint: false | [rule ids]` to what it inherits. */
function suppressionOf(schema: JsonSchema, inherited: Suppression): Suppression {
  const lint = schema.lint;
  if (inherited === 'all' || lint === false) return 'all';
  if (!Array.isArray(lint)) return inherited;
  const ids = new Set<string>(inherited);
  for (const id of lint) if (typeof id === 'string') ids.add(id);
  return ids;
}

/**
 * Visits every property of a payload schema depth-first, in document order: named properties
 * of objects, array item schemas and combinator branches, at any depth (Python Reflekt only
 * linted top-level `properties`). The root schema itself is not visited, nor are `definitions`
 * (they are linted where a property defines them inline).
 */
export function walkProperties(root: JsonSchema, visit: (node: PropertyNode) => void): void {
  descend(root, '', '', '', undefined, false, visit);
}

function descend(
  schema: JsonSchema,
  pointer: string,
  path: string,
  name: string,
  suppressed: Suppression,
  nested: boolean,
  visit: (node: PropertyNode) => void,
): void {
  const properties = schema.properties;
  if (isObject(properties)) {
    for (const key of Object.keys(properties)) {
      const child = properties[key];
      const childSchema = isObject(child) ? child : EMPTY;
      const node: PropertyNode = {
        kind: 'property',
        name: key,
        path: path === '' ? key : `${path}.${key}`,
        schema: childSchema,
        pointer: `${pointer}/properties/${token(key)}`,
        suppressed: suppressionOf(childSchema, suppressed),
      };
      visit(node);
      descend(childSchema, node.pointer, node.path, key, node.suppressed, true, visit);
    }
  }
  const items = schema.items;
  if (Array.isArray(items)) {
    for (let i = 0; i < items.length; i++) child('items', items[i], `${pointer}/items/${i}`, `${path}[${i}]`);
  } else if (isObject(items)) {
    child('items', items, `${pointer}/items`, `${path}[]`);
  }
  for (const keyword of COMBINATORS) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    for (let i = 0; i < branches.length; i++) child('branch', branches[i], `${pointer}/${keyword}/${i}`, path);
  }

  function child(kind: 'items' | 'branch', value: unknown, childPointer: string, childPath: string): void {
    const childSchema = isObject(value) ? value : EMPTY;
    const childSuppressed = suppressionOf(childSchema, suppressed);
    if (nested) visit({ kind, name, path: childPath, schema: childSchema, pointer: childPointer, suppressed: childSuppressed });
    descend(childSchema, childPointer, childPath, name, childSuppressed, nested, visit);
  }
}
