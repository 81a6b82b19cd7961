import { schemaLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import { example, text } from './example.js';

/**
 * `property-allowed-types` (N13): every `type` of a property, array item or combinator branch,
 * at any depth, is in `conventions.dataTypes`. The root and its branches are not checked.
 */
export const propertyAllowedTypes: PropertyRule<'RK2014'> = {
  id: 'property-allowed-types',
  code: 'RK2014',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Property types are listed in `conventions.dataTypes`.',
    why: 'A team may keep nested objects or arrays out of its plan because its warehouse or CDP handles them badly.',
    fix: 'Use an allowed type (flatten objects into properties), or add the type to `conventions.dataTypes`.',
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { order_id: text('The order.') },
      conventions: { dataTypes: ['string', 'number', 'boolean'] },
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { order: { type: 'object', description: 'The order.' } },
      conventions: { dataTypes: ['string', 'number', 'boolean'] },
    }),
  },
  check(node, event, ctx) {
    // The payload is an object whatever `dataTypes` says (`root-object` checks it); so are its branches.
    if (node.depth === 0) return;
    const type: unknown = node.schema.type;
    const { dataTypes, dataTypeList } = ctx.conventions;
    if (typeof type === 'string') {
      if (!dataTypes.has(type))
        ctx.report({ property: node.path, type, allowed: dataTypeList }, schemaLocation(event, `${node.pointer}/type`));
    } else if (Array.isArray(type)) {
      for (let i = 0; i < type.length; i++) {
        const t: unknown = type[i];
        if (typeof t === 'string' && !dataTypes.has(t)) {
          ctx.report({ property: node.path, type: t, allowed: dataTypeList }, schemaLocation(event, `${node.pointer}/type/${i}`));
        }
      }
    }
  },
};
