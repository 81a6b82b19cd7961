import { createDiagnostic } from '../diagnostics/diagnostics.js';
import { validateLegacyProject as validator } from '../validators/index.js';
import { configErrors } from './config-error.js';
import type { ConfigSource } from './config-source.js';
import { parseYamlConfig } from './parse-data.js';
import { schemaProblems } from './schema-problems.js';
import type { Conventions, NamingConvention } from './types.js';

/** The file name of a Python Reflekt (0.3–0.6) project. */
export const LEGACY_PROJECT_FILE = 'reflekt_project.yml';

/** What a `reflekt_project.yml` contributes to the config. */
export interface LegacyProject {
  readonly name?: string;
  readonly vendor?: string;
  readonly conventions?: Conventions;
  /** The whole file as parsed, keyed as Python Reflekt wrote it (`artifacts.dbt`, `registry.avo.branches`, …). */
  readonly raw: Readonly<Record<string, unknown>>;
}

/**
 * Reads a Python Reflekt `reflekt_project.yml` as config: `name`, `vendor`,
 * `schemas.conventions` (`data_types` → `dataTypes`); everything else, notably `artifacts.dbt`
 * and `registry.avo.branches`, is kept verbatim for the plugins that use it.
 *
 * @throws {@link ReflektError} RK7001 on YAML errors, RK7002 (exit 2) on wrong types.
 */
export function readLegacyProject(source: ConfigSource): LegacyProject {
  const value = parseYamlConfig(source) ?? {};
  if (!validator(value)) {
    throw configErrors(
      schemaProblems(validator.errors ?? [], `\`${LEGACY_PROJECT_FILE}\``).map((p) =>
        createDiagnostic('RK7002', { detail: p.detail }, source.at(p.pointer, p.atKey)),
      ),
    );
  }
  const raw = value as Record<string, unknown>;
  const conventions = (raw.schemas as { conventions?: Record<string, unknown> } | null | undefined)?.conventions;
  const converted: Conventions | undefined = conventions
    ? {
        ...(conventions.event ? { event: conventions.event as NamingConvention } : {}),
        ...(conventions.property ? { property: conventions.property as NamingConvention } : {}),
        ...(conventions.data_types ? { dataTypes: conventions.data_types as Conventions['dataTypes'] & object } : {}),
      }
    : undefined;
  return {
    ...(typeof raw.name === 'string' && { name: raw.name }),
    ...(typeof raw.vendor === 'string' && { vendor: raw.vendor }),
    ...(converted && { conventions: converted }),
    raw,
  };
}
