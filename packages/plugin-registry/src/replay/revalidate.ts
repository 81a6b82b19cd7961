import { classifyEvents, type InvalidRecord, type SchemaCache } from '../runtime/index.js';

/** What re-validating dead-lettered records found. */
export interface Revalidated {
  /** Now-valid events, exactly as first received (original `messageId`, `receivedAt`), ready to forward. */
  readonly valid: Record<string, unknown>[];
  /** Records still invalid, with the errors of this validation. */
  readonly invalid: InvalidRecord[];
  /** Still-invalid records by the category of their first error. */
  readonly categories: Record<string, number>;
}

/** How records are re-validated. */
export interface RevalidateOptions {
  readonly cache: SchemaCache;
  readonly maxErrors: number;
  /** Validate every record against this schema id (`--schema`). */
  readonly schema?: string | undefined;
  /** The schema id a record named → the id to validate against now (the newest version of that event). */
  readonly current: (id: string) => string;
  readonly eventSchemas?: Readonly<Record<string, string>> | undefined;
}

/**
 * Re-validates each record's event with the registry's own classifier, against `--schema` or
 * the newest published version of the schema it failed under. Records are grouped so each
 * group shares a schema, source and arrival time: the now-valid events keep their original
 * `receivedAt`, and the still-invalid records keep their source. Records are not modified.
 */
export async function revalidate(records: readonly InvalidRecord[], options: RevalidateOptions): Promise<Revalidated> {
  const groups = new Map<string, { schema: string | undefined; source: string; receivedAt: string; events: unknown[] }>();
  for (const record of records) {
    const schema = options.schema ?? (record.schemaId === null ? undefined : options.current(record.schemaId));
    const key = JSON.stringify([schema ?? null, record.source, record.receivedAt]);
    let group = groups.get(key);
    if (!group) {
      group = { schema, source: record.source, receivedAt: record.receivedAt, events: [] };
      groups.set(key, group);
    }
    group.events.push(structuredClone(record.payload));
  }
  const valid: Record<string, unknown>[] = [];
  const invalid: InvalidRecord[] = [];
  const categories: Record<string, number> = {};
  for (const group of groups.values()) {
    const classified = await classifyEvents(
      group.events,
      { cache: options.cache, maxErrors: options.maxErrors, ...(options.eventSchemas ? { eventSchemas: options.eventSchemas } : {}) },
      { source: group.source, receivedAt: group.receivedAt, ...(group.schema === undefined ? {} : { schemaOverride: group.schema }) },
    );
    valid.push(...classified.valid);
    for (const record of classified.invalid) {
      invalid.push(record);
      const category = record.errors[0]?.category ?? 'Unknown';
      categories[category] = (categories[category] ?? 0) + 1;
    }
  }
  return { valid, invalid, categories };
}
