import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ReflektPlugin } from '../plugin.js';
import type { LegacyProject } from './legacy-project.js';
import type { NamingConvention, ResolvedConfig, ResolvedConventions, UserConfig } from './types.js';
import { DATA_TYPES } from './user-config-schema.js';

/** Everything {@link resolveConfig} combines. */
export interface ResolveInput {
  readonly user: UserConfig;
  /** A `reflekt_project.yml` in the root, whose settings sit under the user config's. */
  readonly legacy?: LegacyProject;
  readonly root: string;
  readonly configFile: string;
  readonly configFormat: ResolvedConfig['configFormat'];
  readonly plugins: readonly ReflektPlugin[];
  /** `--out`, already absolute; wins over `outDir` in the file. */
  readonly outDir?: string;
}

const DEFAULT_NAMING: Required<NamingConvention> = { casing: 'any', numbers: true, reserved: [] };

/**
 * Fills in every default and makes every path absolute. The result is frozen: plugins read
 * it, none may change it.
 */
export function resolveConfig(input: ResolveInput): ResolvedConfig {
  const { user, legacy, root } = input;
  const schemas = resolveSchemas(user.schemas, root);
  const firstSchemas = schemas[0];
  const metaSchema = firstSchemas === undefined ? undefined : path.join(firstSchemas, '.reflekt', 'meta', '1-0.json');
  const config: ResolvedConfig = {
    root,
    configFile: input.configFile,
    configFormat: input.configFormat,
    name: user.name ?? legacy?.name ?? path.basename(root),
    vendor: user.vendor ?? legacy?.vendor ?? '',
    schemas,
    conventions: resolveConventions(user, legacy),
    outDir: input.outDir ?? path.resolve(root, user.outDir ?? 'artifacts'),
    plugins: Object.freeze([...input.plugins]),
    lint: Object.freeze({ rules: Object.freeze({ ...user.lint?.rules }) }),
    emitIr: user.emitIr ?? false,
    ...(metaSchema !== undefined && existsSync(metaSchema) && { metaSchema }),
    ...(legacy && { legacyProject: deepFreeze(legacy.raw) }),
  };
  return Object.freeze(config);
}

/** `schemas` as absolute folders; by default `schemas/`, plus `tracking-plans/` when it exists (legacy YAML plans). */
function resolveSchemas(schemas: UserConfig['schemas'], root: string): readonly string[] {
  if (schemas !== undefined) {
    const list = typeof schemas === 'string' ? [schemas] : schemas;
    return Object.freeze(list.map((s) => path.resolve(root, s)));
  }
  const defaults = [path.join(root, 'schemas')];
  const legacyPlans = path.join(root, 'tracking-plans');
  if (existsSync(legacyPlans)) defaults.push(legacyPlans);
  return Object.freeze(defaults);
}

function resolveConventions(user: UserConfig, legacy: LegacyProject | undefined): ResolvedConventions {
  const naming = (kind: 'event' | 'property'): Required<NamingConvention> =>
    Object.freeze({
      casing: user.conventions?.[kind]?.casing ?? legacy?.conventions?.[kind]?.casing ?? DEFAULT_NAMING.casing,
      numbers: user.conventions?.[kind]?.numbers ?? legacy?.conventions?.[kind]?.numbers ?? DEFAULT_NAMING.numbers,
      reserved: Object.freeze([
        ...(user.conventions?.[kind]?.reserved ?? legacy?.conventions?.[kind]?.reserved ?? DEFAULT_NAMING.reserved),
      ]),
    });
  return Object.freeze({
    event: naming('event'),
    property: naming('property'),
    dataTypes: Object.freeze([...(user.conventions?.dataTypes ?? legacy?.conventions?.dataTypes ?? DATA_TYPES)]),
  });
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
