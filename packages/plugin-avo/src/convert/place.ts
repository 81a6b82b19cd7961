import { type AvoCode, type AvoFinding, type AvoParams, finding } from '../diagnostics.js';
import type { MappingScope } from './name-mapping.js';

/**
 * Where conversion is in the plan: the Avo event, the dotted property path in it, the schema
 * file being built and the JSON Pointer of the current node in that file. Findings made here
 * point at that place.
 */
export interface Place {
  readonly event: string;
  /** Dotted property path (`products[].sku`); empty at the event itself. */
  readonly path: string;
  /** The schema file, relative to the schemas folder. */
  readonly schema: string;
  readonly pointer: string;
  readonly scope: MappingScope;
  readonly findings: AvoFinding[];
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export function pointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The place of a child node: `path` grows by `name` (when given), the pointer by `segments`. */
export function childPlace(place: Place, name: string | undefined, ...segments: string[]): Place {
  const path = name === undefined ? place.path : place.path === '' ? name : `${place.path}${name.startsWith('[') ? '' : '.'}${name}`;
  return { ...place, path, pointer: place.pointer + segments.map((s) => `/${pointerSegment(s)}`).join('') };
}

/** How messages name the place: the property of the event, or the event. */
export function describePlace(place: Place): string {
  return place.path === '' ? `\`${place.event}\`` : `property \`${place.path}\` of \`${place.event}\``;
}

/** Records a finding about the place. */
export function note<C extends AvoCode>(place: Place, code: C, params: AvoParams<C>): void {
  place.findings.push(finding(code, params, place.schema, place.pointer));
}
