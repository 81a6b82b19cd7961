import type { AvoFinding } from '../diagnostics.js';
import { schemaDocument } from './document.js';
import type { MappingScope } from './name-mapping.js';
import { convertObject } from './object.js';
import { note, type Place, pointerSegment } from './place.js';

/** Identify or group properties, and where they sit in an Avo event's `rules.properties`. */
export const TRAIT_KINDS = [
  { kind: 'identify', key: 'userProperties', name: 'Identify', what: 'User properties' },
  { kind: 'group', key: 'groupProperties', name: 'Group', what: 'Group properties' },
] as const;

/** One of {@link TRAIT_KINDS}. */
export type TraitKind = (typeof TRAIT_KINDS)[number];

/**
 * Gathers the user (or group) properties every Avo event sets into one Identify (or Group)
 * schema. A property defined differently by two events keeps the first definition (RK5326).
 * None is required: an identify call may send any subset of the traits.
 */
export class TraitCollector {
  readonly #properties: Record<string, unknown> = {};
  readonly #firstEvent = new Map<string, string>();
  readonly #events: string[] = [];

  constructor(
    readonly trait: TraitKind,
    readonly path: string,
    readonly scope: MappingScope,
    readonly findings: AvoFinding[],
  ) {}

  /** Adds the traits an event sets, given as an Avo object rule. */
  add(event: string, rule: Readonly<Record<string, unknown>>): void {
    const place: Place = { event, path: '', schema: this.path, pointer: '', scope: this.scope, findings: this.findings };
    const { properties } = convertObject(rule, place, { closedByDefault: true });
    if (!this.#events.includes(event)) this.#events.push(event);
    for (const [name, schema] of Object.entries(properties)) {
      const first = this.#firstEvent.get(name);
      if (first === undefined) {
        this.#firstEvent.set(name, event);
        this.#properties[name] = schema;
      } else if (JSON.stringify(this.#properties[name]) !== JSON.stringify(schema)) {
        const at = { ...place, pointer: `/properties/${pointerSegment(name)}` };
        note(at, 'RK5326', { property: name, schema: this.trait.name, event, first });
      }
    }
  }

  /** Whether any event set a trait of this kind. */
  get isEmpty(): boolean {
    return this.#events.length === 0;
  }

  /** The Identify or Group schema document. */
  document(vendor: string): Record<string, unknown> {
    return schemaDocument({
      id: this.path,
      name: this.trait.name,
      vendor,
      description: `${this.trait.what} that events of the Avo tracking plan set.`,
      metadata: { avo_events: [...this.#events] },
      kind: this.trait.kind,
      body: { properties: this.#properties, additionalProperties: false },
    });
  }
}
