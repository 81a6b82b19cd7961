import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../src/ir/json-schema.js';
import { isSuppressed, type PropertyNode, walkProperties } from '../../src/lint/walk-properties.js';

const walk = (schema: JsonSchema): string[] => {
  const out: string[] = [];
  walkProperties(schema, (n: PropertyNode) => {
    const s = n.suppressed === undefined ? '' : n.suppressed === 'all' ? ' off' : ` off:${[...n.suppressed].join(',')}`;
    out.push(`${n.kind} ${n.name} ${n.path} ${n.pointer}${s}`);
  });
  return out;
};

describe('walkProperties', () => {
  const cases: [string, { given: JsonSchema; want: string[] }][] = [
    [
      'top-level properties',
      { given: { properties: { a: {}, b: {} } }, want: ['property a a /properties/a', 'property b b /properties/b'] },
    ],
    [
      'nested object properties',
      {
        given: { properties: { shipping: { properties: { city: {} } } } },
        want: ['property shipping shipping /properties/shipping', 'property city shipping.city /properties/shipping/properties/city'],
      },
    ],
    [
      'array items and their properties',
      {
        given: { properties: { products: { items: { properties: { sku: {} } } } } },
        want: [
          'property products products /properties/products',
          'items products products[] /properties/products/items',
          'property sku products[].sku /properties/products/items/properties/sku',
        ],
      },
    ],
    [
      'tuple items',
      {
        given: { properties: { pair: { items: [{}, {}] } } },
        want: [
          'property pair pair /properties/pair',
          'items pair pair[0] /properties/pair/items/0',
          'items pair pair[1] /properties/pair/items/1',
        ],
      },
    ],
    [
      'combinator branches',
      {
        given: { properties: { coupon: { anyOf: [{ properties: { code: {} } }, { type: 'null' }] } } },
        want: [
          'property coupon coupon /properties/coupon',
          'branch coupon coupon /properties/coupon/anyOf/0',
          'property code coupon.code /properties/coupon/anyOf/0/properties/code',
          'branch coupon coupon /properties/coupon/anyOf/1',
        ],
      },
    ],
    [
      'root combinators are walked through, not visited',
      { given: { oneOf: [{ properties: { a: {} } }] }, want: ['property a a /oneOf/0/properties/a'] },
    ],
    ['pointer tokens are escaped', { given: { properties: { 'a/b~c': {} } }, want: ['property a/b~c a/b~c /properties/a~1b~0c'] }],
    [
      'lint: false switches off a node and its children',
      {
        given: { properties: { old: { lint: false, properties: { x: {} } }, ok: {} } },
        want: [
          'property old old /properties/old off',
          'property x old.x /properties/old/properties/x off',
          'property ok ok /properties/ok',
        ],
      },
    ],
    [
      'lint lists accumulate down the tree',
      {
        given: { properties: { a: { lint: ['r1'], properties: { b: { lint: ['r2'] } } } } },
        want: ['property a a /properties/a off:r1', 'property b a.b /properties/a/properties/b off:r1,r2'],
      },
    ],
    [
      'boolean schemas are empty nodes',
      { given: { properties: { any: true } } as unknown as JsonSchema, want: ['property any any /properties/any'] },
    ],
    ['no properties', { given: { type: 'object' }, want: [] }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(walk(given)).toEqual(want);
  });
});

describe('isSuppressed', () => {
  it.each([
    ['nothing', undefined, false],
    ['all', 'all', true],
    ['listed', new Set(['r1']), true],
    ['not listed', new Set(['r2']), false],
  ] as const)('%s', (_, suppression, want) => {
    expect(isSuppressed(suppression, 'r1')).toBe(want);
  });
});
