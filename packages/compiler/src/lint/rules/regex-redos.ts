import { escapePointerToken } from '../../ir/plan.js';
import { keywordLocation, schemaLocation } from '../locate.js';
import { findRedos } from '../regex-analysis.js';
import type { PropertyRule } from '../types.js';
import { example } from './example.js';

/**
 * `regex-redos`: no `pattern` (or `patternProperties` key) can backtrack catastrophically. The
 * registry validates untrusted events with these patterns, so one bad regex lets a single long
 * value stall it. See `regex-analysis.ts` for what is flagged.
 */
export const regexRedos: PropertyRule<'RK2024'> = {
  id: 'regex-redos',
  code: 'RK2024',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Patterns cannot backtrack catastrophically (`(a+)+`, `(a|a)*`, `(.*)*`).',
    why: 'A regex with nested or ambiguous repetition takes exponential time to reject some values. The registry validates every incoming event with these patterns, so one long crafted value can stall it (ReDoS).',
    fix: 'Rewrite the pattern so that each part of a value can match in only one way: drop the inner or outer repetition (`^[a-z]+$` rather than `^([a-z]+)+$`), or end the repeated part with a character it cannot contain (`^([a-z]+,)*[a-z]+$`).',
    ok: example({
      id: 'shop/Products_Searched/1-0.json',
      name: 'Products Searched',
      properties: { query: { type: 'string', description: 'Comma-separated search words.', pattern: '^([a-z]+,)*[a-z]+$' } },
    }),
    notOk: example({
      id: 'shop/Products_Searched/1-0.json',
      name: 'Products Searched',
      properties: { query: { type: 'string', description: 'Comma-separated search words.', pattern: '^([a-z]+,?)+$' } },
    }),
  },
  check(node, event, ctx) {
    const { pattern, patternProperties } = node.schema;
    if (typeof pattern === 'string') {
      const found = findRedos(pattern);
      if (found) ctx.report({ property: node.path, pattern, ...found }, schemaLocation(event, `${node.pointer}/pattern`));
    }
    if (typeof patternProperties !== 'object' || patternProperties === null) return;
    for (const key of Object.keys(patternProperties)) {
      const found = findRedos(key);
      if (found)
        ctx.report(
          { property: node.path, pattern: key, ...found },
          keywordLocation(event, `${node.pointer}/patternProperties/${escapePointerToken(key)}`),
        );
    }
  },
};
