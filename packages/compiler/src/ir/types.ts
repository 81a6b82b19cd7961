import type { JsonSchema, JsonValue } from './json-schema.js';

/** The IR's format version; bumped on any incompatible change to the shapes below. */
export const IR_VERSION = 1 as const;

/** The Segment-spec call an event schema describes. */
export type EventKind = 'track' | 'identify' | 'group' | 'page' | 'screen';

/** Every event kind, in a stable order (used for summaries and validation). */
export const EVENT_KINDS: readonly EventKind[] = ['track', 'identify', 'group', 'page', 'screen'];

/** A 1-based line/column point with its 0-based character offset, as unist and `yaml` report it. */
export interface SourcePoint {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A span of a source file; `end` is exclusive. */
export interface SourceRange {
  readonly start: SourcePoint;
  readonly end: SourcePoint;
}

/**
 * Where a node of the plan was written.
 *
 * `file` is relative to the project root with `/` separators, so the IR is the same on every
 * machine; `pointer` is an RFC 6901 JSON Pointer into that file's parsed document.
 */
export interface SourceLocation {
  readonly file: string;
  readonly pointer: string;
  readonly range?: SourceRange;
}

/**
 * A schema version. Reflekt writes `MAJOR-MINOR`; Iglu's SchemaVer `MODEL-REVISION-ADDITION` maps
 * to `major`/`minor` plus `addition`.
 */
export interface SchemaVersion {
  readonly major: number;
  readonly minor: number;
  readonly addition?: number;
}

/** The input layout an event was read from. */
export type SchemaFormat = 'reflekt-json' | 'reflekt-yaml' | 'iglu' | 'legacy-yaml' | (string & {});

/**
 * Per-schema lint suppression: `false` turns every rule off for the node, a list names the rule
 * ids to skip. Python Reflekt's `self.lint: false` maps to `false`.
 */
export type LintSuppression = false | readonly string[];

/** One version of one event (or of the identify/group traits, or a page/screen). */
export interface EventSchema {
  /** Stable id: the Reflekt `$id` (`jaffle_shop/Order_Completed/1-0.json`) or the Iglu path. */
  readonly id: string;
  readonly kind: EventKind;
  /** The event name as the CDP sees it (`Order Completed`). */
  readonly name: string;
  /** The schema vendor (`com.thejaffleshop`). */
  readonly vendor: string;
  /** The plan (first `$id` segment, Iglu vendor, or legacy plan name) the event belongs to. */
  readonly plan: string;
  readonly version: SchemaVersion;
  readonly description: string;
  readonly metadata: { readonly [key: string]: JsonValue };
  readonly deprecated?: boolean;
  readonly lint?: LintSuppression;
  readonly format: SchemaFormat;
  /**
   * The payload schema, normalized to draft-07: the event's `properties` for track/page/screen,
   * the `traits` for identify/group. Always `type: "object"`.
   */
  readonly schema: JsonSchema;
  readonly source: SourceLocation;
  /**
   * Where the layout of the source file differs from JSON Schema (legacy YAML plans), the file
   * pointer of each node of `schema`, keyed by its pointer in `schema`. Absent when a pointer into
   * `schema` is the same path below `source.pointer`.
   */
  readonly sourceMap?: { readonly [schemaPointer: string]: string };
}

/** A whole tracking plan: every event schema the loaders and sources found, sorted by `id`. */
export interface TrackingPlan {
  readonly irVersion: typeof IR_VERSION;
  readonly name: string;
  readonly vendor: string;
  readonly events: readonly EventSchema[];
  /** The project the plan was loaded from. */
  readonly source: { readonly root: string; readonly files: readonly string[] };
}
