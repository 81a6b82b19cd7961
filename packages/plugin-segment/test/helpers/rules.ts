import { readFileSync } from 'node:fs';
import type { StoredRule } from './segment-server.js';

const examples = JSON.parse(readFileSync(new URL('../fixtures/segment-public-api/examples.json', import.meta.url), 'utf8'));

/** The rules of the documented `listRulesFromTrackingPlan` example (TRACK, IDENTIFY, COMMON). */
export function exampleRules(): StoredRule[] {
  return structuredClone(examples.listRulesFromTrackingPlan.response_200.data.rules);
}

/** A track rule with the given properties, the shape the Protocols UI writes. */
export function trackRule(
  key: string,
  version: number,
  properties: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Partial<StoredRule> {
  return {
    type: 'TRACK',
    key,
    version,
    jsonSchema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { context: {}, traits: {}, properties: { type: 'object', properties } },
      ...extra,
    },
  };
}
