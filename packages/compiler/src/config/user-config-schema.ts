/**
 * JSON Schema of {@link UserConfig}, written by hand next to the type so the two are reviewed
 * together. Unknown keys are errors (`additionalProperties: false`) with a "did you mean" hint;
 * `plugins` entries are only checked to be a list here, because loading them gives better
 * errors (RK7003/RK7004) than a schema can.
 *
 * @see UserConfig in `./types.ts`
 */

const CASINGS = ['title', 'snake', 'camel', 'pascal', 'any'] as const;

/** Types a plan may allow (`conventions.dataTypes`). */
export const DATA_TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null', 'any'] as const;

const SEVERITIES = ['error', 'warning', 'warn', 'info', 'off'] as const;

const namingConvention = {
  type: 'object',
  additionalProperties: false,
  properties: {
    casing: { enum: CASINGS },
    numbers: { type: 'boolean' },
    reserved: { type: 'array', items: { type: 'string' } },
  },
} as const;

const ruleSetting = {
  description: 'a severity (`error`, `warning`, `warn`, `info`, `off`) or `[severity, options]`',
  anyOf: [
    { enum: SEVERITIES },
    {
      type: 'array',
      minItems: 1,
      items: [{ enum: SEVERITIES }, { type: 'object' }],
      additionalItems: false,
    },
  ],
} as const;

/**
 * A rule setting whose `[severity, options]` form takes exactly the options `properties`; `shape`
 * spells them for error messages (`{ formats?: string[] }`).
 */
const ruleSettingWith = <P extends object>(shape: string, properties: P) =>
  ({
    description: `a severity (\`error\`, \`warning\`, \`warn\`, \`info\`, \`off\`) or \`[severity, ${shape}]\``,
    anyOf: [
      { enum: SEVERITIES },
      {
        type: 'array',
        minItems: 1,
        items: [{ enum: SEVERITIES }, { type: 'object', additionalProperties: false, properties }],
        additionalItems: false,
      },
    ],
  }) as const;

const positiveInteger = { type: 'integer', minimum: 1 } as const;

/**
 * The options of the lint rules that take any (documented in each rule's `docs.options`, and a
 * test keeps the two in step); other rules accept any options object.
 */
const ruleSettings = {
  'schema-limits': ruleSettingWith('{ maxDepth?: integer, maxProperties?: integer, maxBytes?: integer }', {
    maxDepth: positiveInteger,
    maxProperties: positiveInteger,
    maxBytes: positiveInteger,
  }),
  'unknown-format': ruleSettingWith('{ formats?: string[] }', { formats: { type: 'array', items: { type: 'string', minLength: 1 } } }),
} as const;

/** The schema `reflekt.config.*` and `.reflektrc*` are validated with. */
export const userConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    // Lets JSON/YAML configs point editors at this schema.
    $schema: { type: 'string' },
    name: { type: 'string', minLength: 1 },
    vendor: { type: 'string' },
    schemas: { type: ['string', 'array'], minLength: 1, minItems: 1, items: { type: 'string', minLength: 1 } },
    conventions: {
      type: 'object',
      additionalProperties: false,
      properties: {
        event: namingConvention,
        property: namingConvention,
        dataTypes: { type: 'array', items: { enum: DATA_TYPES } },
      },
    },
    outDir: { type: 'string', minLength: 1 },
    plugins: { type: 'array' },
    lint: {
      type: 'object',
      additionalProperties: false,
      properties: {
        rules: { type: 'object', properties: ruleSettings, additionalProperties: ruleSetting },
      },
    },
    emitIr: { type: 'boolean' },
  },
} as const;
