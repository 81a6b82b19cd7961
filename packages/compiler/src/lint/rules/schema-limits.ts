import { Buffer } from 'node:buffer';
import type { EventSchema } from '../../ir/types.js';
import { schemaLocation } from '../locate.js';
import { integerOption } from '../options.js';
import type { PropertyRule } from '../types.js';
import { example, text } from './example.js';

/** The defaults of the rule's options. */
export const SCHEMA_LIMITS = { maxDepth: 8, maxProperties: 300, maxBytes: 100_000 } as const;

/** The limits of one run, read from its options once. */
interface Limits {
  readonly maxDepth: number;
  readonly maxProperties: number;
  readonly maxBytes: number;
}
const limitsByOptions = new WeakMap<object, Limits>();

function limitsOf(options: Readonly<Record<string, unknown>>): Limits {
  let limits = limitsByOptions.get(options);
  if (!limits) {
    limits = {
      maxDepth: integerOption(options, 'maxDepth', SCHEMA_LIMITS.maxDepth),
      maxProperties: integerOption(options, 'maxProperties', SCHEMA_LIMITS.maxProperties),
      maxBytes: integerOption(options, 'maxBytes', SCHEMA_LIMITS.maxBytes),
    };
    limitsByOptions.set(options, limits);
  }
  return limits;
}

/**
 * Properties seen so far in the current event's walk. A walk is synchronous and visits the root
 * first, so the count restarts there and never mixes two events.
 */
let walk: { event: EventSchema | undefined; properties: number } = { event: undefined, properties: 0 };

/** The size of the event's own text: its whole file, or its range in a file that holds several events. */
function eventBytes(event: EventSchema, text: string): number {
  const range = event.source.range;
  if (event.source.pointer === '' || range === undefined) return Buffer.byteLength(text, 'utf8');
  return Buffer.byteLength(text.slice(range.start.offset, range.end.offset), 'utf8');
}

/**
 * `schema-limits`: schemas stay within size limits — nesting depth (properties and array items
 * from the root), number of properties (nested ones included) and bytes of source. Each subtree
 * that goes too deep is reported once, at its first node past the limit; an event with too many
 * properties once, at the first property past the limit.
 */
export const schemaLimits: PropertyRule<'RK2026'> = {
  id: 'schema-limits',
  code: 'RK2026',
  defaultSeverity: 'warning',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: 'Schemas stay within limits of nesting depth, property count and size.',
    why: 'Deeply nested or very wide payloads flatten into unwieldy warehouse tables (Redshift allows 1,600 columns, BigQuery 15 levels of nesting), long tracking-function signatures and slow reviews; a huge schema file is usually generated or pasted by mistake.',
    fix: 'Flatten nested objects, split the event, or drop properties nobody uses; raise a limit in the rule options when it is intended.',
    options: [
      {
        name: 'maxDepth',
        type: 'integer',
        default: String(SCHEMA_LIMITS.maxDepth),
        description: 'Deepest nesting of properties and array items (`products[].sku` is 3).',
      },
      {
        name: 'maxProperties',
        type: 'integer',
        default: String(SCHEMA_LIMITS.maxProperties),
        description: 'Most properties per event, nested ones included.',
      },
      { name: 'maxBytes', type: 'integer', default: String(SCHEMA_LIMITS.maxBytes), description: 'Largest schema file, in bytes.' },
    ],
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { shipping: { type: 'object', description: 'Where the order goes.', properties: { city: text('The city.') } } },
      options: { maxDepth: 2 },
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: {
        shipping: {
          type: 'object',
          description: 'Where the order goes.',
          properties: {
            address: { type: 'object', description: 'The address.', properties: { city: text('The city.') } },
          },
        },
      },
      options: { maxDepth: 2 },
    }),
  },
  check(node, event, ctx) {
    const { maxDepth, maxProperties, maxBytes } = limitsOf(ctx.options);
    if (node.kind === 'root') {
      walk = { event, properties: 0 };
      const source = ctx.sources.text(event.source.file);
      const bytes = source === undefined ? 0 : eventBytes(event, source);
      if (bytes > maxBytes) ctx.report({ limit: 'bytes', subject: event.name, value: bytes, max: maxBytes }, schemaLocation(event, ''));
      return;
    }
    if (node.kind === 'branch') return;
    if (node.depth === maxDepth + 1) {
      ctx.report(
        { limit: 'depth', subject: node.path, value: node.depth, max: maxDepth },
        schemaLocation(event, node.pointer, node.kind === 'property'),
      );
    }
    if (node.kind !== 'property') return;
    if (walk.event !== event) walk = { event, properties: 0 };
    const count = ++walk.properties;
    if (count === maxProperties + 1) {
      ctx.report({ limit: 'properties', subject: event.name, value: count, max: maxProperties }, schemaLocation(event, node.pointer, true));
    }
  },
};
