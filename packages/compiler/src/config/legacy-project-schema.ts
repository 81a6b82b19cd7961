import { DATA_TYPES } from './user-config-schema.js';

const naming = {
  type: 'object',
  properties: {
    casing: { enum: ['snake', 'camel', 'pascal', 'title', 'any'] },
    numbers: { type: 'boolean' },
    reserved: { type: 'array', items: { type: 'string' } },
  },
} as const;

/**
 * Only the parts Reflekt reads are checked; the keys Python Reflekt required but we do not use
 * (`version`, `default_profile`, `profiles_path`) may be present or not, so any 0.3–0.6 file loads.
 */
/** JSON Schema of Python Reflekt's `reflekt_project.yml` (0.3–0.6), as far as Reflekt reads it. */
export const legacyProjectSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    vendor: { type: ['string', 'null'] },
    schemas: {
      type: ['object', 'null'],
      properties: {
        conventions: {
          type: ['object', 'null'],
          properties: {
            event: naming,
            property: naming,
            data_types: { type: 'array', items: { enum: DATA_TYPES } },
          },
        },
      },
    },
    artifacts: { type: ['object', 'null'], properties: { dbt: { type: ['object', 'null'] } } },
    registry: {
      type: ['object', 'null'],
      properties: {
        avo: { type: ['object', 'null'], properties: { branches: { type: ['object', 'null'], additionalProperties: { type: 'string' } } } },
      },
    },
  },
} as const;
