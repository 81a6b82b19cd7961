import { isCasing, suggestCasing } from '../casing.js';
import { schemaLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import { example, text } from './example.js';

/** `property-casing` (N8): property names, nested ones included, follow `conventions.property.casing`. */
export const propertyCasing: PropertyRule<'RK2009'> = {
  id: 'property-casing',
  code: 'RK2009',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Property names follow `conventions.property.casing`, at any depth.',
    why: 'Property names become warehouse columns and function parameters; one casing keeps them predictable and avoids columns that differ only by case.',
    fix: 'Rename the property as the message suggests, or change `conventions.property.casing`.',
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { order_id: text('The order.') },
      conventions: { property: { casing: 'snake' } },
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { orderId: text('The order.') },
      conventions: { property: { casing: 'snake' } },
    }),
  },
  check(node, event, ctx) {
    const { casing } = ctx.conventions.property;
    if (node.kind !== 'property' || casing === 'any' || isCasing(node.name, casing)) return;
    ctx.report(
      { property: node.path, name: node.name, casing, suggestion: suggestCasing(node.name, casing) },
      schemaLocation(event, node.pointer, true),
    );
  },
};
