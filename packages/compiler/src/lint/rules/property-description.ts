import { schemaLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import { example, text } from './example.js';

/**
 * `property-description` (N11): every property, at any depth, has a non-empty `description`.
 * A missing key is a finding (Python Reflekt crashed with a `KeyError`).
 */
export const propertyDescription: PropertyRule<'RK2012'> = {
  id: 'property-description',
  code: 'RK2012',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Properties have a non-empty description.',
    why: 'Property descriptions become column docs in dbt, the catalog and the parameter docs of tracking functions.',
    fix: 'Add a `description` to the property.',
    ok: example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed', properties: { order_id: text('The order.') } }),
    notOk: example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed', properties: { order_id: { type: 'string' } } }),
  },
  check(node, event, ctx) {
    if (node.kind !== 'property') return;
    const description = node.schema.description;
    if (typeof description === 'string' && description.trim() !== '') return;
    ctx.report({ property: node.path }, schemaLocation(event, node.pointer, true));
  },
};
