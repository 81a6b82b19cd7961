import { isObject } from '../avo-model.js';
import { mapName } from './name-mapping.js';
import { childPlace, describePlace, note, type Place } from './place.js';
import { convertProperty } from './property.js';

/** `properties`, `required` and `additionalProperties` of a converted object schema. */
export interface ObjectBody {
  properties: Record<string, unknown>;
  required?: string[];
  additionalProperties?: unknown;
}

/** Whether an object with no `additionalProperties` of its own rejects unknown keys. */
export interface ObjectDefaults {
  readonly closedByDefault: boolean;
}

/** Avo orders properties by `index`; properties without one keep their place after those with one. */
function ordered(properties: Readonly<Record<string, unknown>>): [string, unknown][] {
  const entries = Object.entries(properties);
  const indexOf = (rule: unknown) => (isObject(rule) && typeof rule.index === 'number' ? rule.index : Number.POSITIVE_INFINITY);
  return entries
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => indexOf(a.entry[1]) - indexOf(b.entry[1]) || a.position - b.position)
    .map((e) => e.entry);
}

/**
 * Converts the properties of an Avo object rule, renaming each property after its name mapping
 * (RK5324 for mappings that do not apply, RK5325 when two properties land on one name) and
 * keeping only the `required` names that are defined (RK5328 otherwise).
 */
export function convertObject(rule: Readonly<Record<string, unknown>>, place: Place, defaults: ObjectDefaults): ObjectBody {
  const properties: Record<string, unknown> = {};
  const sentAs = new Map<string, string>();
  const firstWithName = new Map<string, string>();
  // Left out for a clash (already reported): their `required` entries go with them.
  const clashed = new Set<string>();
  const source = isObject(rule.properties) ? rule.properties : {};
  for (const [avoName, propertyRule] of ordered(source)) {
    const at = childPlace(place, avoName, 'properties', avoName);
    if (!isObject(propertyRule)) {
      note(at, 'RK5322', { keyword: avoName, where: describePlace(place), reason: 'its rule is not an object' });
      continue;
    }
    const mapped = mapName(avoName, propertyRule.nameMapping ?? propertyRule.nameMappings, place.scope);
    // Messages name the property as written in Avo; pointers lead to it in the written schema.
    const written = childPlace(place, mapped.name, 'properties', mapped.name);
    if (mapped.notApplied.length > 0) {
      note({ ...at, pointer: written.pointer }, 'RK5324', { where: describePlace(at), mappings: mapped.notApplied.join(', ') });
    }
    const taken = firstWithName.get(mapped.name);
    if (taken !== undefined) {
      note({ ...at, pointer: written.pointer }, 'RK5325', { name: mapped.name, where: describePlace(at), first: taken });
      clashed.add(avoName);
      continue;
    }
    firstWithName.set(mapped.name, avoName);
    sentAs.set(avoName, mapped.name);
    properties[mapped.name] = convertProperty(propertyRule, written);
  }

  const body: ObjectBody = { properties };
  const required: string[] = [];
  for (const name of Array.isArray(rule.required) ? rule.required : []) {
    if (typeof name === 'string' && clashed.has(name)) continue;
    const sent = typeof name === 'string' ? sentAs.get(name) : undefined;
    if (sent === undefined) note(place, 'RK5328', { property: String(name), where: describePlace(place) });
    else if (!required.includes(sent)) required.push(sent);
  }
  if (required.length > 0) body.required = required;
  const extra = rule.additionalProperties;
  if (isObject(extra)) body.additionalProperties = convertProperty(extra, childPlace(place, '*', 'additionalProperties'));
  else if (extra !== undefined) body.additionalProperties = extra;
  else if (defaults.closedByDefault) body.additionalProperties = false;
  return body;
}
