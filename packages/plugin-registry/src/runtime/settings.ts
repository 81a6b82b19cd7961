import type { OutcomeSink } from './classify.js';
import { createDestination } from './destinations/index.js';
import { createRegistry, type Registry } from './registry.js';
import { createSchemaStore } from './stores/index.js';
import type { RegistryLimits, RuntimeDeps, SchemaStore, ViolationFormat } from './types.js';
import { parseWriteKeys, SettingsError } from './write-keys.js';

/** Everything that configures a registry, as plain data (from flags, options and env). */
export interface RegistrySettings {
  /** Folder or `s3://bucket/prefix` holding the validators. */
  readonly schemas: string;
  /** Destination URI of valid events. */
  readonly valid: string;
  /** Destination URI of invalid events. */
  readonly invalid: string;
  /** Write key → source name; empty accepts any key. */
  readonly writeKeys: ReadonlyMap<string, string>;
  readonly eventSchemas?: Readonly<Record<string, string>>;
  readonly violationFormat?: ViolationFormat;
  readonly limits?: Partial<RegistryLimits>;
}

/** Names of the environment variables the registry reads. */
export const SETTINGS_ENV = {
  schemas: 'REFLEKT_SCHEMAS',
  valid: 'REFLEKT_VALID',
  invalid: 'REFLEKT_INVALID',
  writeKeys: 'REFLEKT_WRITE_KEYS',
  eventSchemas: 'REFLEKT_EVENT_SCHEMAS',
  violationFormat: 'REFLEKT_VIOLATION_FORMAT',
} as const;

/** Schemas from the build output; events into NDJSON files next to it. */
export const DEFAULT_SETTINGS = Object.freeze({
  schemas: 'artifacts/schemas',
  valid: 'file:artifacts/registry/valid.ndjson',
  invalid: 'file:artifacts/registry/invalid.ndjson',
});

/**
 * Parses an event-name → schema-id map: a JSON object, or `Event Name=schema/id.json` entries
 * separated by commas or newlines.
 *
 * @throws {SettingsError} when an entry or the JSON is malformed.
 */
export function parseEventSchemas(text: string): Record<string, string> {
  const trimmed = text.trim();
  const map: Record<string, string> = {};
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new SettingsError(`The event-schema map is not valid JSON: ${(error as Error).message}`);
    }
    for (const [name, id] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof id !== 'string') throw new SettingsError(`The event-schema map gives "${name}" a ${typeof id}; schema ids are strings.`);
      map[name] = id;
    }
    return map;
  }
  for (const raw of trimmed.split(/[,\n]/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const eq = entry.lastIndexOf('=');
    if (eq <= 0 || eq === entry.length - 1)
      throw new SettingsError(`Event-schema entry "${entry}" must look like "Event Name=vendor/Event_Name/1-0.json".`);
    map[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  return map;
}

const parseViolationFormat = (text: string): ViolationFormat => {
  if (text === 'reflekt' || text === 'segment') return text;
  throw new SettingsError(`Violation format "${text}" is not supported: use reflekt or segment.`);
};

/** Settings given explicitly (CLI flags, plugin options); they win over the environment. */
export interface ExplicitSettings {
  readonly schemas?: string | undefined;
  readonly valid?: string | undefined;
  readonly invalid?: string | undefined;
  readonly writeKeys?: ReadonlyMap<string, string> | undefined;
  readonly eventSchemas?: Readonly<Record<string, string>> | undefined;
  readonly violationFormat?: ViolationFormat | undefined;
  readonly limits?: Partial<RegistryLimits> | undefined;
}

const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());

/**
 * Settings from `explicit`, then the environment (`REFLEKT_SCHEMAS`, `REFLEKT_VALID`,
 * `REFLEKT_INVALID`, `REFLEKT_WRITE_KEYS`, `REFLEKT_EVENT_SCHEMAS`, `REFLEKT_VIOLATION_FORMAT`),
 * then `defaults` ({@link DEFAULT_SETTINGS}). Write keys given explicitly and in the environment are merged.
 *
 * @throws {SettingsError} for malformed values.
 */
export function resolveSettings(
  env: Readonly<Record<string, string | undefined>>,
  explicit: ExplicitSettings = {},
  defaults: Readonly<Pick<RegistrySettings, 'schemas' | 'valid' | 'invalid'>> = DEFAULT_SETTINGS,
): RegistrySettings {
  const keys = new Map(explicit.writeKeys ?? []);
  const envKeys = nonEmpty(env[SETTINGS_ENV.writeKeys]);
  if (envKeys !== undefined) for (const [key, source] of parseWriteKeys(envKeys)) keys.set(key, source);
  const envEventSchemas = nonEmpty(env[SETTINGS_ENV.eventSchemas]);
  const eventSchemas = explicit.eventSchemas ?? (envEventSchemas === undefined ? undefined : parseEventSchemas(envEventSchemas));
  const envFormat = nonEmpty(env[SETTINGS_ENV.violationFormat]);
  const violationFormat = explicit.violationFormat ?? (envFormat === undefined ? undefined : parseViolationFormat(envFormat));
  return {
    schemas: explicit.schemas ?? nonEmpty(env[SETTINGS_ENV.schemas]) ?? defaults.schemas,
    valid: explicit.valid ?? nonEmpty(env[SETTINGS_ENV.valid]) ?? defaults.valid,
    invalid: explicit.invalid ?? nonEmpty(env[SETTINGS_ENV.invalid]) ?? defaults.invalid,
    writeKeys: keys,
    ...(eventSchemas === undefined ? {} : { eventSchemas }),
    ...(violationFormat === undefined ? {} : { violationFormat }),
    ...(explicit.limits === undefined ? {} : { limits: explicit.limits }),
  };
}

/**
 * A registry built from settings: the schema store, both destinations and the core. The
 * violation format defaults to `segment` when invalid events go to a `segment:` destination
 * (Segment accepts only Segment messages), else `reflekt`. `extra.store` replaces the store (the
 * Lambda's embedded validators); `extra.outcomes` also hears every event's outcome.
 *
 * @throws {SettingsError} for an unusable location or destination.
 */
export function openRegistry(
  settings: RegistrySettings,
  deps: RuntimeDeps = {},
  extra: { readonly store?: SchemaStore; readonly outcomes?: OutcomeSink } = {},
): Registry {
  const valid = createDestination(settings.valid, deps);
  const invalid = createDestination(settings.invalid, deps);
  return createRegistry({
    store: extra.store ?? createSchemaStore(settings.schemas, deps),
    ...(extra.outcomes === undefined ? {} : { outcomes: extra.outcomes }),
    valid,
    invalid,
    writeKeys: settings.writeKeys,
    violationFormat: settings.violationFormat ?? (settings.invalid.startsWith('segment:') ? 'segment' : 'reflekt'),
    ...(settings.eventSchemas === undefined ? {} : { eventSchemas: settings.eventSchemas }),
    ...(settings.limits === undefined ? {} : { limits: settings.limits }),
  });
}
