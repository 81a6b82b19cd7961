/**
 * The parts of Avo's "JSON Schema" tracking-plan payload (export endpoint and webhook) that the
 * plugin reads. Every field is optional or loosely typed because the payload is undocumented
 * beyond examples; {@link readExport} checks the shape before conversion relies on it.
 */

/** A name mapping: the name to send instead, for one destination (or workspace) or for `all`. */
export interface AvoNameMapping {
  readonly name?: unknown;
  readonly destinationId?: unknown;
  readonly workspaceId?: unknown;
}

/** A property rule: a JSON Schema with Avo's own keys (`id`, `index`, `nameMapping`, `operations`). */
export type AvoPropertyRule = Readonly<Record<string, unknown>>;

/** An object rule: `{type: 'object', properties, required, additionalProperties}`. */
export interface AvoObjectRule {
  readonly properties?: unknown;
  readonly required?: unknown;
  readonly additionalProperties?: unknown;
  readonly [key: string]: unknown;
}

/** One event (or one variant of an event) of the plan. */
export interface AvoEvent {
  readonly id?: unknown;
  readonly name: string;
  readonly eventType?: unknown;
  readonly variantName?: unknown;
  readonly description?: unknown;
  readonly tags?: unknown;
  readonly categories?: unknown;
  readonly stakeholderDomains?: unknown;
  readonly rules?: {
    readonly nameMapping?: unknown;
    readonly properties?: Readonly<Record<string, unknown>>;
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

/** A category, keyed by id in {@link AvoExport.categories}. */
export interface AvoCategory {
  readonly name?: unknown;
}

/** A destination, keyed by id in {@link AvoExport.destinations}. */
export interface AvoDestination {
  readonly id?: unknown;
  readonly name?: unknown;
}

/** The whole payload. */
export interface AvoExport {
  readonly name?: unknown;
  readonly events: readonly AvoEvent[];
  readonly categories?: Readonly<Record<string, AvoCategory>>;
  readonly destinations?: Readonly<Record<string, AvoDestination>>;
  readonly [key: string]: unknown;
}

/** Whether a value is a plain JSON object. */
export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
