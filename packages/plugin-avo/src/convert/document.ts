import type { JsonValue } from '@reflekt/compiler';
import type { ObjectBody } from './object.js';

/**
 * The version of every pulled schema. Avo keeps no versions: a pull writes the event's current
 * state over `1-0`, and its history is the project's version control (`reflekt breaking
 * --against <ref>` shows what a pull broke).
 */
export const PULLED_VERSION = '1-0';

/** Characters a folder name cannot hold on some system, and names a folder cannot have. */
const UNSAFE = /[/\\:*?"<>|\p{Cc}]/gu;

/** The schema folder of an event and whether characters had to be replaced to make it. */
export interface EventFolder {
  readonly folder: string;
  readonly replaced: boolean;
}

/**
 * The folder of an event's schemas: its name with spaces turned into `_` (what `reflekt lint`
 * expects), and characters no path may hold also turned into `_` (reported by the caller).
 */
export function eventFolder(name: string): EventFolder {
  const spaced = name.replace(/ /g, '_');
  const folder = spaced.replace(UNSAFE, '_');
  if (folder === '.' || folder === '..') return { folder: folder.replace(/\./g, '_'), replaced: true };
  return { folder, replaced: folder !== spaced };
}

/** What a pulled schema document says. */
export interface SchemaParts {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly description: string;
  readonly metadata: Readonly<Record<string, JsonValue>>;
  readonly kind?: 'identify' | 'group';
  readonly body: ObjectBody;
}

/** A Reflekt schema file (draft-07, `self` block), keys in the order Reflekt's own files use. */
export function schemaDocument(parts: SchemaParts): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: parts.id,
    description: parts.description,
    self: {
      vendor: parts.vendor,
      name: parts.name,
      format: 'jsonschema',
      version: PULLED_VERSION,
      metadata: parts.metadata,
      ...(parts.kind !== undefined && { kind: parts.kind }),
    },
    type: 'object',
    properties: parts.body.properties,
    ...(parts.body.required !== undefined && { required: parts.body.required }),
    ...(parts.body.additionalProperties !== undefined && { additionalProperties: parts.body.additionalProperties }),
  };
}
