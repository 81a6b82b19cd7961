import { schemaLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import { example } from './example.js';

/** Examples assume a plan that does not allow `any`. */
const TYPED = { dataTypes: ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null'] } as const;

/** Keywords that define a value's type without `type`. */
const DEFINING = ['type', '$ref', 'anyOf', 'oneOf', 'allOf', 'const', 'enum'] as const;

/**
 * `property-type` (N12): every property and array item has a `type`, unless `$ref`, a
 * combinator, `const` or `enum` defines the value, or `conventions.dataTypes` includes `any`.
 */
export const propertyType: PropertyRule<'RK2013'> = {
  id: 'property-type',
  code: 'RK2013',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Properties and array items have a type.',
    why: 'An untyped property accepts any value, so the registry cannot reject bad data and dbt cannot choose a column type.',
    fix: 'Add a `type`, or define the value with `$ref`, `enum`, `const` or a combinator; add `any` to `conventions.dataTypes` to allow untyped properties.',
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { status: { description: 'Where the order is.', enum: ['paid', 'shipped'] } },
      conventions: TYPED,
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { status: { description: 'Where the order is.' } },
      conventions: TYPED,
    }),
  },
  check(node, event, ctx) {
    if (node.kind === 'root' || node.kind === 'branch' || ctx.conventions.allowsAny) return;
    for (const keyword of DEFINING) if (node.schema[keyword] !== undefined) return;
    ctx.report({ property: node.path }, schemaLocation(event, node.pointer, node.kind === 'property'));
  },
};
