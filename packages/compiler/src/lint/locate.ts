import type { DiagnosticLocation, RelatedLocation } from '../diagnostics/types.js';
import type { EventSchema } from '../ir/types.js';
import type { SourceFiles } from '../source/source-files.js';

/** The formats whose documents are Reflekt schema documents (`$id`, `self`, meta-schema). */
export function isReflektDocument(event: EventSchema): boolean {
  return event.format === 'reflekt-json' || event.format === 'reflekt-yaml';
}

/** Event-level fields the rules point at. */
export type EventField = 'id' | 'name' | 'version' | 'vendor' | 'description';

/** Where each field sits below the event's `source.pointer`, by layout. */
const SELF_FIELDS: Readonly<Record<EventField, string>> = {
  id: '/$id',
  name: '/self/name',
  version: '/self/version',
  vendor: '/self/vendor',
  description: '/description',
};
/** A legacy plan has no vendor field (the project's vendor applies): point at the event. */
const LEGACY_FIELDS: Readonly<Record<EventField, string>> = {
  id: '',
  name: '/name',
  version: '/version',
  vendor: '',
  description: '/description',
};

/**
 * The file location of an event-level field (`self.name`, `self.version`, `$id`, `description`),
 * or of the deepest part of it that exists (a missing `description` points at the document).
 */
export function fieldLocation(event: EventSchema, field: EventField): DiagnosticLocation {
  const fields = event.format === 'legacy-yaml' ? LEGACY_FIELDS : SELF_FIELDS;
  return { file: event.source.file, pointer: event.source.pointer + fields[field] };
}

/**
 * The file pointer of a node of the event's IR `schema`: through `sourceMap` when the file's
 * layout differs from JSON Schema (legacy YAML), else the same path below `source.pointer`.
 * A node without a `sourceMap` entry gets its nearest mapped ancestor plus the rest of its path;
 * where that path does not exist in the file, positions fall back to the deepest node that does.
 */
export function filePointer(event: EventSchema, schemaPointer: string): string {
  const map = event.sourceMap;
  if (map === undefined) return event.source.pointer + schemaPointer;
  for (let p = schemaPointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const mapped = p === '' ? (map[''] ?? event.source.pointer) : map[p];
    if (mapped !== undefined) return mapped + schemaPointer.slice(p.length);
  }
}

/**
 * The file location of a node of the event's IR `schema`; `atKey` points at the property name:
 * the key in a JSON Schema document, the `name` field of a legacy YAML property item.
 */
export function schemaLocation(event: EventSchema, schemaPointer: string, atKey = false): DiagnosticLocation {
  const pointer = filePointer(event, schemaPointer);
  if (!atKey) return { file: event.source.file, pointer };
  if (event.format === 'legacy-yaml') return { file: event.source.file, pointer: `${pointer}/name` };
  return { file: event.source.file, pointer, atKey };
}

/**
 * A diagnostic's `related` entry for another place (the first duplicate, the version it differs
 * from), with its range resolved so reporters can print `path:line:col`.
 */
export function relatedLocation(sources: SourceFiles, location: DiagnosticLocation, message: string): RelatedLocation {
  const { file = '', pointer } = location;
  const range = location.range ?? (pointer === undefined ? undefined : sources.locate(file, pointer, { atKey: location.atKey ?? false }));
  return { message, file, ...(pointer !== undefined && { pointer }), ...(range !== undefined && { range }) };
}

/**
 * The file location of a keyword's name in a node of the event's IR `schema` (`…/maxLength`,
 * `…/$data`), for findings about the keyword itself rather than its value.
 */
export function keywordLocation(event: EventSchema, schemaPointer: string): DiagnosticLocation {
  return { file: event.source.file, pointer: filePointer(event, schemaPointer), atKey: true };
}
