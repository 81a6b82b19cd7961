import { isObject, jsonEqual } from '../json.js';

/** The `self.metadata` entry that keeps what only Segment knows about a pulled rule. */
export const FACTS_KEY = 'segment';

/**
 * Segment facts of one schema, in `self.metadata.segment`. Everything is optional: a schema
 * written by hand pushes with the defaults, and pull records only departures from them, so that
 * Segment → Reflekt → Segment gives back the same rules.
 */
export interface SegmentFacts {
  /** The plan the schema was pulled from; push uses it when no `--plan` is given. */
  readonly trackingPlanId?: string;
  /** The rule key when it is not the default (the event name; none for identify/group); `null`: no key. */
  readonly key?: string | null;
  /** Top-level keywords of the rule's `jsonSchema` that differ from the default envelope (`context`, `required`, `$schema`, …). */
  readonly rule?: Readonly<Record<string, unknown>>;
  /** Keywords of the default envelope the rule does not have. */
  readonly ruleOmits?: readonly string[];
  /** Payload keywords pull had to change to make a Reflekt schema (their original values). */
  readonly payload?: Readonly<Record<string, unknown>>;
  /** Keywords pull added to the payload (`type`, `properties`) that the rule did not have. */
  readonly payloadOmits?: readonly string[];
  /** The rule has no payload object at all (`properties.properties` / `properties.traits` missing). */
  readonly noPayload?: true;
}

/** The facts in an event's metadata (none when absent or not an object, which then is a label). */
export function readFacts(metadata: Readonly<Record<string, unknown>>): SegmentFacts {
  const value = metadata[FACTS_KEY];
  return isObject(value) ? (value as SegmentFacts) : {};
}

/** What separates `actual` from `base`: the keywords to set and the ones to drop. */
export interface Overrides {
  readonly set: Record<string, unknown>;
  readonly omit: string[];
}

/** The top-level keywords where `actual` differs from `base`. */
export function overridesBetween(base: Readonly<Record<string, unknown>>, actual: Readonly<Record<string, unknown>>): Overrides {
  const set: Record<string, unknown> = {};
  const omit: string[] = [];
  for (const key of Object.keys(actual)) if (!jsonEqual(base[key], actual[key])) set[key] = actual[key];
  for (const key of Object.keys(base)) if (!Object.hasOwn(actual, key)) omit.push(key);
  return { set, omit };
}

/** Applies recorded overrides to `base` in place. */
export function applyOverrides(
  base: Record<string, unknown>,
  set: Readonly<Record<string, unknown>> | undefined,
  omit: readonly string[] | undefined,
): void {
  for (const key of omit ?? []) delete base[key];
  for (const [key, value] of Object.entries(set ?? {})) base[key] = structuredClone(value);
}
