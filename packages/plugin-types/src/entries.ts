import type { EventKind, EventSchema } from '@reflekt/compiler';

/**
 * One generated function: an event of one plan at one major version, typed from its latest minor
 * version (minor versions only add, so the latest accepts what the earlier ones did).
 */
export interface Entry {
  /** The schema the function is typed from and whose `$id` it sends. */
  readonly event: EventSchema;
  readonly plan: string;
  readonly name: string;
  readonly kind: EventKind;
  readonly major: number;
}

/** Code-unit order, the same on every machine and locale. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Keeps the latest minor version of each (plan, event name, major), sorted by schema id. */
export function selectEntries(events: readonly EventSchema[], plans?: readonly string[]): Entry[] {
  const wanted = plans ? new Set(plans) : undefined;
  const latest = new Map<string, EventSchema>();
  for (const event of events) {
    if (wanted && !wanted.has(event.plan)) continue;
    const key = JSON.stringify([event.plan, event.name, event.version.major]);
    const seen = latest.get(key);
    if (!seen || compareVersions(event, seen) > 0) latest.set(key, event);
  }
  return [...latest.values()]
    .sort((a, b) => byCodeUnit(a.id, b.id))
    .map((event) => ({ event, plan: event.plan, name: event.name, kind: event.kind, major: event.version.major }));
}

function compareVersions(a: EventSchema, b: EventSchema): number {
  return a.version.minor - b.version.minor || (a.version.addition ?? 0) - (b.version.addition ?? 0) || byCodeUnit(a.id, b.id);
}

/** For each entry, the entry of the same plan and event at the highest major, when that is newer. */
export function newerMajors(entries: readonly Entry[]): Map<Entry, Entry> {
  const highest = new Map<string, Entry>();
  for (const entry of entries) {
    const key = JSON.stringify([entry.plan, entry.name]);
    const seen = highest.get(key);
    if (!seen || entry.major > seen.major) highest.set(key, entry);
  }
  const out = new Map<Entry, Entry>();
  for (const entry of entries) {
    const top = highest.get(JSON.stringify([entry.plan, entry.name]));
    if (top && top.major > entry.major) out.set(entry, top);
  }
  return out;
}
