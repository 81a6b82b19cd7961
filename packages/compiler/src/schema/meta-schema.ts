/**
 * The meta-schema `reflekt init` writes to `schemas/.reflekt/meta/1-0.json`: every event schema
 * must be valid draft-07 JSON Schema and carry a `self` block. Teams edit their copy to require
 * metadata keys (`code_owner`, …). Compatible with Python Reflekt's, plus `kind`/`deprecated`.
 */
export const REFLEKT_META_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: '.reflekt/meta/1-0.json',
  description: 'Meta-schema for Reflekt event schemas.',
  allOf: [
    { $ref: 'http://json-schema.org/draft-07/schema#' },
    {
      type: 'object',
      required: ['self', 'properties'],
      properties: {
        self: {
          type: 'object',
          required: ['vendor', 'name', 'format', 'version', 'metadata'],
          properties: {
            vendor: { type: 'string', description: 'The company or team that owns the schema (com.example).' },
            name: { type: 'string', description: 'The event name as the CDP receives it.' },
            format: { type: 'string', const: 'jsonschema' },
            version: { type: 'string', pattern: '^[1-9][0-9]*-(0|[1-9][0-9]*)$' },
            kind: { type: 'string', enum: ['track', 'identify', 'group', 'page', 'screen'] },
            deprecated: { type: 'boolean' },
            metadata: {
              type: 'object',
              description: 'Free-form metadata; require keys here (for example code_owner).',
            },
            lint: {
              anyOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
            },
            tests: { type: 'object' },
            metrics: { type: 'object' },
          },
          additionalProperties: false,
        },
      },
    },
  ],
} as const;
