import type { Compatibility, VersionBump } from './types.js';

/** The compatibility of a change from its two directions. */
export function compatibilityOf(backward: boolean, forward: boolean): Compatibility {
  if (backward) return forward ? 'FULL' : 'BACKWARD';
  return forward ? 'FORWARD' : 'NONE';
}

/** Whether new readers accept old data under this compatibility. */
export function isBackward(c: Compatibility): boolean {
  return c === 'FULL' || c === 'BACKWARD';
}

/** Whether old readers accept new data under this compatibility. */
export function isForward(c: Compatibility): boolean {
  return c === 'FULL' || c === 'FORWARD';
}

/**
 * The compatibility of several changes made together: a direction holds only when it holds for
 * every change. No change at all is `FULL`.
 */
export function combine(list: Iterable<Compatibility>): Compatibility {
  let backward = true;
  let forward = true;
  for (const c of list) {
    backward &&= isBackward(c);
    forward &&= isForward(c);
  }
  return compatibilityOf(backward, forward);
}

/** The same change seen the other way round (old and new swapped). */
export function reverse(c: Compatibility): Compatibility {
  return compatibilityOf(isForward(c), isBackward(c));
}

/** A change breaks when data written with the old schema can fail the new one. */
export function isBreaking(c: Compatibility): boolean {
  return !isBackward(c);
}

/** The version bump a change of this compatibility needs. */
export function requiredBump(c: Compatibility): VersionBump {
  return isBreaking(c) ? 'MAJOR' : 'MINOR';
}

/** How each compatibility reads in messages. */
export const COMPATIBILITY_TEXT: Readonly<Record<Compatibility, string>> = {
  FULL: 'fully compatible (FULL)',
  BACKWARD: 'backward compatible (BACKWARD: new readers accept old data)',
  FORWARD: 'only forward compatible (FORWARD: old readers accept new data, but old data can fail the new schema)',
  NONE: 'incompatible both ways (NONE)',
};
