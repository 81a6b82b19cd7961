import type { ValidateFunction } from 'ajv';
import { validate as draft07 } from './generated/draft-07.js';
import { validate as legacyProject } from './generated/legacy-project.js';
import { validate as userConfig } from './generated/user-config.js';

/** Validates a payload schema against draft-07 (first error only). Precompiled from `definitions.ts`. */
export const validateDraft07 = draft07 as unknown as ValidateFunction;

/** Validates a user config document (every error). Precompiled from `definitions.ts`. */
export const validateUserConfigSchema = userConfig as unknown as ValidateFunction;

/** Validates a Python Reflekt `reflekt_project.yml` (every error). Precompiled from `definitions.ts`. */
export const validateLegacyProject = legacyProject as unknown as ValidateFunction;

/**
 * Throws an `Error` saying why `schema` is not valid draft-07 JSON Schema (first problem only).
 * Used before compiling with Ajv's `validateSchema: false`, which skips Ajv's slower own check.
 */
export function assertJsonSchema(schema: unknown, what: string): void {
  if (validateDraft07(schema)) return;
  const error = validateDraft07.errors?.[0];
  throw new Error(`${what} is not valid JSON Schema: ${error?.instancePath || 'the schema'} ${error?.message ?? 'is invalid'}`);
}
