import type { Severity } from '../types.js';

/**
 * A catalog entry: the code's fixed facts. `message` and `hint` may take parameters, so the text
 * is written once here and every place that reports the code says the same thing.
 */
export interface DiagnosticData<P = never> {
  /** A short kebab-case title, also the anchor in the docs. */
  readonly title: string;
  readonly severity: Severity;
  readonly message: (params: P) => string;
  readonly hint?: string | ((params: P) => string);
  /** Lint rule id, for codes that belong to a lint rule. */
  readonly ruleId?: string;
  /** One or two sentences for the docs page. */
  readonly docs: string;
}

/** Declares a catalog entry with its parameter type. */
export const entry = <P>(data: DiagnosticData<P>): DiagnosticData<P> => data;

/** Where the catalog's documentation lives (`docs/diagnostics.md`, generated from this catalog). */
export const DOCS_BASE_URL = 'docs/diagnostics.md';
