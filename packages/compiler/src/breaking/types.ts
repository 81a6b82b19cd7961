import type { SourceRange } from '../ir/types.js';

/**
 * How a change affects readers and writers of the two schema versions:
 * - `FULL`: both directions below hold (the change does not alter which payloads are valid);
 * - `BACKWARD`: consumers using the **new** schema can read data written with the **old** one
 *   (every payload the old schema accepted, the new one accepts: a relaxation);
 * - `FORWARD`: consumers still on the **old** schema can read data written with the **new** one
 *   (every payload the new schema accepts, the old one accepted: a tightening);
 * - `NONE`: neither.
 *
 * A change is **breaking** when it is not backward compatible (`FORWARD` or `NONE`): payloads the
 * producers sent until now could fail the new schema. That is Confluent's default level
 * (`BACKWARD`) and Iglu's "compatible with all historical data".
 */
export type Compatibility = 'FULL' | 'BACKWARD' | 'FORWARD' | 'NONE';

/**
 * How open content models are judged:
 * - `strict` (Confluent semantics): a payload may carry any property its schema does not declare
 *   (unless `additionalProperties` forbids it), so adding a property to an open model can reject
 *   old payloads that already carried that name with another type;
 * - `lenient` (the analytics view): a payload carries only the properties its schema declares, so
 *   adding an optional property to an open model, or removing one from it, is fully compatible.
 */
export type BreakingMode = 'strict' | 'lenient';

/** The version bump a change needs: MAJOR for a breaking change, MINOR for a compatible one. */
export type VersionBump = 'MAJOR' | 'MINOR';

/** Every kind of difference the schema differ reports, by the keyword it concerns. */
export type ChangeKind =
  // objects
  | 'property-added'
  | 'property-removed'
  | 'required-added'
  | 'required-removed'
  | 'additional-properties-closed'
  | 'additional-properties-opened'
  | 'pattern-property-added'
  | 'pattern-property-removed'
  | 'min-properties-tightened'
  | 'min-properties-relaxed'
  | 'max-properties-tightened'
  | 'max-properties-relaxed'
  | 'property-names-added'
  | 'property-names-removed'
  | 'dependency-added'
  | 'dependency-removed'
  | 'dependency-changed'
  // types and values
  | 'type-narrowed'
  | 'type-widened'
  | 'type-changed'
  | 'enum-added'
  | 'enum-removed'
  | 'enum-narrowed'
  | 'enum-extended'
  | 'enum-changed'
  // numbers
  | 'minimum-tightened'
  | 'minimum-relaxed'
  | 'maximum-tightened'
  | 'maximum-relaxed'
  | 'multiple-of-tightened'
  | 'multiple-of-relaxed'
  | 'multiple-of-changed'
  // strings
  | 'min-length-tightened'
  | 'min-length-relaxed'
  | 'max-length-tightened'
  | 'max-length-relaxed'
  | 'pattern-added'
  | 'pattern-removed'
  | 'pattern-changed'
  | 'format-added'
  | 'format-removed'
  | 'format-changed'
  // arrays
  | 'items-changed'
  | 'additional-items-closed'
  | 'additional-items-opened'
  | 'min-items-tightened'
  | 'min-items-relaxed'
  | 'max-items-tightened'
  | 'max-items-relaxed'
  | 'unique-items-added'
  | 'unique-items-removed'
  | 'contains-added'
  | 'contains-removed'
  // references and composition
  | 'ref-changed'
  | 'anyOf-added'
  | 'anyOf-removed'
  | 'anyOf-branch-added'
  | 'anyOf-branch-removed'
  | 'oneOf-added'
  | 'oneOf-removed'
  | 'oneOf-branch-added'
  | 'oneOf-branch-removed'
  | 'allOf-added'
  | 'allOf-removed'
  | 'allOf-branch-added'
  | 'allOf-branch-removed'
  | 'not-added'
  | 'not-removed'
  | 'not-changed'
  | 'conditional-changed'
  // whole schemas
  | 'schema-forbidden'
  | 'schema-allowed'
  // the event itself (not its payload)
  | 'event-renamed'
  | 'event-kind-changed';

/**
 * One difference between two payload schemas, as the differ reports it. Pointers are JSON
 * Pointers into the IR `schema` of each side (not into the files): `pointer` names the node in the
 * new schema, or its nearest existing ancestor when the node was removed; `oldPointer` likewise
 * in the old schema.
 */
export interface SchemaChange {
  readonly kind: ChangeKind;
  readonly pointer: string;
  readonly oldPointer: string;
  readonly compatibility: Compatibility;
  /** One or two sentences: what changed, and why it has this compatibility. */
  readonly reason: string;
}

/** A place in a plan file, as reported: the file as users name it, a pointer into it, and its range. */
export interface ChangePosition {
  /** Project-relative path; for a git ref `<ref>:<path>`, for a folder its path from the project root. */
  readonly file: string;
  readonly pointer: string;
  readonly range?: SourceRange;
}

/** A {@link SchemaChange} placed in both files, with the bump it needs and whether the schema got it. */
export interface BreakingChange {
  /** Id of the schema in the current plan. */
  readonly event: string;
  /** Id of the schema it was compared with in the other plan. */
  readonly previousEvent: string;
  readonly kind: ChangeKind;
  readonly compatibility: Compatibility;
  readonly reason: string;
  /** Not backward compatible: data written with the old schema can fail the new one. */
  readonly breaking: boolean;
  readonly requiredBump: VersionBump;
  /** `ok` when the schema's version reflects the change; `major-required` when it is breaking without a new MAJOR version. */
  readonly verdict: 'ok' | 'major-required';
  readonly current: ChangePosition;
  readonly previous: ChangePosition;
}

/** How the version of a schema moved from the one it is compared with. */
export type ActualBump = 'none' | 'minor' | 'major';

/** What happened to one schema between the two plans. */
export interface SchemaComparison {
  /** Id in the current plan (or, for a removed schema, in the other plan). */
  readonly id: string;
  /**
   * - `added`: a new event, or a version with no lower version of its event in the other plan;
   * - `changed` / `unchanged`: compared with the same id (edited in place) or with the latest
   *   lower version of the same event (a new version file);
   * - `removed`: in the other plan only.
   */
  readonly status: 'added' | 'changed' | 'unchanged' | 'removed';
  /** Id of the schema it was compared with. */
  readonly previous?: string;
  readonly bump?: ActualBump;
  /** `MAJOR` when any change breaks, `MINOR` when every change is compatible, absent without changes. */
  readonly requiredBump?: VersionBump;
  /**
   * `ok`; `major-required` (a breaking change without a new MAJOR version, an error);
   * `unneeded-major` (a new MAJOR version without a breaking change, info).
   */
  readonly verdict: 'ok' | 'major-required' | 'unneeded-major';
  readonly changes: number;
}
