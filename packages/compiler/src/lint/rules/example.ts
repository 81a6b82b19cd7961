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
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly conventions?: Conventions;
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
      version: init.version ?? '1-0',
      metadata: {},
      ...init.self,
    },
    type: 'object',
    properties: init.properties ?? {},
    additionalProperties: false,
  };
  return {
    path: `schemas/${init.id}`,
    text: `${JSON.stringify(document, null, 2)}\n`,
    ...(init.conventions !== undefined && { conventions: init.conventions }),
  };
}

/** A described string property, the usual filler of examples. */
export const text = (description: string): Readonly<Record<string, unknown>> => ({ type: 'string', description });
