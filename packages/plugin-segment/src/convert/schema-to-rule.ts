import type { EventSchema } from '@reflekt/compiler';
import type { RuleInput } from '../api/types.js';
import { cloneJson, isObject } from '../json.js';
import { defaultEnvelope } from './envelope.js';
import { applyOverrides, FACTS_KEY, readFacts } from './facts.js';
import { defaultKey, payloadSlot, TYPE_OF_KIND } from './kinds.js';

/** A rule built from an event, and what of the event Segment cannot hold. */
export interface BuiltRule {
  readonly rule: RuleInput;
  /** One sentence per construct left out (reported as warnings). */
  readonly dropped: readonly string[];
}

/**
 * Builds the Segment rule of one event version: the inverse of `ruleToSchema`. The payload goes
 * to `properties.properties` (or `properties.traits`), the description to `jsonSchema.description`,
 * text metadata to `labels`, and `self.metadata.segment` restores whatever the pulled rule had
 * beyond that. The rule version is the event's major version.
 */
export function schemaToRule(event: EventSchema): BuiltRule {
  const dropped: string[] = [];
  const facts = readFacts(event.metadata);
  const kind = event.kind;

  const payload = cloneJson(event.schema) as Record<string, unknown>;
  // The document's `description` is the rule's; the payload's own, if any, is in the facts.
  delete payload.description;
  applyOverrides(payload, facts.payload, facts.payloadOmits);

  const jsonSchema = defaultEnvelope(kind, payload);
  applyOverrides(jsonSchema, facts.rule, facts.ruleOmits);
  if (facts.noPayload !== true) {
    const wrapper = isObject(jsonSchema.properties) ? jsonSchema.properties : {};
    jsonSchema.properties = { ...wrapper, [payloadSlot(kind)]: payload };
  }
  if (event.description !== '') jsonSchema.description = event.description;

  const labels: Record<string, unknown> = isObject(jsonSchema.labels) ? jsonSchema.labels : {};
  const hadLabels = Object.hasOwn(jsonSchema, 'labels');
  for (const [key, value] of Object.entries(event.metadata)) {
    if (key === FACTS_KEY && isObject(value)) continue;
    if (typeof value === 'string') labels[key] = value;
    else dropped.push(`\`self.metadata.${key}\` is not text, and Segment labels are text, so it is not sent`);
  }
  if (hadLabels || Object.keys(labels).length > 0) jsonSchema.labels = labels;
  if (event.deprecated === true) dropped.push('`self.deprecated` has no counterpart in the Public API, so the rule stays live');

  const key = facts.key !== undefined ? (facts.key ?? undefined) : defaultKey(kind, event.name);
  const rule: RuleInput = {
    type: TYPE_OF_KIND[kind],
    ...(key !== undefined && { key }),
    version: event.version.major,
    jsonSchema,
  };
  return { rule, dropped };
}
