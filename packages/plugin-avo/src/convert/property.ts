import { isObject } from '../avo-model.js';
import { convertObject } from './object.js';
import { childPlace, describePlace, note, type Place } from './place.js';
import { allowsNull, convertType } from './types.js';

/** Keys only Avo uses: ids and ordering, and name mappings (applied by the parent object). */
const AVO_KEYS = new Set(['id', 'index', 'nameMapping', 'nameMappings']);

/** Handled below, in the order they are written. */
const HANDLED = new Set(['type', 'description', 'enum', 'const', 'pattern', 'items', 'properties', 'required', 'additionalProperties']);

/** draft-07 keywords carried over as written when Avo sends them. */
const PASSTHROUGH = new Set([
  'title',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'default',
  'examples',
]);

/**
 * One Avo property rule as a draft-07 schema: `type` normalized, pinned values (`const`),
 * `enum` (plus `null` when the type is nullable, so an optional nullable enum keeps both),
 * `pattern`, list `items` and object `properties` converted recursively, Avo's own keys removed
 * at every depth. Keys with no equivalent (`operations`, anything unknown) are reported
 * (RK5322), never copied silently.
 */
export function convertProperty(rule: Readonly<Record<string, unknown>>, place: Place): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const type = convertType(rule.type, place);
  if (type !== undefined) out.type = type;
  if (typeof rule.description === 'string' && rule.description.trim() !== '') out.description = rule.description;
  if (rule.const !== undefined) out.const = rule.const;
  if (Array.isArray(rule.enum)) {
    out.enum = allowsNull(type) && !rule.enum.includes(null) ? [...rule.enum, null] : [...rule.enum];
  }
  if (typeof rule.pattern === 'string') out.pattern = rule.pattern;
  if (rule.items !== undefined) out.items = convertItems(rule.items, place);
  if (rule.properties !== undefined || (type === 'object' && rule.required !== undefined)) {
    Object.assign(out, convertObject(rule, place, { closedByDefault: false }));
  } else if (rule.additionalProperties !== undefined) {
    out.additionalProperties = rule.additionalProperties;
  }
  for (const [key, value] of Object.entries(rule)) {
    if (HANDLED.has(key) || AVO_KEYS.has(key)) continue;
    if (PASSTHROUGH.has(key)) out[key] = value;
    else if (key === 'operations') reportOperations(value, place);
    else note(place, 'RK5322', { keyword: key, where: describePlace(place), reason: 'it is not a draft-07 keyword' });
  }
  return out;
}

function convertItems(items: unknown, place: Place): unknown {
  const at = childPlace(place, '[]', 'items');
  if (isObject(items)) return convertProperty(items, at);
  if (Array.isArray(items))
    return items.map((item, i) => (isObject(item) ? convertProperty(item, childPlace(at, undefined, String(i))) : item));
  return items;
}

function reportOperations(value: unknown, place: Place): void {
  if (Array.isArray(value) && value.length === 0) return;
  const list = Array.isArray(value) ? value.map(String).join(', ') : String(value);
  note(place, 'RK5322', {
    keyword: `operations (${list})`,
    where: describePlace(place),
    reason: 'Avo property operations have no JSON Schema equivalent',
  });
}
