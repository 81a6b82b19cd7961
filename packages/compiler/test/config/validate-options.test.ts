import { describe, expect, it } from 'vitest';
import { validateOptions } from '../../src/config/validate-options.js';
import { ExitCode, ReflektError } from '../../src/diagnostics/reflekt-error.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['bucket'],
  properties: {
    bucket: { type: 'string', minLength: 1 },
    prefix: { type: 'string', default: 'schemas/' },
    s3: {
      type: 'object',
      additionalProperties: false,
      properties: { region: { type: 'string', default: 'us-east-1' }, retries: { type: 'integer', minimum: 0 } },
      default: {},
    },
    formats: { type: 'array', items: { enum: ['json', 'yaml'] } },
  },
};

function failure(options: unknown): ReflektError {
  try {
    validateOptions('@reflekt/plugin-registry', schema, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ReflektError);
    return error as ReflektError;
  }
  throw new Error('expected validateOptions to throw');
}

describe('validateOptions', () => {
  it('fills defaults without changing the caller’s object', () => {
    const client = new (class S3Client {})();
    const input = { bucket: 'b', client: undefined as unknown, s3: { retries: 2 } };
    const withClient = { ...input, client };
    const strictSchema = { ...schema, properties: { ...schema.properties, client: {} } };
    const out = validateOptions<Record<string, unknown>>('@reflekt/plugin-registry', strictSchema, withClient);
    expect(out).toEqual({ bucket: 'b', client, prefix: 'schemas/', s3: { retries: 2, region: 'us-east-1' } });
    expect(out.client).toBe(client);
    expect(withClient.s3).toEqual({ retries: 2 });
  });

  it('validates missing options as {} so defaults and required checks apply', () => {
    const error = failure(undefined);
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(error.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['RK7005', 'Invalid options for `@reflekt/plugin-registry`: `bucket` is required.'],
    ]);
  });

  it('names the option path of every problem, exit code 2', () => {
    const error = failure({ bucket: '', s3: { retries: -1, regoin: 'eu' }, formats: ['json', 'xml'], extra: true });
    expect(error.exitCode).toBe(2);
    expect(error.diagnostics.map((d) => d.message)).toEqual([
      'Invalid options for `@reflekt/plugin-registry`: unknown option `extra`; known options are `bucket`, `prefix`, `s3`, `formats`.',
      'Invalid options for `@reflekt/plugin-registry`: `bucket` must not be empty.',
      'Invalid options for `@reflekt/plugin-registry`: unknown option `regoin` in `s3` (did you mean `region`?).',
      'Invalid options for `@reflekt/plugin-registry`: `s3.retries` must be >= 0.',
      'Invalid options for `@reflekt/plugin-registry`: `formats[1]` must be one of `json`, `yaml` (got `xml`).',
    ]);
    expect(error.diagnostics.map((d) => d.pointer)).toEqual(['/extra', '/bucket', '/s3/regoin', '/s3/retries', '/formats/1']);
    expect(error.diagnostics.every((d) => d.plugin === '@reflekt/plugin-registry' && d.file === undefined)).toBe(true);
  });

  it('reports options that are not an object', () => {
    expect(failure('fast').diagnostics.map((d) => d.message)).toEqual([
      'Invalid options for `@reflekt/plugin-registry`: the options must be an object (got a string).',
    ]);
  });
});
