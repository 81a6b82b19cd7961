import type { EventKind } from '@reflekt/compiler';
import { isObject } from '../json.js';
import { payloadSlot } from './kinds.js';

/** The `$schema` Segment rules declare. */
export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/**
 * The rule `jsonSchema` around a payload that push builds when a schema records nothing else:
 * draft-07, empty `context` and other slot, and `required: [<slot>]` when the payload requires
 * something (so a call without the object fails). Pull records a rule's departures from this
 * shape in `self.metadata.segment.rule`, so typical schemas stay free of Segment details.
 */
export function defaultEnvelope(kind: EventKind, payload: unknown): Record<string, unknown> {
  const slot = payloadSlot(kind);
  const required = isObject(payload) && Array.isArray(payload.required) && payload.required.length > 0;
  return {
    $schema: DRAFT_07,
    type: 'object',
    properties: slot === 'traits' ? { context: {}, properties: {} } : { context: {}, traits: {} },
    ...(required && { required: [slot] }),
  };
}
