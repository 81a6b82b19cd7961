/** The Segment-spec calls a schema may declare in `self.kind`. */
const KINDS = ['track', 'identify', 'group', 'page', 'screen'];

/**
 * The meta-schema the `meta-schema` rule uses when the project has no
 * `schemas/.reflekt/meta/1-0.json`: Python Reflekt's (every document has `self` and
 * `properties`; `self` has `vendor`, `name`, `format: jsonschema`, a `MAJOR-MINOR` `version` and
 * `metadata`; `tests`/`metrics` allowed, nothing else), plus `self.kind`, `self.deprecated`, and
 * `self.lint` as a boolean or a list of rule ids.
 *
 * Python's meta-schema also `$ref`s the draft-07 meta-schema; that branch is left out here
 * because the loader reports invalid JSON Schema itself (RK1003).
 */
export const DEFAULT_META_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://reflekt.dev/schemas/meta/1-0.json',
  description: 'Built-in meta-schema for Reflekt event schema documents.',
  type: 'object',
  required: ['self', 'properties'],
  properties: {
    self: {
      type: 'object',
      required: ['vendor', 'name', 'format', 'version', 'metadata'],
      properties: {
        vendor: { type: 'string', minLength: 1 },
        name: { type: 'string', minLength: 1 },
        format: { const: 'jsonschema' },
        version: { type: 'string', pattern: '^[1-9][0-9]*-(0|[1-9][0-9]*)$' },
        metadata: { type: 'object' },
        kind: { enum: KINDS },
        deprecated: { type: 'boolean' },
        lint: {
          anyOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' } }],
        },
        tests: {},
        metrics: {},
      },
      additionalProperties: false,
    },
    properties: { type: 'object' },
  },
} as const;
