import type { EventSchema, JsonSchema } from '@reflekt/compiler';

/** The JSON Schema dialect of every published document. */
export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** The property every event may carry to name its schema (routing data, not payload). */
export const SCHEMA_ID_PROPERTY = 'schema_id';

/** `M-m`, the Reflekt version string (Iglu's addition is kept as `M-m-a`). */
export function versionString(event: EventSchema): string {
  const { major, minor, addition } = event.version;
  return addition === undefined ? `${major}-${minor}` : `${major}-${minor}-${addition}`;
}

/**
 * The published JSON Schema of one event: the plan's normalized payload schema with `$schema`,
 * `$id` and the Reflekt `self` block in front, so the document describes itself wherever it is
 * copied (S3, a CDN, another repo). `self` is an annotation: validators ignore it.
 */
export function schemaDocument(event: EventSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...payload } = event.schema as JsonSchema & { $schema?: unknown; $id?: unknown };
  return {
    $schema: DRAFT_07,
    $id: event.id,
    ...(event.description === '' ? {} : { description: event.description }),
    self: {
      vendor: event.vendor,
      name: event.name,
      format: 'jsonschema',
      version: versionString(event),
      kind: event.kind,
      ...(Object.keys(event.metadata).length > 0 ? { metadata: event.metadata } : {}),
      ...(event.deprecated === true ? { deprecated: true } : {}),
    },
    ...payload,
  } as JsonSchema;
}

/**
 * The schema validators are compiled from: `schema_id` is routing data that every event may
 * carry, so when the payload schema does not declare it, it is allowed as a string, even where
 * the schema is closed (`additionalProperties: false`). A schema that declares `schema_id` itself
 * (Reflekt's convention is `const: <$id>`) is kept as written.
 */
export function withSchemaId(schema: JsonSchema): JsonSchema {
  const properties = (schema as { properties?: unknown }).properties;
  const declared = typeof properties === 'object' && properties !== null && SCHEMA_ID_PROPERTY in properties;
  if (declared) return schema;
  return {
    ...schema,
    properties: { ...(typeof properties === 'object' && properties !== null ? properties : {}), [SCHEMA_ID_PROPERTY]: { type: 'string' } },
  } as JsonSchema;
}
