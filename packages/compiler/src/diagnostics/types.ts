import type { SourceRange } from '../ir/types.js';

/** How bad a diagnostic is; only `error` fails a command. */
export type Severity = 'error' | 'warning' | 'info';

/** A secondary place a diagnostic refers to (the other duplicate, the previous version). */
export interface RelatedLocation {
  readonly message: string;
  readonly file: string;
  readonly pointer?: string;
  readonly range?: SourceRange;
}

/**
 * One finding about the user's input, in vfile-message's spirit plus a catalog code and a hint.
 * Plain data: printable by any reporter, serializable as `--format json`.
 */
export interface Diagnostic {
  /** Catalog code, `RK` + 4 digits (1xxx load, 2xxx lint, 3xxx breaking, 4xxx emit, 5xxx deploy, 7xxx config, 9xxx internal). */
  readonly code: string;
  readonly severity: Severity;
  /** What happened and why, identifiers in backticks. */
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
  /** Kebab-case id of the lint rule that reported it. */
  readonly ruleId?: string;
  /** The package (or `reflekt`) that reported it. */
  readonly plugin: string;
  /** Project-relative path with `/` separators. */
  readonly file?: string;
  /** JSON Pointer into `file`'s document. */
  readonly pointer?: string;
  readonly range?: SourceRange;
  /** Link to the catalog entry's documentation. */
  readonly url: string;
  readonly related?: readonly RelatedLocation[];
}

/** Where a diagnostic points, before its range is resolved from the pointer. */
export interface DiagnosticLocation {
  readonly file?: string;
  readonly pointer?: string;
  readonly range?: SourceRange;
  /** Point at the property name rather than its value (for "unknown/reserved property" findings). */
  readonly atKey?: boolean;
  readonly related?: readonly RelatedLocation[];
}
