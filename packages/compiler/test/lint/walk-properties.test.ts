import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../src/ir/json-schema.js';
import { isSuppressed, type PropertyNode, walkProperties } from '../../src/lint/walk-properties.js';

const walk = (schema: JsonSchema): string[] => {
  const out: string[] = [];
  walkProperties(schema, (n: PropertyNode) => {
    if (n.kind === 'root') return;
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
      'root combinator branches are visited, with an empty path',
      { given: { oneOf: [{ properties: { a: {} } }] }, want: ['branch   /oneOf/0', 'property a a /oneOf/0/properties/a'] },
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

describe('walkProperties: root, depth and parent', () => {
  it('visits the root first, with depth 0 and no parent; counts properties and items in depth', () => {
    const shipping = { properties: { city: {} } };
    const products = { items: { properties: { sku: {} } }, anyOf: [{}] };
    const root: JsonSchema = { lint: ['r1'], properties: { shipping, products } };
    const got: string[] = [];
    walkProperties(root, (n) => {
      const parent = n.parent === undefined ? 'none' : n.parent === root ? 'root' : n.parent === shipping ? 'shipping' : 'products…';
      got.push(`${n.kind} ${n.path || '(root)'} depth ${n.depth} parent ${parent}${n.suppressed === undefined ? '' : ' off'}`);
    });
    expect(got).toEqual([
      'root (root) depth 0 parent none off',
      'property shipping depth 1 parent root off',
      'property shipping.city depth 2 parent shipping off',
      'property products depth 1 parent root off',
      'items products[] depth 2 parent products… off',
      'property products[].sku depth 3 parent products… off',
      'branch products depth 1 parent products… off',
    ]);
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
