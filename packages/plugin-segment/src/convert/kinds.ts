import type { EventKind } from '@reflekt/compiler';
import type { RuleType } from '../api/types.js';

/** The Segment rule type of each Reflekt event kind. */
export const TYPE_OF_KIND: Readonly<Record<EventKind, RuleType>> = {
  track: 'TRACK',
  identify: 'IDENTIFY',
  group: 'GROUP',
  page: 'PAGE',
  screen: 'SCREEN',
};

/** The Reflekt kind of each rule type Reflekt can express (`COMMON` has none). */
export const KIND_OF_TYPE: Readonly<Partial<Record<string, EventKind>>> = {
  TRACK: 'track',
  IDENTIFY: 'identify',
  GROUP: 'group',
  PAGE: 'page',
  SCREEN: 'screen',
};

/** Where a rule keeps the payload Reflekt describes: `properties.traits` for identify/group, `properties.properties` otherwise. */
export function payloadSlot(kind: EventKind): 'traits' | 'properties' {
  return kind === 'identify' || kind === 'group' ? 'traits' : 'properties';
}

/** The event name used when a rule has no key: `Identify`, `Group`, `Page`, `Screen`, `Track`. */
export function kindTitle(kind: EventKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/**
 * The rule key push sends for an event when the schema records no other: the event name for
 * track/page/screen, none for identify/group (Python Reflekt sent `""`, which Segment stores as a
 * different rule).
 */
export function defaultKey(kind: EventKind, name: string): string | undefined {
  return kind === 'identify' || kind === 'group' ? undefined : name;
}

/** The event name a pulled rule gets: its key for track/page/screen, else the kind's title. */
export function eventName(kind: EventKind, key: string | undefined): string {
  return defaultKey(kind, 'x') !== undefined && key !== undefined && key.trim() !== '' ? key : kindTitle(kind);
}
