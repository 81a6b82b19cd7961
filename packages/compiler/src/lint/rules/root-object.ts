import { schemaLocation } from '../locate.js';
import type { EventRule } from '../types.js';
import { example } from './example.js';

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `root-object` (igluctl `rootObject`): an event's payload schema is `type: object` with a
 * `properties` object. The loaders reject a non-object root of a schema file (RK1006); this also
 * covers events that source plugins hand over, and a root without `properties`.
 */
export const rootObject: EventRule<'RK2016'> = {
  id: 'root-object',
  code: 'RK2016',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'event',
  docs: {
    summary: 'The payload schema is an object with `properties`.',
    why: 'Every CDP call carries its payload as an object; a root without `properties` accepts anything, so nothing is validated, modelled in dbt or typed in the tracking functions.',
    fix: 'Set `"type": "object"` at the root and list the fields under `properties`; an event without fields has `"properties": {}`.',
    ok: example({ id: 'shop/Signed_Out/1-0.json', name: 'Signed Out', properties: {} }),
    notOk: example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed', properties: null }),
  },
  check(event, ctx) {
    const { type, properties } = event.schema;
    if (type !== undefined && type !== 'object') {
      ctx.report({ name: event.name, type: Array.isArray(type) ? type.join(', ') : String(type) }, schemaLocation(event, '/type'));
    } else if (!isObject(properties)) {
      ctx.report({ name: event.name, type: null }, schemaLocation(event, properties === undefined ? '' : '/properties'));
    }
  },
};
