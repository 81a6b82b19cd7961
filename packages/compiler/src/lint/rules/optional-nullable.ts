import type { JsonSchema } from '../../ir/json-schema.js';
import { schemaLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import { example } from './example.js';

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a schema accepts `null`, as far as can be told without resolving `$ref` (a `$ref` is
 * given the benefit of the doubt): its `type`, `enum`, `const` and combinators all let it through.
 */
function allowsNull(schema: JsonSchema): boolean {
  if (schema.$ref !== undefined) return true;
  const { type } = schema;
  if (type !== undefined && !(type === 'null' || (Array.isArray(type) && type.includes('null')))) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) return false;
  if (schema.const !== undefined && schema.const !== null) return false;
  const some = (branches: unknown) => !Array.isArray(branches) || branches.some((b) => !isObject(b) || allowsNull(b));
  if (!some(schema.anyOf) || !some(schema.oneOf)) return false;
  return !Array.isArray(schema.allOf) || schema.allOf.every((b) => !isObject(b) || allowsNull(b));
}

/**
 * `optional-nullable` (igluctl `optionalNull`), off by default: a property its object does not
 * list in `required` also accepts `null`, because many SDKs and warehouse loaders send `null`
 * for a value they do not have.
 */
export const optionalNullable: PropertyRule<'RK2021'> = {
  id: 'optional-nullable',
  code: 'RK2021',
  defaultSeverity: 'off',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Optional properties also allow `null` (off by default).',
    why: 'Many SDKs, server libraries and warehouse loaders send `null` for a value they do not have rather than leaving the key out; if optional properties reject `null`, those events fail validation. Plans that follow this convention (Snowplow’s igluctl checks it) switch the rule on.',
    fix: 'Add `"null"` to the property’s `type` (`["string", "null"]`), or list the property in `required`.',
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { coupon: { type: ['string', 'null'], description: 'The coupon code, if any.' } },
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { coupon: { type: 'string', description: 'The coupon code, if any.' } },
    }),
  },
  check(node, event, ctx) {
    if (node.kind !== 'property') return;
    const required = node.parent?.required;
    if (Array.isArray(required) && required.includes(node.name)) return;
    if (!allowsNull(node.schema)) ctx.report({ property: node.path }, schemaLocation(event, node.pointer, true));
  },
};
