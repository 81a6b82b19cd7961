import type { EventSchema, SchemaVersion } from '../ir/types.js';
import { isBreaking } from './compatibility.js';
import type { ActualBump, Compatibility, SchemaComparison, VersionBump } from './types.js';

/** How a schema's version moved from the one it is compared with. */
export function actualBump(previous: SchemaVersion, current: SchemaVersion): ActualBump {
  if (current.major > previous.major) return 'major';
  if (
    current.major === previous.major &&
    (current.minor > previous.minor || (current.minor === previous.minor && (current.addition ?? 0) > (previous.addition ?? 0)))
  ) {
    return 'minor';
  }
  return 'none';
}

/** The outcome of the version check of one schema. */
export interface VersionVerdict {
  readonly bump: ActualBump;
  readonly requiredBump?: VersionBump;
  readonly verdict: SchemaComparison['verdict'];
  readonly breaking: number;
}

/**
 * Whether a schema's version reflects its changes:
 *
 * | changes             | edited in place | MINOR version | MAJOR version             |
 * | ------------------- | --------------- | ------------- | ------------------------- |
 * | none                | ok              | ok            | `unneeded-major` (info)   |
 * | all compatible      | ok              | ok            | `unneeded-major` (info)   |
 * | at least 1 breaking | `major-required` (error) | `major-required` (error) | ok |
 *
 * A compatible change may be edited in place: Reflekt's versioning lets a MINOR version be
 * edited, and Segment only sees MAJOR versions. (A same-id pair whose `self.version` was edited
 * is judged by the versions, not the file name.)
 */
export function checkVersion(
  previous: SchemaVersion,
  current: SchemaVersion,
  changes: readonly { readonly compatibility: Compatibility }[],
): VersionVerdict {
  const bump = actualBump(previous, current);
  const breaking = changes.filter((c) => isBreaking(c.compatibility)).length;
  const requiredBump: VersionBump | undefined = breaking > 0 ? 'MAJOR' : changes.length > 0 ? 'MINOR' : undefined;
  let verdict: VersionVerdict['verdict'] = 'ok';
  if (breaking > 0 && bump !== 'major') verdict = 'major-required';
  else if (breaking === 0 && bump === 'major') verdict = 'unneeded-major';
  return { bump, ...(requiredBump && { requiredBump }), verdict, breaking };
}

/** An id with another version in its last segment (`shop/X/1-0.json` → `shop/X/2-0.json`; Iglu `…/1-0-0` → `…/2-0-0`). */
export function idWithVersion(id: string, version: SchemaVersion): string {
  const slash = id.lastIndexOf('/');
  const last = id.slice(slash + 1);
  const match = /^\d+-\d+(-\d+)?(\.[A-Za-z]+)?$/.exec(last);
  if (!match) return id;
  const text = match[1] !== undefined ? `${version.major}-${version.minor}-${version.addition ?? 0}` : `${version.major}-${version.minor}`;
  return `${id.slice(0, slash + 1)}${text}${match[2] ?? ''}`;
}

/** The next free MAJOR version of an event, given every version of it in both plans. */
export function nextMajor(versions: readonly EventSchema[], current: EventSchema): SchemaVersion {
  const major = Math.max(current.version.major, ...versions.map((e) => e.version.major)) + 1;
  return current.version.addition === undefined ? { major, minor: 0 } : { major, minor: 0, addition: 0 };
}

/** The next MINOR version after `previous` among every version of the event in both plans. */
export function nextMinor(versions: readonly EventSchema[], previous: EventSchema): SchemaVersion {
  const sameMajor = versions.filter((e) => e.version.major === previous.version.major);
  const minor = Math.max(previous.version.minor, ...sameMajor.map((e) => e.version.minor)) + 1;
  return previous.version.addition === undefined
    ? { major: previous.version.major, minor }
    : { major: previous.version.major, minor, addition: 0 };
}
