import type { Conventions } from '../../config/types.js';
import type { LintExample } from '../types.js';

/** The parts of a Reflekt schema document that rule examples vary. */
interface ExampleInit {
  /** `$id`: `<plan>/<Event_Name>/<version>.json`. */
  readonly id: string;
  readonly name: string;
  readonly version?: string;
  /** The event description; `null` writes none. @default 'Sent when the example happens.' */
  readonly description?: string | null;
  readonly self?: Readonly<Record<string, unknown>>;
  /** The payload's `properties`; `null` writes none. @default {} */
  readonly properties?: Readonly<Record<string, unknown>> | null;
  readonly required?: readonly string[];
  readonly conventions?: Conventions;
  readonly options?: Readonly<Record<string, unknown>>;
  /** Other documents of the example plan. */
  readonly also?: readonly LintExample[];
}

/**
 * Writes a rule's docs example as a complete Reflekt JSON schema document, so examples read the
 * same way everywhere and stay valid apart from what they demonstrate.
 */
export function example(init: ExampleInit): LintExample {
  const document = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: init.id,
    ...(init.description !== null && { description: init.description ?? 'Sent when the example happens.' }),
    self: {
      vendor: 'com.example',
      name: init.name,
      format: 'jsonschema',
      version: init.version ?? init.id.slice(init.id.lastIndexOf('/') + 1).replace(/\.json$/, ''),
      metadata: {},
      ...init.self,
    },
    type: 'object',
    ...(init.properties !== null && { properties: init.properties ?? {} }),
    ...(init.required !== undefined && { required: init.required }),
    additionalProperties: false,
  };
  return {
    path: `schemas/${init.id}`,
    text: `${JSON.stringify(document, null, 2)}\n`,
    ...(init.conventions !== undefined && { conventions: init.conventions }),
    ...(init.options !== undefined && { options: init.options }),
    ...(init.also !== undefined && { files: init.also.map(({ path, text }) => ({ path, text })) }),
  };
}

/** A described string property, the usual filler of examples. */
export const text = (description: string): Readonly<Record<string, unknown>> => ({ type: 'string', description });
