import path from 'node:path';
import type { JsonSchema } from '@reflekt/compiler';
import { emitFixture } from '@reflekt/compiler/testing';
import { compile } from 'json-schema-to-typescript';
import { describe, expect, it } from 'vitest';
import { TypeNamer } from '../src/naming.js';
import { prepareSchema } from '../src/schema-prep.js';
import { constraintLine } from '../src/tsdoc.js';
import { JSTT_OPTIONS, jsttCompile } from '../src/typegen.js';
import { copyExample, FIXTURES } from './helpers.js';

const prep = (schema: JsonSchema) => prepareSchema(schema, 'EProperties', 'E', new TypeNamer());

describe('prepareSchema', () => {
  const cases: Array<[string, { given: JsonSchema; want: object }]> = [
    [
      'objects with properties are closed, whatever additionalProperties says',
      {
        given: { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'string' } }, additionalProperties: true } } },
        want: { type: 'object', title: 'EProperties', properties: { a: { type: 'object', properties: { b: { type: 'string' } } } } },
      },
    ],
    [
      'an object without properties is a map; a closed one takes nothing; the root is closed by default',
      {
        given: {
          type: 'object',
          properties: {
            m: { type: 'object', additionalProperties: { type: 'integer' } },
            free: { type: 'object' },
            none: { type: 'object', additionalProperties: false },
          },
        },
        want: {
          type: 'object',
          title: 'EProperties',
          properties: {
            m: { type: 'object', additionalProperties: { type: 'integer', description: 'Integer.' } },
            free: { type: 'object', additionalProperties: true },
            none: { type: 'object', tsType: 'Record<string, never>' },
          },
        },
      },
    ],
    [
      'date-time strings accept a Date; nullable stays nullable',
      {
        given: {
          type: 'object',
          properties: { a: { type: 'string', format: 'date-time' }, b: { type: ['string', 'null'], format: 'date-time' } },
        },
        want: {
          type: 'object',
          title: 'EProperties',
          properties: {
            a: { type: 'string', description: 'Format `date-time` (ISO 8601; a `Date` is sent as one).', tsType: 'string | Date' },
            b: {
              type: ['string', 'null'],
              description: 'Format `date-time` (ISO 8601; a `Date` is sent as one).',
              tsType: 'string | Date | null',
            },
          },
        },
      },
    ],
    [
      'top-level consts are not required (the function fills them in); titles go, $ref targets get unique names',
      {
        given: {
          type: 'object',
          title: 'Dropped',
          definitions: { line: { type: 'object', title: 'Also dropped', properties: { q: { type: 'integer' } } } },
          properties: { kind: { const: 'web' }, line: { $ref: '#/definitions/line' } },
          required: ['kind', 'line'],
        },
        want: {
          type: 'object',
          title: 'EProperties',
          required: ['line'],
          definitions: { line: { type: 'object', title: 'ELine', properties: { q: { type: 'integer', description: 'Integer.' } } } },
          properties: { kind: { const: 'web' }, line: { $ref: '#/definitions/line' } },
        },
      },
    ],
    [
      'descriptions carry constraints and @deprecated, with `*/` escaped',
      {
        given: { type: 'object', properties: { a: { type: 'string', description: 'A */ b.', maxLength: 3, deprecated: true } } },
        want: {
          type: 'object',
          title: 'EProperties',
          properties: { a: { type: 'string', description: 'A *\\/ b.\n\nMax length 3.\n\n@deprecated' } },
        },
      },
    ],
  ];
  for (const [name, { given, want }] of cases) {
    it(name, () => {
      expect(prep(given).schema).toEqual(want);
    });
  }

  it('reports consts, whether anything is required, and $refs to other documents', () => {
    const result = prep({ type: 'object', properties: { k: { const: 1 }, x: { $ref: 'other/Thing/1-0.json' } }, required: ['k'] });
    expect(result.consts).toEqual([['k', 1]]);
    expect(result.hasRequired).toBe(false);
    expect(result.externalRefs).toEqual(['other/Thing/1-0.json']);
  });

  it('constraintLine lists what the TypeScript type cannot say', () => {
    expect(constraintLine({ type: 'integer', minimum: 1, exclusiveMaximum: 10, multipleOf: 2, default: 4, examples: [6] })).toBe(
      'Integer; minimum 1; less than 10; multiple of 2; default `4`; example `6`.',
    );
    expect(constraintLine({ type: 'array', minItems: 1, maxItems: 3, uniqueItems: true })).toBe('Min items 1; max items 3; unique items.');
    expect(constraintLine({ type: 'string', pattern: 'a`b' })).toBe('Pattern `` a`b ``.');
    expect(constraintLine({ type: 'string' })).toBe('');
  });
});

describe("json-schema-to-typescript's stages, called directly, print what compile() prints", () => {
  it('for every schema of the example and the edge-case fixture', async () => {
    const plans = await Promise.all([emitFixture(copyExample('prep-shop'), []), emitFixture(path.join(FIXTURES, 'edge'), [])]);
    let compared = 0;
    for (const { plan } of plans) {
      for (const event of plan.events) {
        const a = prep(event.schema).schema;
        const b = prep(event.schema).schema;
        expect(await jsttCompile(a, 'EProperties'), event.id).toBe(
          await compile(b as Parameters<typeof compile>[0], 'EProperties', JSTT_OPTIONS),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(25);
  });
});
