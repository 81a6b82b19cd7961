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
 * - `root`: the payload schema itself (visited first, once per event);
 * - `property`: a named property (`properties.<name>`) at any depth;
 * - `items`: the item schema of an array property (`items`, or each entry of a tuple `items`);
 * - `branch`: an `anyOf`/`oneOf`/`allOf` entry of the root or below a property.
 *
 * Naming rules look at `property` nodes only; the sanity rules (`min-max`, `required-defined`, …)
 * look at every node.
 */
export interface PropertyNode {
  readonly kind: 'root' | 'property' | 'items' | 'branch';
  /** The property name the naming rules check; for `items`/`branch`, the owning property's name; `''` at the root. */
  readonly name: string;
  /** A readable path for messages: `products[].sku`, `shipping.address.city`; `''` for the root and its branches. */
  readonly path: string;
  readonly schema: JsonSchema;
  /** JSON Pointer of the node in the event's IR `schema` (not in the file). */
  readonly pointer: string;
  /** Rules switched off by `lint` on this node or an ancestor. */
  readonly suppressed: Suppression;
  /**
   * How many properties and array items lie between the root and this node, itself included:
   * `0` for the root and its branches, `1` for a top-level property, `3` for `products[].sku`.
   */
  readonly depth: number;
  /** The schema this node hangs off (the object of a property, the array of `items`, the owner of a branch); none for the root. */
  readonly parent?: JsonSchema;
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
 * Visits the root of a payload schema, then every property depth-first, in document order:
 * named properties of objects, array item schemas and combinator branches, at any depth (Python
 * Reflekt only linted top-level `properties`). `definitions` are not visited (they are linted
 * where a property defines them inline).
 */
export function walkProperties(root: JsonSchema, visit: (node: PropertyNode) => void): void {
  const node: PropertyNode = {
    kind: 'root',
    name: '',
    path: '',
    schema: root,
    pointer: '',
    suppressed: suppressionOf(root, undefined),
    depth: 0,
  };
  visit(node);
  descend(node, visit);
}

function descend(node: PropertyNode, visit: (node: PropertyNode) => void): void {
  const { schema, pointer, path, suppressed, depth } = node;
  const properties = schema.properties;
  if (isObject(properties)) {
    for (const key of Object.keys(properties)) {
      const value = properties[key];
      const childSchema = isObject(value) ? value : EMPTY;
      const child: PropertyNode = {
        kind: 'property',
        name: key,
        path: path === '' ? key : `${path}.${key}`,
        schema: childSchema,
        pointer: `${pointer}/properties/${token(key)}`,
        suppressed: suppressionOf(childSchema, suppressed),
        depth: depth + 1,
        parent: schema,
      };
      visit(child);
      descend(child, visit);
    }
  }
  const items = schema.items;
  if (Array.isArray(items)) {
    for (let i = 0; i < items.length; i++) sub('items', items[i], `${pointer}/items/${i}`, `${path}[${i}]`, depth + 1);
  } else if (isObject(items)) {
    sub('items', items, `${pointer}/items`, `${path}[]`, depth + 1);
  }
  for (const keyword of COMBINATORS) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    for (let i = 0; i < branches.length; i++) sub('branch', branches[i], `${pointer}/${keyword}/${i}`, path, depth);
  }

  function sub(kind: 'items' | 'branch', value: unknown, subPointer: string, subPath: string, subDepth: number): void {
    const subSchema = isObject(value) ? value : EMPTY;
    const child: PropertyNode = {
      kind,
      name: node.name,
      path: subPath,
      schema: subSchema,
      pointer: subPointer,
      suppressed: suppressionOf(subSchema, suppressed),
      depth: subDepth,
      parent: schema,
    };
    visit(child);
    descend(child, visit);
  }
}
