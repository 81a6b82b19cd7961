import { type Compatibility, diffSchemas, type EventSchema, type JsonSchema, type TrackingPlan } from '@reflekt/compiler';
import { defaultDbtModel, defaultTypedFunction, fileStem } from './naming.js';
import type { ResolvedDocsOptions } from './options.js';

/** One row of a properties table: a property at any depth (`products[].sku`). */
export interface PropertyRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
  readonly enum?: readonly string[];
  /** `{ label: 'min length', value: '1' }`; `value` is JSON text (or the pattern), absent for flags. */
  readonly constraints: readonly Constraint[];
  readonly examples: readonly string[];
}

/** One validation keyword of a property, for display. */
export interface Constraint {
  readonly label: string;
  readonly value?: string;
}

/** One change between two consecutive versions, from the compiler's schema differ. */
export interface VersionChange {
  readonly kind: string;
  readonly pointer: string;
  readonly compatibility: Compatibility;
  readonly breaking: boolean;
  readonly reason: string;
}

/** The diff of one version against the previous one. */
export interface VersionDiff {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly VersionChange[];
}

/** One event (all versions of a name in a plan), as the documents show it. */
export interface DocEvent {
  readonly plan: string;
  readonly name: string;
  readonly kind: string;
  /** `events/<plan>/<Event_Name>` without extension. */
  readonly slug: string;
  /** The latest version. */
  readonly latest: EventSchema;
  /** Every version, newest first. */
  readonly versions: readonly EventSchema[];
  readonly properties: readonly PropertyRow[];
  readonly diffs: readonly VersionDiff[];
  readonly dbtModel?: string;
  readonly typedFunction?: string;
}

/** `1-0`. */
export const versionText = (e: EventSchema): string => `${e.version.major}-${e.version.minor}`;

const json = (v: unknown): string => JSON.stringify(v);

function typeOf(s: JsonSchema): string {
  const node = s as Record<string, unknown>;
  if (node.const !== undefined) return `const ${json(node.const)}`;
  const t = node.type;
  let base: string;
  if (Array.isArray(t)) base = t.join(' | ');
  else if (typeof t === 'string') base = t;
  else if (node.enum) base = 'enum';
  else if (node.anyOf || node.oneOf) {
    const list = (node.anyOf ?? node.oneOf) as JsonSchema[];
    base = list.map(typeOf).join(' | ');
  } else if (typeof node.$ref === 'string') base = `ref ${node.$ref}`;
  else base = 'any';
  if (base.includes('array') && node.items && !Array.isArray(node.items)) {
    base = base.replace('array', `array<${typeOf(node.items as JsonSchema)}>`);
  }
  if (typeof node.format === 'string') base += ` (${node.format})`;
  return base;
}

const CONSTRAINTS: readonly [string, string][] = [
  ['minimum', '≥'],
  ['exclusiveMinimum', '>'],
  ['maximum', '≤'],
  ['exclusiveMaximum', '<'],
  ['multipleOf', 'multiple of'],
  ['minLength', 'min length'],
  ['maxLength', 'max length'],
  ['pattern', 'pattern'],
  ['minItems', 'min items'],
  ['maxItems', 'max items'],
  ['uniqueItems', 'unique items'],
  ['minProperties', 'min properties'],
  ['maxProperties', 'max properties'],
];

function constraintsOf(s: JsonSchema): Constraint[] {
  const node = s as Record<string, unknown>;
  const out: Constraint[] = [];
  for (const [key, label] of CONSTRAINTS) {
    const v = node[key];
    if (v === undefined || v === false) continue;
    out.push(v === true ? { label } : { label, value: key === 'pattern' ? String(v) : json(v) });
  }
  if (node.default !== undefined) out.push({ label: 'default', value: json(node.default) });
  if (node.additionalProperties === false) out.push({ label: 'no other properties' });
  return out;
}

/** Flattens a payload schema into rows: nested objects as `a.b`, array items as `a[].b`. */
export function propertyRows(schema: JsonSchema, prefix = '', out: PropertyRow[] = [], depth = 0): PropertyRow[] {
  const node = schema as Record<string, unknown>;
  const props = node.properties as Record<string, JsonSchema> | undefined;
  if (!props || depth > 8) return out;
  const required = new Set((node.required as string[] | undefined) ?? []);
  for (const [name, sub] of Object.entries(props)) {
    const s = (typeof sub === 'object' && sub !== null ? sub : {}) as Record<string, unknown>;
    const path = `${prefix}${name}`;
    const examples = Array.isArray(s.examples) ? s.examples.map(json) : [];
    out.push({
      path,
      type: typeOf(s as JsonSchema),
      required: required.has(name),
      description: typeof s.description === 'string' ? s.description : '',
      ...(Array.isArray(s.enum) && { enum: s.enum.map(json) }),
      constraints: constraintsOf(s as JsonSchema),
      examples,
    });
    propertyRows(s as JsonSchema, `${path}.`, out, depth + 1);
    const items = s.items as JsonSchema | undefined;
    if (items && typeof items === 'object' && !Array.isArray(items)) propertyRows(items, `${path}[].`, out, depth + 1);
  }
  return out;
}

/** Groups the plan's events by plan and name, newest version first, with rows, diffs and links. */
export function buildModel(plan: TrackingPlan, options: ResolvedDocsOptions): DocEvent[] {
  const groups = new Map<string, EventSchema[]>();
  for (const e of plan.events) {
    const key = `${e.plan}\u0000${e.name}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const dbtModel = options.links.dbtModel ?? defaultDbtModel;
  const typedFunction = options.links.typedFunction ?? defaultTypedFunction;
  const events: DocEvent[] = [];
  for (const list of groups.values()) {
    const ascending = [...list].sort((a, b) => a.version.major - b.version.major || a.version.minor - b.version.minor);
    const latest = ascending[ascending.length - 1] as EventSchema;
    const diffs: VersionDiff[] = [];
    for (let i = 1; i < ascending.length; i++) {
      const a = ascending[i - 1] as EventSchema;
      const b = ascending[i] as EventSchema;
      const changes = diffSchemas(a.schema, b.schema, { mode: options.mode }).map((c) => ({
        kind: c.kind,
        pointer: c.pointer,
        compatibility: c.compatibility,
        breaking: c.compatibility === 'FORWARD' || c.compatibility === 'NONE',
        reason: c.reason,
      }));
      diffs.push({ from: versionText(a), to: versionText(b), changes });
    }
    const model = dbtModel(latest);
    const fn = typedFunction(latest);
    events.push({
      plan: latest.plan,
      name: latest.name,
      kind: latest.kind,
      slug: `events/${fileStem(latest.plan)}/${fileStem(latest.name)}`,
      latest,
      versions: ascending.reverse(),
      properties: propertyRows(latest.schema),
      diffs: diffs.reverse(),
      ...(model !== undefined && { dbtModel: model }),
      ...(fn !== undefined && { typedFunction: fn }),
    });
  }
  return events.sort((a, b) => (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
