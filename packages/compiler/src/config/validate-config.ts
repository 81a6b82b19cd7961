import { createDiagnostic } from '../diagnostics/diagnostics.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { validateUserConfigSchema as validator } from '../validators/index.js';
import type { ConfigSource } from './config-source.js';
import { schemaProblems } from './schema-problems.js';
import type { UserConfig } from './types.js';

/**
 * Checks a loaded config against the user-config schema (`user-config-schema.ts`). Returns one RK7002 per problem,
 * located in the file (exactly for JSON/YAML, by key for TS/JS); an empty list means valid.
 */
export function validateUserConfig(value: unknown, source: ConfigSource): { config?: UserConfig; diagnostics: Diagnostic[] } {
  if (validator(value)) return { config: value as UserConfig, diagnostics: [] };
  const diagnostics = schemaProblems(validator.errors ?? [], 'the config').map((p) =>
    createDiagnostic('RK7002', { detail: p.detail }, source.at(p.pointer, p.atKey)),
  );
  // In file order, so the first problem shown is the first in the file.
  diagnostics.sort((a, b) => (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1));
  return { diagnostics };
}
