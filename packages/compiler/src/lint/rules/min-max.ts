import { schemaLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import { example } from './example.js';

/** Bound pairs as parallel lists (the check runs on every node): lower, upper, and whether they may not be equal either. */
const LOWER = ['minimum', 'exclusiveMinimum', 'minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER = ['maximum', 'exclusiveMaximum', 'exclusiveMaximum', 'maximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const STRICT = [false, true, true, true, false, false, false] as const;

/**
 * `min-max` (igluctl `numericMinimumMaximum`, `stringMinMaxLength`, `arrayMinMaxItems`, plus the
 * exclusive and object bounds): lower bounds do not exceed upper bounds, so some value can pass.
 * Checked on every node: the root, properties, items and branches.
 */
export const minMax: PropertyRule<'RK2017'> = {
  id: 'min-max',
  code: 'RK2017',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Lower bounds are not above upper bounds (`minimum`/`maximum`, `minLength`/`maxLength`, `minItems`/`maxItems`, …).',
    why: 'A schema whose bounds cross accepts no value at all: every event that sends the property fails validation, which usually shows up only in production.',
    fix: 'Correct the bounds; they are often swapped.',
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { quantity: { type: 'integer', description: 'Units ordered.', minimum: 1, maximum: 99 } },
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { quantity: { type: 'integer', description: 'Units ordered.', minimum: 99, maximum: 1 } },
    }),
  },
  check(node, event, ctx) {
    const schema = node.schema;
    for (let i = 0; i < LOWER.length; i++) {
      const min = LOWER[i] as string;
      const minValue = schema[min];
      if (typeof minValue !== 'number') continue;
      const max = UPPER[i] as string;
      const maxValue = schema[max];
      if (typeof maxValue !== 'number') continue;
      const strict = STRICT[i] ?? false;
      if (strict ? minValue < maxValue : minValue <= maxValue) continue;
      ctx.report({ property: node.path, min, minValue, max, maxValue, strict }, schemaLocation(event, `${node.pointer}/${min}`));
    }
  },
};
