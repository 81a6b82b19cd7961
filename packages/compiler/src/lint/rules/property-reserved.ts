import { schemaLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import { example, text } from './example.js';

/** `property-reserved` (N10): property names, at any depth, are not in `conventions.property.reserved` (case-insensitive). */
export const propertyReserved: PropertyRule<'RK2011'> = {
  id: 'property-reserved',
  code: 'RK2011',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Property names are not reserved by `conventions.property.reserved`.',
    why: 'Some names collide with what the CDP or warehouse adds to every event (`id`, `timestamp`, `event`), so a property of that name is lost or overwritten.',
    fix: 'Choose another name.',
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { order_id: text('The order.') },
      conventions: { property: { reserved: ['id'] } },
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { ID: text('The order.') },
      conventions: { property: { reserved: ['id'] } },
    }),
  },
  check(node, event, ctx) {
    const { reserved, reservedList } = ctx.conventions.property;
    if (node.kind !== 'property' || reserved.size === 0 || !reserved.has(node.name.toLowerCase())) return;
    ctx.report({ property: node.path, name: node.name, reserved: reservedList }, schemaLocation(event, node.pointer, true));
  },
};
