import { escapePointerToken } from '../../ir/plan.js';
import { keywordLocation } from '../locate.js';
import type { PropertyRule } from '../types.js';
import { example } from './example.js';

/**
 * Keywords not to look into: maps of named subschemas (a key `$data` there is a name, not a
 * reference), and `items`, which the walk visits as a node of its own.
 */
const SKIP = new Set(['properties', 'patternProperties', 'definitions', 'dependencies', 'items']);

const hasData = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, '$data');

/**
 * `no-data-ref`: no `$data` reference (an Ajv extension: `"maximum": { "$data": "1/limit" }`).
 * Keyword values that draft-07 types strictly (`maximum` must be a number) already fail the
 * loader's schema check (RK1003); this catches the ones it accepts, such as `const` and `default`.
 */
export const noDataRef: PropertyRule<'RK2025'> = {
  id: 'no-data-ref',
  code: 'RK2025',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'No `$data` references (an Ajv extension).',
    why: '`$data` is not JSON Schema: only Ajv with `$data: true` reads it. Every other validator (Snowplow, Segment Protocols, warehouse tests, other languages) sees a literal object, so `"const": { "$data": "1/email" }` requires the value to be that object.',
    fix: 'Use a fixed value, or check the relation between fields outside the schema (in dbt tests, for example).',
    ok: example({
      id: 'shop/Signed_Up/1-0.json',
      name: 'Signed Up',
      properties: { plan: { type: 'string', description: 'The chosen plan.', const: 'free' } },
    }),
    notOk: example({
      id: 'shop/Signed_Up/1-0.json',
      name: 'Signed Up',
      properties: { plan: { type: 'string', description: 'The chosen plan.', const: { $data: '1/default_plan' } } },
    }),
  },
  check(node, event, ctx) {
    const { schema } = node;
    if (Object.hasOwn(schema, '$data'))
      ctx.report({ property: node.path, keyword: '$data' }, keywordLocation(event, `${node.pointer}/$data`));
    for (const keyword in schema) {
      if (SKIP.has(keyword) || !hasData(schema[keyword])) continue;
      ctx.report({ property: node.path, keyword }, keywordLocation(event, `${node.pointer}/${escapePointerToken(keyword)}/$data`));
    }
  },
};
