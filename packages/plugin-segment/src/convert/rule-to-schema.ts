import type { EventKind } from '@reflekt/compiler';
import type { Rule } from '../api/types.js';
import { cloneJson, isObject } from '../json.js';
import { DRAFT_07, defaultEnvelope } from './envelope.js';
import { FACTS_KEY, overridesBetween, type SegmentFacts } from './facts.js';
import { defaultKey, eventName, KIND_OF_TYPE, payloadSlot } from './kinds.js';

/** A rule turned into the parts of a Reflekt schema document; the caller picks its path. */
export interface ConvertedRule {
  readonly kind: EventKind;
  readonly name: string;
  readonly major: number;
  /** The document without `$id` (set once the path is known). */
  readonly document: Record<string, unknown>;
}

/** Why a rule has no Reflekt schema. */
export interface Inexpressible {
  readonly reason: string;
}

/** Keywords of the Reflekt document that a payload cannot keep at the top level. */
const DOCUMENT_KEYWORDS = ['$schema', '$id', 'self', 'metadata', 'description'];

/** The Go zero time Segment sends as `deprecatedAt` of a live rule. */
const ZERO_TIME = /^0001-01-01/;

/**
 * Turns one Segment rule into a Reflekt schema document: the payload (`properties.properties`
 * for track/page/screen, `properties.traits` for identify/group) becomes the schema, the rule
 * description its `description`, text labels its `self.metadata`, and everything else the rule
 * says is kept in `self.metadata.segment` so that push sends the same rule back.
 *
 * Rules Reflekt cannot express (COMMON, versions that are not whole numbers from 1, a
 * `jsonSchema` or payload that is not an object) return {@link Inexpressible}.
 */
export function ruleToSchema(rule: Rule, context: { vendor: string; trackingPlanId?: string }): ConvertedRule | Inexpressible {
  const kind = KIND_OF_TYPE[rule.type];
  if (kind === undefined) {
    const why =
      rule.type === 'COMMON'
        ? 'COMMON rules constrain every call of the source; a Reflekt schema describes one event'
        : `the rule type \`${rule.type}\` is unknown`;
    return { reason: why };
  }
  if (!Number.isInteger(rule.version) || rule.version < 1) {
    return { reason: `its version \`${rule.version}\` is not a whole number from 1, so it has no Reflekt \`MAJOR-0\` version` };
  }
  if (!isObject(rule.jsonSchema)) return { reason: '`jsonSchema` is not an object' };

  const envelope = cloneJson(rule.jsonSchema);
  let description: string | undefined;
  if (typeof envelope.description === 'string' && envelope.description !== '') {
    description = envelope.description;
    delete envelope.description;
  }
  const labels = takeTextLabels(envelope);

  const slot = payloadSlot(kind);
  let original: unknown;
  let noPayload = true;
  if (isObject(envelope.properties) && Object.hasOwn(envelope.properties, slot)) {
    const { [slot]: payloadValue, ...rest } = envelope.properties;
    original = payloadValue;
    envelope.properties = rest;
    noPayload = false;
  }
  if (!noPayload && !isObject(original)) return { reason: `\`properties.${slot}\` is not an object` };
  const payload: Record<string, unknown> = isObject(original) ? cloneJson(original) : {};
  const payloadFacts = toReflektPayload(payload);

  const ruleDiff = overridesBetween(defaultEnvelope(kind, original), envelope);
  const name = eventName(kind, rule.key);
  const facts: SegmentFacts = {
    ...(context.trackingPlanId !== undefined && { trackingPlanId: context.trackingPlanId }),
    ...(rule.key !== defaultKey(kind, name) && { key: rule.key ?? null }),
    ...(Object.keys(ruleDiff.set).length > 0 && { rule: ruleDiff.set }),
    ...(ruleDiff.omit.length > 0 && { ruleOmits: ruleDiff.omit }),
    ...(Object.keys(payloadFacts.set).length > 0 && { payload: payloadFacts.set }),
    ...(payloadFacts.omit.length > 0 && { payloadOmits: payloadFacts.omit }),
    ...(noPayload && { noPayload: true as const }),
  };
  const deprecated = typeof rule.deprecatedAt === 'string' && rule.deprecatedAt !== '' && !ZERO_TIME.test(rule.deprecatedAt);
  const document: Record<string, unknown> = {
    $schema: DRAFT_07,
    ...(description !== undefined && { description }),
    self: {
      vendor: context.vendor,
      name,
      format: 'jsonschema',
      version: `${rule.version}-0`,
      metadata: { ...labels, [FACTS_KEY]: facts },
      // Always stated: the loader would infer it from the name (`Page Viewed` is a page), which can be wrong.
      kind,
      ...(deprecated && { deprecated: true }),
    },
    type: 'object',
    ...payload,
  };
  return { kind, name, major: rule.version, document };
}

/** Moves the text labels out of `envelope.labels` (they become metadata); anything else stays for the facts. */
function takeTextLabels(envelope: Record<string, unknown>): Record<string, string> {
  const labels = envelope.labels;
  if (!isObject(labels)) return {};
  const text: Record<string, string> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(labels)) {
    // A label named like the facts entry cannot sit next to it; it stays in the facts.
    if (typeof value === 'string' && key !== FACTS_KEY) text[key] = value;
    else rest[key] = value;
  }
  if (Object.keys(text).length > 0 && Object.keys(rest).length === 0) delete envelope.labels;
  else envelope.labels = rest;
  return text;
}

/**
 * Makes `payload` a Reflekt payload in place — `type: "object"`, a `properties` object, none of
 * the document's own keywords — and returns what it changed, to be undone on push.
 */
function toReflektPayload(payload: Record<string, unknown>): { set: Record<string, unknown>; omit: string[] } {
  const set: Record<string, unknown> = {};
  const omit: string[] = [];
  for (const keyword of DOCUMENT_KEYWORDS) {
    if (!Object.hasOwn(payload, keyword)) continue;
    set[keyword] = payload[keyword];
    delete payload[keyword];
  }
  if (payload.type !== 'object') {
    if (Object.hasOwn(payload, 'type')) set.type = payload.type;
    else omit.push('type');
    payload.type = 'object';
  }
  if (!isObject(payload.properties)) {
    if (Object.hasOwn(payload, 'properties')) set.properties = payload.properties;
    else omit.push('properties');
    payload.properties = {};
  }
  return { set, omit };
}
