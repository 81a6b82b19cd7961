import { breakingCatalog } from './breaking.js';
import { configCatalog } from './config.js';
import { deployCatalog } from './deploy.js';
import { emitCatalog } from './emit.js';
import type { DiagnosticData } from './entry.js';
import { internalCatalog } from './internal.js';
import { lintCatalog } from './lint.js';
import { loadCatalog } from './load.js';

export { type DiagnosticData, DOCS_BASE_URL, entry } from './entry.js';

/**
 * Every diagnostic Reflekt itself reports. Codes by area: 1xxx load, 2xxx lint, 3xxx breaking,
 * 4xxx emit, 5xxx deploy/network, 7xxx config, 9xxx internal. A code is never reused.
 */
export const catalog = {
  ...loadCatalog,
  ...lintCatalog,
  ...breakingCatalog,
  ...emitCatalog,
  ...deployCatalog,
  ...configCatalog,
  ...internalCatalog,
} as const;

/** The built-in catalog's type. */
export type Catalog = typeof catalog;

/** A code of the built-in catalog. */
export type DiagnosticCode = keyof Catalog;

/** The parameters the message of code `C` takes. */
export type DiagnosticParams<C extends DiagnosticCode> = Catalog[C] extends DiagnosticData<infer P> ? P : never;

/** Looks up any code, typed loosely, for reporters and docs. */
export function catalogEntry(code: string): DiagnosticData<unknown> | undefined {
  return (catalog as Record<string, DiagnosticData<unknown>>)[code];
}
