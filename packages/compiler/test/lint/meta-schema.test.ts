import { describe, expect, it } from 'vitest';
import { DEFAULT_META_SCHEMA } from '../../src/lint/default-meta-schema.js';
import { compileMetaSchema, defaultMetaSchemaCheck, projectMetaSchemaCheck } from '../../src/lint/meta-schema.js';

describe('meta-schema checks', () => {
  it('reports a document without `self` as findings, not a crash (Python raised IndexError)', () => {
    expect(compileMetaSchema(DEFAULT_META_SCHEMA)({})).toEqual([
      { pointer: '', atKey: true, path: '', detail: 'is missing the required field `self`' },
      { pointer: '', atKey: true, path: '', detail: 'is missing the required field `properties`' },
    ]);
  });

  it('ignores the draft-07 branch of a Python meta-schema (the loader reports invalid JSON Schema)', () => {
    const check = compileMetaSchema({
      allOf: [{ $ref: 'http://json-schema.org/draft-07/schema#' }, { required: ['self'] }],
    });
    expect(check({ self: {}, type: 'objekt', properties: { a: { minLength: 'x' } } })).toEqual([]);
    expect(check({})).toHaveLength(1);
  });

  it('compiles the built-in meta-schema once, and each project meta-schema once per text', () => {
    expect(defaultMetaSchemaCheck()).toBe(defaultMetaSchemaCheck());
    const text = JSON.stringify({ $id: '.reflekt/meta/1-0.json', required: ['self'] });
    expect(projectMetaSchemaCheck(text)).toBe(projectMetaSchemaCheck(text));
    // The same `$id` with other content compiles again, without an Ajv "already exists" error.
    expect(projectMetaSchemaCheck(JSON.stringify({ $id: '.reflekt/meta/1-0.json', required: ['x'] }))({})).toHaveLength(1);
  });

  it('throws a readable error for a meta-schema that is not a JSON Schema', () => {
    expect(() => projectMetaSchemaCheck('{"$schema": "http://json-schema.org/draft-07/schema#", "type": "objekt"}')).toThrow(
      /^it is not valid JSON Schema: \/type must be equal to one of the allowed values$/,
    );
  });
});
