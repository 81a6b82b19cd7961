import { hasDigits, withoutDigits } from '../casing.js';
import { schemaLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import { example, text } from './example.js';

/** `property-numbers` (N9): with `conventions.property.numbers: false`, property names have no digits. */
export const propertyNumbers: PropertyRule<'RK2010'> = {
  id: 'property-numbers',
  code: 'RK2010',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Property names have no digits when `conventions.property.numbers` is `false`.',
    why: 'Numbered properties (`address_1`, `address_2`) are usually an array or an object in disguise.',
    fix: 'Model the values as an array or object, or set `conventions.property.numbers: true`.',
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { address_line: text('The first address line.') },
      conventions: { property: { numbers: false } },
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { address_1: text('The first address line.') },
      conventions: { property: { numbers: false } },
    }),
  },
  check(node, event, ctx) {
    if (node.kind !== 'property' || ctx.conventions.property.numbers || !hasDigits(node.name)) return;
    ctx.report({ property: node.path, name: node.name, suggestion: withoutDigits(node.name) }, schemaLocation(event, node.pointer, true));
  },
};
