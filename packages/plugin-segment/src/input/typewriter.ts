import type { Rule } from '../api/types.js';
import { DRAFT_07 } from '../convert/envelope.js';
import { cloneJson, isObject } from '../json.js';

/**
 * Whether a rule comes from Typewriter's `plan.json` (v8+): Typewriter unwraps the payload to the
 * top of `jsonSchema` and marks it with `eventMetadata`.
 */
export function isTypewriterRule(rule: Rule): boolean {
  return isObject(rule.jsonSchema) && isObject(rule.jsonSchema.eventMetadata);
}

/** Keywords Typewriter adds to the unwrapped schema, or keeps from the rule around it. */
const TYPEWRITER_KEYS = new Set(['$schema', '$id', 'id', 'eventMetadata', 'description', 'labels']);

/**
 * Undoes Typewriter's rewrite of a track rule: the unwrapped payload goes back under
 * `properties.properties`, with empty `context`/`traits` (Typewriter dropped them), and the
 * `$id`s Typewriter made from draft-04 `id`s (`/properties/…`) are removed, since draft-07 would
 * resolve references against them.
 */
export function fromTypewriterRule(rule: Rule): Rule {
  const unwrapped = isObject(rule.jsonSchema) ? rule.jsonSchema : {};
  const payload: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(unwrapped)) if (!TYPEWRITER_KEYS.has(key)) payload[key] = cloneJson(value);
  stripPointerIds(payload);
  const description = typeof unwrapped.description === 'string' ? unwrapped.description : undefined;
  return {
    type: rule.type,
    ...(rule.key !== undefined && { key: rule.key }),
    version: rule.version,
    jsonSchema: {
      $schema: typeof unwrapped.$schema === 'string' ? unwrapped.$schema : DRAFT_07,
      type: 'object',
      ...(description !== undefined && { description }),
      properties: { context: {}, traits: {}, properties: payload },
    },
  };
}

function stripPointerIds(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) stripPointerIds(item);
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.$id === 'string' && node.$id.startsWith('/')) delete node.$id;
  for (const value of Object.values(node)) stripPointerIds(value);
}

/**
 * The rules of a Config API plan (`platform.segmentapis.com/v1beta`, Typewriter ≤ 7's
 * `plan.json`): events become TRACK rules, `identify`/`group` IDENTIFY/GROUP rules and `global`
 * the COMMON rule. Returns what could not be converted too.
 */
export function fromConfigApiPlan(rules: Record<string, unknown>): { rules: Rule[]; lost: string[] } {
  const out: Rule[] = [];
  const lost: string[] = [];
  for (const event of Array.isArray(rules.events) ? rules.events : []) {
    if (!isObject(event) || typeof event.name !== 'string') continue;
    const jsonSchema = isObject(event.rules) ? cloneJson(event.rules) : {};
    if (typeof event.description === 'string' && event.description !== '') jsonSchema.description = event.description;
    out.push({ type: 'TRACK', key: event.name, version: typeof event.version === 'number' ? event.version : 1, jsonSchema });
  }
  for (const [field, type] of [
    ['identify', 'IDENTIFY'],
    ['group', 'GROUP'],
    ['global', 'COMMON'],
  ] as const) {
    if (isObject(rules[field])) out.push({ type, version: 1, jsonSchema: cloneJson(rules[field]) });
  }
  // Reflekt 0.2 wrote `user_traits`; the API says `identify_traits`.
  for (const field of ['identify_traits', 'user_traits', 'group_traits']) {
    const list = rules[field];
    if (Array.isArray(list) && list.length > 0)
      lost.push(`\`rules.${field}\` (${list.length} trait definition${list.length === 1 ? '' : 's'})`);
  }
  return { rules: out, lost };
}
