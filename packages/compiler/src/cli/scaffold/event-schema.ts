import type { JsonValue } from '../../ir/json-schema.js';
import type { EventKind } from '../../ir/types.js';

/** What a new schema file needs. */
export interface NewEventSchema {
  readonly id: string;
  readonly vendor: string;
  readonly name: string;
  readonly version: string;
  readonly kind?: EventKind;
  readonly description: string;
  readonly metadata: { readonly [key: string]: JsonValue };
  readonly properties: { readonly [name: string]: JsonValue };
  readonly required: readonly string[];
}

/** A Reflekt event schema document, keys in the order people read them. */
export function eventSchemaDocument(e: NewEventSchema): Record<string, JsonValue> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: e.id,
    description: e.description,
    self: {
      vendor: e.vendor,
      name: e.name,
      format: 'jsonschema',
      version: e.version,
      ...(e.kind && e.kind !== 'track' && { kind: e.kind }),
      metadata: e.metadata,
    },
    type: 'object',
    properties: e.properties,
    required: [...e.required],
    additionalProperties: false,
  };
}
