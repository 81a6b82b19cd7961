import { keywordLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import { example } from './example.js';

/** The type each type-specific keyword applies to (`format` is left out: formats exist for numbers too). */
const KEYWORD_TYPE: ReadonlyMap<string, 'string' | 'number' | 'array' | 'object'> = new Map([
  ['minLength', 'string'],
  ['maxLength', 'string'],
  ['pattern', 'string'],
  ['minimum', 'number'],
  ['maximum', 'number'],
  ['exclusiveMinimum', 'number'],
  ['exclusiveMaximum', 'number'],
  ['multipleOf', 'number'],
  ['items', 'array'],
  ['additionalItems', 'array'],
  ['minItems', 'array'],
  ['maxItems', 'array'],
  ['uniqueItems', 'array'],
  ['contains', 'array'],
  ['properties', 'object'],
  ['required', 'object'],
  ['minProperties', 'object'],
  ['maxProperties', 'object'],
  ['additionalProperties', 'object'],
  ['patternProperties', 'object'],
  ['dependencies', 'object'],
  ['propertyNames', 'object'],
] as const);

/** Whether a declared `type` name accepts values a keyword of `keywordType` constrains. */
const accepts = (type: unknown, keywordType: string): boolean => type === keywordType || (keywordType === 'number' && type === 'integer');

/**
 * `keyword-type-mismatch` (igluctl `stringProperties`, `numericProperties`, `arrayProperties`,
 * `objectProperties`): a keyword that applies to one type is only used where `type` allows that
 * type. Nodes without `type` are left to `property-type`.
 */
export const keywordTypeMismatch: PropertyRule<'RK2018'> = {
  id: 'keyword-type-mismatch',
  code: 'RK2018',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Type-specific keywords (`maxLength`, `minimum`, `items`, `required`, …) match the declared `type`.',
    why: 'Validators apply a keyword only to values of its type, so `maxLength` on an integer or `minimum` on a string is silently ignored: the schema looks stricter than it is.',
    fix: 'Remove the keyword, use the keyword of the declared type (`maximum` for numbers, `maxLength` for strings), or correct `type`.',
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { quantity: { type: 'integer', description: 'Units ordered.', maximum: 99 } },
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { quantity: { type: 'integer', description: 'Units ordered.', maxLength: 2 } },
    }),
  },
  check(node, event, ctx) {
    const declared: unknown = node.schema.type;
    if (declared === undefined) return;
    const types: readonly unknown[] = Array.isArray(declared) ? declared : [declared];
    for (const keyword in node.schema) {
      const keywordType = KEYWORD_TYPE.get(keyword);
      if (keywordType === undefined || types.some((t) => accepts(t, keywordType))) continue;
      ctx.report(
        { property: node.path, keyword, keywordType, types: types.map(String) },
        keywordLocation(event, `${node.pointer}/${keyword}`),
      );
    }
  },
};
