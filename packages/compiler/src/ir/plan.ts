import { type EventSchema, IR_VERSION, type TrackingPlan } from './types.js';

/** Compares strings by UTF-16 code units, so ordering never depends on the machine's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds a plan from events: sorted by `id`, frozen shapes are left to callers (the IR is plain data).
 */
export function createPlan(init: {
  name: string;
  vendor: string;
  events: readonly EventSchema[];
  root: string;
  files: readonly string[];
}): TrackingPlan {
  return {
    irVersion: IR_VERSION,
    name: init.name,
    vendor: init.vendor,
    events: [...init.events].sort((a, b) => compareIds(a.id, b.id)),
    source: { root: init.root, files: [...init.files].sort(compareIds) },
  };
}

/** Formats a version as Reflekt writes it: `1-0`, or `1-0-2` for an Iglu addition. */
export function formatVersion(version: EventSchema['version']): string {
  const base = `${version.major}-${version.minor}`;
  return version.addition === undefined ? base : `${base}-${version.addition}`;
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins reference tokens onto a JSON Pointer. */
export function joinPointer(base: string, ...tokens: readonly (string | number)[]): string {
  return base + tokens.map((t) => `/${escapePointerToken(t)}`).join('');
}

/** Splits a JSON Pointer into unescaped reference tokens. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
