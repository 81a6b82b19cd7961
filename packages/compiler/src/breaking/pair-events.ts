import type { EventSchema, SchemaVersion } from '../ir/types.js';

/** A schema of the current plan and the one of the other plan it is compared with. */
export interface EventPair {
  readonly current: EventSchema;
  /** `undefined` for a new event (no version of it, or none lower, in the other plan). */
  readonly previous?: EventSchema;
  /** `same-id`: the file was edited in place; `new-version`: a new version file of an existing event. */
  readonly how: 'same-id' | 'new-version' | 'added';
}

/** The result of pairing two plans. */
export interface Pairing {
  readonly pairs: readonly EventPair[];
  /** Schemas of the other plan whose id the current plan no longer has. */
  readonly removed: readonly EventSchema[];
}

/** Identifies an event across its versions: plan and name (`shop` + `Order Completed`). */
export function eventKey(event: EventSchema): string {
  return `${event.plan}\0${event.name}`;
}

/** Orders versions: MAJOR, then MINOR, then (Iglu) ADDITION. */
export function compareVersions(a: SchemaVersion, b: SchemaVersion): number {
  return a.major - b.major || a.minor - b.minor || (a.addition ?? 0) - (b.addition ?? 0);
}

/**
 * Pairs every schema of the current plan with its counterpart in the other plan (Buf's pairing
 * by stable name):
 * 1. the same id: the file was edited in place (or left alone);
 * 2. else the latest version of the same event (plan and name) in the other plan that is lower
 *    than this one: `Order_Completed/2-0.json` is compared with `Order_Completed/1-3.json`, and a
 *    back-ported `1-4.json` with `1-3.json` even when `2-0.json` exists;
 * 3. else the schema is new.
 */
export function pairEvents(previous: readonly EventSchema[], current: readonly EventSchema[]): Pairing {
  const byId = new Map(previous.map((e) => [e.id, e]));
  const byEvent = new Map<string, EventSchema[]>();
  for (const e of previous) {
    const list = byEvent.get(eventKey(e)) ?? [];
    list.push(e);
    byEvent.set(eventKey(e), list);
  }
  for (const list of byEvent.values()) list.sort((a, b) => compareVersions(a.version, b.version));
  const currentIds = new Set(current.map((e) => e.id));
  const pairs = current.map((event): EventPair => {
    const same = byId.get(event.id);
    if (same) return { current: event, previous: same, how: 'same-id' };
    const lower = (byEvent.get(eventKey(event)) ?? []).filter((e) => compareVersions(e.version, event.version) < 0);
    const latest = lower.at(-1);
    return latest ? { current: event, previous: latest, how: 'new-version' } : { current: event, how: 'added' };
  });
  return { pairs, removed: previous.filter((e) => !currentIds.has(e.id)) };
}
