import { describe, expect, it } from 'vitest';
import { diffSchemas } from '../../src/breaking/diff-schema.js';
import type { BreakingMode, ChangeKind, Compatibility } from '../../src/breaking/types.js';
import type { JsonSchema } from '../../src/ir/json-schema.js';

/** What a case expects: each change as `kind pointer <- oldPointer compatibility`. */
type Want = readonly string[];

interface Case {
  readonly old: JsonSchema;
  readonly new: JsonSchema;
  /** Both modes when absent. */
  readonly mode?: BreakingMode;
  readonly want: Want;
}

const obj = (properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema => ({ type: 'object', properties, ...extra });
const closed = (properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema =>
  obj(properties, { additionalProperties: false, ...extra });
const str: JsonSchema = { type: 'string' };
/** `if a is set then <name> is required` (built from JSON: an object literal with `then` reads as a thenable). */
const conditional = (name: string): JsonSchema => JSON.parse(`{"if":{"required":["a"]},"then":{"required":["${name}"]}}`);

const line = (c: { kind: ChangeKind; pointer: string; oldPointer: string; compatibility: Compatibility }) =>
  `${c.kind} ${c.pointer || '/'} <- ${c.oldPointer || '/'} ${c.compatibility}`;

const cases: [string, Case][] = [
  // objects and content models
  [
    'no change (annotations ignored)',
    { old: obj({ a: { ...str, description: 'x' } }), new: obj({ a: { ...str, description: 'y', title: 'A' } }), want: [] },
  ],
  [
    'property added to a closed model',
    { old: closed({}), new: closed({ a: str }), want: ['property-added /properties/a <- /additionalProperties BACKWARD'] },
  ],
  [
    'property added to an open model (strict)',
    { old: obj({}), new: obj({ a: str }), mode: 'strict', want: ['property-added /properties/a <- /properties FORWARD'] },
  ],
  [
    'property added to an open model (lenient)',
    { old: obj({}), new: obj({ a: str }), mode: 'lenient', want: ['property-added /properties/a <- /properties FULL'] },
  ],
  [
    'property without constraints added to an open model',
    {
      old: obj({}),
      new: obj({ a: { description: 'anything' } }),
      mode: 'strict',
      want: ['property-added /properties/a <- /properties FULL'],
    },
  ],
  [
    'required property added to a closed model',
    {
      old: closed({}),
      new: closed({ a: str }, { required: ['a'] }),
      want: ['property-added /properties/a <- /additionalProperties BACKWARD', 'required-added /required/0 <- / FORWARD'],
    },
  ],
  [
    'required property added to an open model (lenient)',
    {
      old: obj({}),
      new: obj({ a: str }, { required: ['a'] }),
      mode: 'lenient',
      want: ['property-added /properties/a <- /properties FULL', 'required-added /required/0 <- / FORWARD'],
    },
  ],
  [
    'property removed from a closed model',
    { old: closed({ a: str }), new: closed({}), want: ['property-removed /additionalProperties <- /properties/a FORWARD'] },
  ],
  [
    'property removed from an open model (strict)',
    { old: obj({ a: str }), new: obj({}), mode: 'strict', want: ['property-removed /properties <- /properties/a BACKWARD'] },
  ],
  [
    'property removed from an open model (lenient)',
    { old: obj({ a: str }), new: obj({}), mode: 'lenient', want: ['property-removed /properties <- /properties/a FULL'] },
  ],
  [
    'property added that the additionalProperties schema covers',
    {
      old: obj({}, { additionalProperties: str }),
      new: obj({ a: { type: 'string', maxLength: 3 } }, { additionalProperties: str }),
      mode: 'strict',
      want: ['property-added /properties/a <- /additionalProperties FORWARD'],
    },
  ],
  [
    'property added matching patternProperties exactly',
    {
      old: obj({}, { patternProperties: { '^x_': str }, additionalProperties: false }),
      new: obj({ x_a: str }, { patternProperties: { '^x_': str }, additionalProperties: false }),
      want: ['property-added /properties/x_a <- /patternProperties/^x_ FULL'],
    },
  ],
  [
    'property named like an Object.prototype member',
    {
      old: closed({}),
      new: closed({ constructor: str }),
      want: ['property-added /properties/constructor <- /additionalProperties BACKWARD'],
    },
  ],
  [
    'required added',
    { old: obj({ a: str }), new: obj({ a: str }, { required: ['a'] }), want: ['required-added /required/0 <- / FORWARD'] },
  ],
  [
    'required removed',
    {
      old: obj({ a: str }, { required: ['a'] }),
      new: obj({ a: str }, { required: [] }),
      want: ['required-removed /required <- /required/0 BACKWARD'],
    },
  ],
  [
    'model closed (both modes)',
    { old: obj({ a: str }), new: closed({ a: str }), want: ['additional-properties-closed /additionalProperties <- / FORWARD'] },
  ],
  [
    'model opened',
    { old: closed({ a: str }), new: obj({ a: str }), want: ['additional-properties-opened / <- /additionalProperties BACKWARD'] },
  ],
  [
    'additionalProperties schema narrowed',
    {
      old: obj({}, { additionalProperties: { type: ['string', 'null'] } }),
      new: obj({}, { additionalProperties: str }),
      want: ['type-narrowed /additionalProperties/type <- /additionalProperties/type FORWARD'],
    },
  ],
  [
    'minProperties tightened',
    { old: obj({}), new: obj({}, { minProperties: 1 }), want: ['min-properties-tightened /minProperties <- / FORWARD'] },
  ],
  [
    'maxProperties relaxed',
    {
      old: obj({}, { maxProperties: 3 }),
      new: obj({}, { maxProperties: 5 }),
      want: ['max-properties-relaxed /maxProperties <- /maxProperties BACKWARD'],
    },
  ],
  [
    'dependency added',
    { old: obj({}), new: obj({}, { dependencies: { a: ['b'] } }), want: ['dependency-added /dependencies/a <- / FORWARD'] },
  ],
  // nested objects
  [
    'nested object: property removed from a closed model',
    {
      old: obj({ address: closed({ city: str, zip: str }) }),
      new: obj({ address: closed({ city: str }) }),
      want: ['property-removed /properties/address/additionalProperties <- /properties/address/properties/zip FORWARD'],
    },
  ],
  // types
  [
    'type widened to nullable',
    {
      old: obj({ a: str }),
      new: obj({ a: { type: ['string', 'null'] } }),
      want: ['type-widened /properties/a/type <- /properties/a/type BACKWARD'],
    },
  ],
  [
    'type narrowed number -> integer',
    {
      old: obj({ a: { type: 'number' } }),
      new: obj({ a: { type: 'integer' } }),
      want: ['type-narrowed /properties/a/type <- /properties/a/type FORWARD'],
    },
  ],
  [
    'type widened integer -> number',
    {
      old: obj({ a: { type: 'integer' } }),
      new: obj({ a: { type: 'number' } }),
      want: ['type-widened /properties/a/type <- /properties/a/type BACKWARD'],
    },
  ],
  [
    'type changed string -> integer (string keywords not compared)',
    {
      old: obj({ a: { type: 'string', maxLength: 3 } }),
      new: obj({ a: { type: 'integer' } }),
      want: ['type-changed /properties/a/type <- /properties/a/type NONE'],
    },
  ],
  ['type added', { old: obj({ a: {} }), new: obj({ a: str }), want: ['type-narrowed /properties/a/type <- /properties/a FORWARD'] }],
  // enum and const
  [
    'enum extended',
    {
      old: obj({ a: { enum: ['x', 'y'] } }),
      new: obj({ a: { enum: ['x', 'y', 'z'] } }),
      want: ['enum-extended /properties/a/enum/2 <- /properties/a/enum BACKWARD'],
    },
  ],
  [
    'enum narrowed',
    {
      old: obj({ a: { enum: ['x', 'y'] } }),
      new: obj({ a: { enum: ['x'] } }),
      want: ['enum-narrowed /properties/a/enum <- /properties/a/enum/1 FORWARD'],
    },
  ],
  [
    'enum changed',
    {
      old: obj({ a: { enum: ['x', 'y'] } }),
      new: obj({ a: { enum: ['x', 'z'] } }),
      want: ['enum-changed /properties/a/enum/1 <- /properties/a/enum/1 NONE'],
    },
  ],
  ['enum reordered is no change', { old: obj({ a: { enum: ['x', 'y'] } }), new: obj({ a: { enum: ['y', 'x'] } }), want: [] }],
  [
    'enum added',
    { old: obj({ a: str }), new: obj({ a: { ...str, enum: ['x'] } }), want: ['enum-added /properties/a/enum <- /properties/a FORWARD'] },
  ],
  [
    'const removed',
    { old: obj({ a: { const: 1 } }), new: obj({ a: {} }), want: ['enum-removed /properties/a <- /properties/a/const BACKWARD'] },
  ],
  // numbers
  [
    'maximum tightened',
    {
      old: obj({ a: { type: 'number', maximum: 10 } }),
      new: obj({ a: { type: 'number', maximum: 5 } }),
      want: ['maximum-tightened /properties/a/maximum <- /properties/a/maximum FORWARD'],
    },
  ],
  [
    'minimum relaxed (removed)',
    {
      old: obj({ a: { type: 'number', minimum: 0 } }),
      new: obj({ a: { type: 'number' } }),
      want: ['minimum-relaxed /properties/a <- /properties/a/minimum BACKWARD'],
    },
  ],
  [
    'minimum -> exclusiveMinimum at the same value is tighter',
    {
      old: obj({ a: { type: 'number', minimum: 0 } }),
      new: obj({ a: { type: 'number', exclusiveMinimum: 0 } }),
      want: ['minimum-tightened /properties/a/exclusiveMinimum <- /properties/a/minimum FORWARD'],
    },
  ],
  [
    'multipleOf 2 -> 4 tightened',
    {
      old: obj({ a: { type: 'integer', multipleOf: 2 } }),
      new: obj({ a: { type: 'integer', multipleOf: 4 } }),
      want: ['multiple-of-tightened /properties/a/multipleOf <- /properties/a/multipleOf FORWARD'],
    },
  ],
  [
    'multipleOf 4 -> 2 relaxed',
    {
      old: obj({ a: { type: 'integer', multipleOf: 4 } }),
      new: obj({ a: { type: 'integer', multipleOf: 2 } }),
      want: ['multiple-of-relaxed /properties/a/multipleOf <- /properties/a/multipleOf BACKWARD'],
    },
  ],
  [
    'multipleOf 2 -> 3 changed',
    {
      old: obj({ a: { type: 'integer', multipleOf: 2 } }),
      new: obj({ a: { type: 'integer', multipleOf: 3 } }),
      want: ['multiple-of-changed /properties/a/multipleOf <- /properties/a/multipleOf NONE'],
    },
  ],
  // strings
  [
    'maxLength tightened',
    {
      old: obj({ a: { ...str, maxLength: 10 } }),
      new: obj({ a: { ...str, maxLength: 5 } }),
      want: ['max-length-tightened /properties/a/maxLength <- /properties/a/maxLength FORWARD'],
    },
  ],
  [
    'minLength relaxed',
    {
      old: obj({ a: { ...str, minLength: 2 } }),
      new: obj({ a: { ...str, minLength: 1 } }),
      want: ['min-length-relaxed /properties/a/minLength <- /properties/a/minLength BACKWARD'],
    },
  ],
  [
    'pattern added',
    {
      old: obj({ a: str }),
      new: obj({ a: { ...str, pattern: '^x' } }),
      want: ['pattern-added /properties/a/pattern <- /properties/a FORWARD'],
    },
  ],
  [
    'pattern removed',
    {
      old: obj({ a: { ...str, pattern: '^x' } }),
      new: obj({ a: str }),
      want: ['pattern-removed /properties/a <- /properties/a/pattern BACKWARD'],
    },
  ],
  [
    'pattern changed',
    {
      old: obj({ a: { ...str, pattern: '^x' } }),
      new: obj({ a: { ...str, pattern: '^y' } }),
      want: ['pattern-changed /properties/a/pattern <- /properties/a/pattern NONE'],
    },
  ],
  [
    'format added',
    {
      old: obj({ a: str }),
      new: obj({ a: { ...str, format: 'email' } }),
      want: ['format-added /properties/a/format <- /properties/a FORWARD'],
    },
  ],
  // arrays
  [
    'array items: nested property removed from a closed model',
    {
      old: obj({ products: { type: 'array', items: closed({ sku: str, name: str }) } }),
      new: obj({ products: { type: 'array', items: closed({ sku: str }) } }),
      want: ['property-removed /properties/products/items/additionalProperties <- /properties/products/items/properties/name FORWARD'],
    },
  ],
  [
    'array items type added',
    {
      old: obj({ a: { type: 'array' } }),
      new: obj({ a: { type: 'array', items: str } }),
      want: ['type-narrowed /properties/a/items/type <- /properties/a FORWARD'],
    },
  ],
  [
    'items: list -> tuple',
    {
      old: obj({ a: { type: 'array', items: str } }),
      new: obj({ a: { type: 'array', items: [str] } }),
      want: ['items-changed /properties/a/items <- /properties/a/items NONE'],
    },
  ],
  [
    'tuple closed with additionalItems: false',
    {
      old: obj({ a: { type: 'array', items: [str] } }),
      new: obj({ a: { type: 'array', items: [str], additionalItems: false } }),
      want: ['additional-items-closed /properties/a/additionalItems <- /properties/a FORWARD'],
    },
  ],
  [
    'minItems tightened',
    {
      old: obj({ a: { type: 'array' } }),
      new: obj({ a: { type: 'array', minItems: 1 } }),
      want: ['min-items-tightened /properties/a/minItems <- /properties/a FORWARD'],
    },
  ],
  [
    'maxItems relaxed',
    {
      old: obj({ a: { type: 'array', maxItems: 1 } }),
      new: obj({ a: { type: 'array', maxItems: 2 } }),
      want: ['max-items-relaxed /properties/a/maxItems <- /properties/a/maxItems BACKWARD'],
    },
  ],
  [
    'uniqueItems added',
    {
      old: obj({ a: { type: 'array' } }),
      new: obj({ a: { type: 'array', uniqueItems: true } }),
      want: ['unique-items-added /properties/a/uniqueItems <- /properties/a FORWARD'],
    },
  ],
  [
    'contains removed',
    {
      old: obj({ a: { type: 'array', contains: str } }),
      new: obj({ a: { type: 'array' } }),
      want: ['contains-removed /properties/a <- /properties/a/contains BACKWARD'],
    },
  ],
  // $ref
  [
    'definition changed behind an unchanged $ref',
    {
      old: obj({ a: { $ref: '#/definitions/money' } }, { definitions: { money: { type: 'number' } } }),
      new: obj({ a: { $ref: '#/definitions/money' } }, { definitions: { money: { type: 'integer' } } }),
      want: ['type-narrowed /definitions/money/type <- /definitions/money/type FORWARD'],
    },
  ],
  [
    'definition used twice is reported once',
    {
      old: obj({ a: { $ref: '#/definitions/m' }, b: { $ref: '#/definitions/m' } }, { definitions: { m: { type: 'number' } } }),
      new: obj({ a: { $ref: '#/definitions/m' }, b: { $ref: '#/definitions/m' } }, { definitions: { m: { type: 'integer' } } }),
      want: ['type-narrowed /definitions/m/type <- /definitions/m/type FORWARD'],
    },
  ],
  [
    '$ref to an equal definition',
    {
      old: obj({ a: { $ref: '#/definitions/x' } }, { definitions: { x: str } }),
      new: obj({ a: { $ref: '#/definitions/y' } }, { definitions: { y: str } }),
      want: ['ref-changed /properties/a/$ref <- /properties/a/$ref FULL'],
    },
  ],
  [
    '$ref inlined',
    {
      old: obj({ a: { $ref: '#/definitions/x' } }, { definitions: { x: str } }),
      new: obj({ a: str }),
      want: ['ref-changed /properties/a <- /properties/a/$ref FULL'],
    },
  ],
  [
    'remote $ref changed',
    {
      old: obj({ a: { $ref: 'money.json' } }),
      new: obj({ a: { $ref: 'price.json' } }),
      want: ['ref-changed /properties/a/$ref <- /properties/a/$ref NONE'],
    },
  ],
  [
    'recursive definition terminates',
    {
      old: obj(
        { tree: { $ref: '#/definitions/node' } },
        { definitions: { node: obj({ children: { type: 'array', items: { $ref: '#/definitions/node' } } }) } },
      ),
      new: obj(
        { tree: { $ref: '#/definitions/node' } },
        { definitions: { node: closed({ children: { type: 'array', items: { $ref: '#/definitions/node' } } }) } },
      ),
      want: ['additional-properties-closed /definitions/node/additionalProperties <- /definitions/node FORWARD'],
    },
  ],
  // composition
  [
    'anyOf branch added',
    {
      old: obj({ a: { anyOf: [str] } }),
      new: obj({ a: { anyOf: [str, { type: 'null' }] } }),
      want: ['anyOf-branch-added /properties/a/anyOf/1 <- /properties/a/anyOf BACKWARD'],
    },
  ],
  [
    'anyOf branch removed',
    {
      old: obj({ a: { anyOf: [str, { type: 'null' }] } }),
      new: obj({ a: { anyOf: [str] } }),
      want: ['anyOf-branch-removed /properties/a/anyOf <- /properties/a/anyOf/1 FORWARD'],
    },
  ],
  [
    'anyOf branches reordered is no change',
    { old: obj({ a: { anyOf: [str, { type: 'null' }] } }), new: obj({ a: { anyOf: [{ type: 'null' }, str] } }), want: [] },
  ],
  [
    'anyOf branch edited is compared',
    {
      old: obj({ a: { anyOf: [{ ...str, maxLength: 5 }, { type: 'null' }] } }),
      new: obj({ a: { anyOf: [{ ...str, maxLength: 3 }, { type: 'null' }] } }),
      want: ['max-length-tightened /properties/a/anyOf/0/maxLength <- /properties/a/anyOf/0/maxLength FORWARD'],
    },
  ],
  [
    'oneOf branch added (Confluent: compatible)',
    {
      old: obj({ a: { oneOf: [str] } }),
      new: obj({ a: { oneOf: [str, { type: 'integer' }] } }),
      want: ['oneOf-branch-added /properties/a/oneOf/1 <- /properties/a/oneOf BACKWARD'],
    },
  ],
  [
    'allOf branch added',
    {
      old: obj({ a: { allOf: [str] } }),
      new: obj({ a: { allOf: [str, { minLength: 1 }] } }),
      want: ['allOf-branch-added /properties/a/allOf/1 <- /properties/a/allOf FORWARD'],
    },
  ],
  [
    'allOf branch removed',
    {
      old: obj({ a: { allOf: [str, { minLength: 1 }] } }),
      new: obj({ a: { allOf: [str] } }),
      want: ['allOf-branch-removed /properties/a/allOf <- /properties/a/allOf/1 BACKWARD'],
    },
  ],
  [
    'anyOf added',
    {
      old: obj({ a: {} }),
      new: obj({ a: { anyOf: [str, { type: 'null' }] } }),
      want: ['anyOf-added /properties/a/anyOf <- /properties/a FORWARD'],
    },
  ],
  [
    'not added',
    {
      old: obj({ a: str }),
      new: obj({ a: { ...str, not: { const: '' } } }),
      want: ['not-added /properties/a/not <- /properties/a FORWARD'],
    },
  ],
  [
    'not widened (excludes more)',
    {
      old: obj({ a: { not: { const: 1 } } }),
      new: obj({ a: { not: { enum: [1, 2] } } }),
      want: ['not-changed /properties/a/not <- /properties/a/not FORWARD'],
    },
  ],
  [
    'if/then changed',
    {
      old: obj({}, conditional('b')),
      new: obj({}, conditional('c')),
      want: ['conditional-changed /if <- /if NONE'],
    },
  ],
  // boolean schemas
  [
    'property forbidden with false',
    {
      old: obj({ a: str }),
      new: obj({ a: false as unknown as JsonSchema }),
      want: ['schema-forbidden /properties/a <- /properties/a FORWARD'],
    },
  ],
];

describe('diffSchemas', () => {
  it.each(cases)('%s', (_, c) => {
    for (const mode of c.mode ? [c.mode] : (['strict', 'lenient'] as const)) {
      expect(diffSchemas(c.old, c.new, { mode }).map(line), mode).toEqual(c.want);
    }
  });

  it('explains open and closed models in the reason', () => {
    const [strict] = diffSchemas(obj({}), obj({ coupon: str }), { mode: 'strict' });
    expect(strict?.reason).toBe(
      'Property `coupon` was added to an open content model (no `additionalProperties: false`): old payloads may already set an undeclared `coupon` to any value, which its new definition can reject; readers on the old schema accept it. Strict mode counts this as breaking; lenient mode, which assumes no payload set a property before it was declared, counts it as compatible.',
    );
    const [lenient] = diffSchemas(obj({}), obj({ coupon: str }), { mode: 'lenient' });
    expect(lenient?.reason).toBe(
      'Property `coupon` was added to an open content model (no `additionalProperties: false`): lenient mode assumes no payload set `coupon` before it was declared, so old payloads stay valid, and readers on the old schema accept it as an extra property.',
    );
    const [closedModel] = diffSchemas(closed({}), closed({ coupon: str }));
    expect(closedModel?.reason).toBe(
      'Property `coupon` was added to a closed content model (`additionalProperties: false`): payloads written with the old schema never set it, so they stay valid; readers on the old schema reject payloads that set it.',
    );
  });

  it('names nested properties by path', () => {
    const [change] = diffSchemas(
      obj({ products: { type: 'array', items: obj({ price: { type: 'number', minimum: 0 } }) } }),
      obj({ products: { type: 'array', items: obj({ price: { type: 'number', minimum: 1 } }) } }),
    );
    expect(change?.reason).toBe(
      'Lower bound of `products[].price` changed from `≥ 0` to `≥ 1`: data written with the old schema may fall outside it.',
    );
  });
});
