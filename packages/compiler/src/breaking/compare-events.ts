import type { EventSchema } from '../ir/types.js';
import { fieldLocation, filePointer } from '../lint/locate.js';
import { diffSchemas } from './diff-schema.js';
import type { BreakingMode, SchemaChange } from './types.js';

/** A change with the pointer of each side in its file (not in the IR schema). */
export interface PlacedChange extends SchemaChange {
  readonly filePointer: string;
  readonly oldFilePointer: string;
}

/**
 * Every change between two versions of an event: what the payload schemas accept (see
 * {@link diffSchemas}), plus the event's own name and kind, which decide where the CDP and the
 * warehouse put its data. Pointers are mapped into each file (legacy YAML plans through their
 * `sourceMap`).
 */
export function compareEvents(previous: EventSchema, current: EventSchema, mode: BreakingMode): PlacedChange[] {
  const out: PlacedChange[] = [];
  if (previous.name !== current.name) {
    out.push({
      kind: 'event-renamed',
      pointer: '',
      oldPointer: '',
      filePointer: fieldLocation(current, 'name').pointer ?? current.source.pointer,
      oldFilePointer: fieldLocation(previous, 'name').pointer ?? previous.source.pointer,
      compatibility: 'NONE',
      reason: `The event was renamed from \`${previous.name}\` to \`${current.name}\`: producers sending the old name match no schema, and its data lands in another table.`,
    });
  }
  if (previous.kind !== current.kind) {
    out.push({
      kind: 'event-kind-changed',
      pointer: '',
      oldPointer: '',
      filePointer: kindPointer(current),
      oldFilePointer: kindPointer(previous),
      compatibility: 'NONE',
      reason: `The event's kind changed from \`${previous.kind}\` to \`${current.kind}\`: it is sent with another Segment call and lands in another table.`,
    });
  }
  // Most schemas do not change between two versions of a plan: skip the walk for those.
  if (JSON.stringify(previous.schema) === JSON.stringify(current.schema)) return out;
  for (const change of diffSchemas(previous.schema, current.schema, { mode })) {
    out.push({ ...change, filePointer: filePointer(current, change.pointer), oldFilePointer: filePointer(previous, change.oldPointer) });
  }
  return out;
}

/** `self.kind` where a self-describing document has one (else its deepest existing parent), the name otherwise. */
function kindPointer(event: EventSchema): string {
  if (event.format === 'legacy-yaml') return fieldLocation(event, 'name').pointer ?? event.source.pointer;
  return `${event.source.pointer}/self/kind`;
}
