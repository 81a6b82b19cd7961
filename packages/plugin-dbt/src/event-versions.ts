import { compareIds, type EventSchema } from '@reflekt/compiler';

/** Orders versions of one event: major, minor, Iglu addition, then id. */
export const byVersion = (a: EventSchema, b: EventSchema): number =>
  a.version.major - b.version.major ||
  a.version.minor - b.version.minor ||
  (a.version.addition ?? 0) - (b.version.addition ?? 0) ||
  compareIds(a.id, b.id);

/** Majors with a non-deprecated version; when every version is deprecated, the highest major. */
export function liveMajors(versions: readonly EventSchema[]): number[] {
  const live = [...new Set(versions.filter((e) => !e.deprecated).map((e) => e.version.major))].sort((a, b) => a - b);
  if (live.length > 0) return live;
  const last = [...versions].sort(byVersion).at(-1);
  return last ? [last.version.major] : [];
}

/** The latest version of each event name, from its highest live major. */
export function representatives(versions: readonly EventSchema[]): EventSchema[] {
  const byName = new Map<string, EventSchema[]>();
  for (const e of versions) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  const out: EventSchema[] = [];
  for (const list of byName.values()) {
    const major = liveMajors(list).at(-1);
    const latest = list
      .filter((e) => e.version.major === major)
      .sort(byVersion)
      .at(-1);
    if (latest) out.push(latest);
  }
  return out.sort((a, b) => compareIds(a.id, b.id));
}
