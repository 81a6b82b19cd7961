import { suggestName } from '../../config/suggest.js';
import type { JsonSchema } from '../../ir/json-schema.js';
import { schemaLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import type { PropertyNode } from '../walk-properties.js';
import { example, text } from './example.js';

const COMBINATORS = ['anyOf', 'oneOf', 'allOf'] as const;

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `patternProperties` regexes, compiled once per pattern for the whole process. */
const patterns = new Map<string, RegExp | null>();

function patternMatches(source: string, key: string): boolean {
  let re = patterns.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'u');
    } catch {
      re = null; // Invalid regexes are the loader's finding (RK1003).
    }
    if (patterns.size < 1024) patterns.set(source, re);
  }
  return re?.test(key) ?? false;
}

/** The property names a schema defines itself or through its combinator branches. */
function definedNames(schema: JsonSchema, into: string[]): void {
  if (isObject(schema.properties)) into.push(...Object.keys(schema.properties));
  for (const keyword of COMBINATORS) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) if (isObject(branch) && isObject(branch.properties)) into.push(...Object.keys(branch.properties));
  }
}

function isDefined(node: PropertyNode, key: string, names: readonly string[]): boolean {
  if (names.includes(key)) return true;
  const patternProperties = node.schema.patternProperties;
  return isObject(patternProperties) && Object.keys(patternProperties).some((p) => patternMatches(p, key));
}

/**
 * `required-defined` (igluctl `requiredPropertiesExist`, which only looks at objects with
 * `additionalProperties: false`): every key of `required`, at any depth,
 * names a property of the same object. A combinator branch may require what its owner (or a
 * sibling branch) defines: `oneOf: [{ required: ["email"] }, { required: ["phone"] }]`. Objects
 * whose extra keys are typed (`additionalProperties` is a schema) or defined elsewhere (`$ref`)
 * are not checked.
 */
export const requiredDefined: PropertyRule<'RK2019'> = {
  id: 'required-defined',
  code: 'RK2019',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Every key listed in `required`, at any depth, is defined under `properties`.',
    why: 'A required key that is not defined must be sent but is neither typed nor documented; with `additionalProperties: false` no event can pass at all. It is usually a typo or a renamed property.',
    fix: 'Define the key under `properties`, correct its spelling, or remove it from `required`.',
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { order_id: text('The order.') },
      required: ['order_id'],
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { order_id: text('The order.') },
      required: ['orderid'],
    }),
  },
  check(node, event, ctx) {
    const { required } = node.schema;
    if (!Array.isArray(required) || required.length === 0) return;
    if (node.schema.$ref !== undefined || isObject(node.schema.additionalProperties)) return;
    const names: string[] = [];
    definedNames(node.schema, names);
    if (node.kind === 'branch' && node.parent !== undefined) definedNames(node.parent, names);
    for (let i = 0; i < required.length; i++) {
      const key: unknown = required[i];
      if (typeof key !== 'string' || isDefined(node, key, names)) continue;
      ctx.report(
        { property: node.path, key, suggestion: suggestName(key, names) ?? null },
        schemaLocation(event, `${node.pointer}/required/${i}`),
      );
    }
  },
};
