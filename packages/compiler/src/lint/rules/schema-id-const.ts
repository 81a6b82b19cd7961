import { formatVersion } from '../../ir/plan.js';
import type { EventSchema } from '../../ir/types.js';
import { isRecord } from '../documents.js';
import { schemaLocation } from '../locate.js';
import type { EventRule, RuleContext } from '../types.js';
import { example } from './example.js';

/**
 * The values that name the event's schema: its IR id, the `$id` as written (a YAML schema may
 * name itself `….yaml`), and for Iglu schemas the `iglu:` URI. The first is the one to suggest.
 */
function schemaIds(event: EventSchema, ctx: RuleContext): string[] {
  const doc = event.format === 'reflekt-json' || event.format === 'reflekt-yaml' ? ctx.documents.get(event.source.file) : undefined;
  const written = isRecord(doc) ? doc.$id : undefined;
  const ids = typeof written === 'string' ? [written, event.id] : [event.id];
  if (event.format === 'iglu') ids.push(`iglu:${event.vendor}/${event.name}/jsonschema/${formatVersion(event.version)}`);
  return ids;
}

/**
 * `schema-id-const`: a top-level `schema_id` property with a `const` names the schema itself.
 * The reflekt-registry convention: producers send `properties.schema_id = <$id>` and the
 * registry validates the event against the schema of that id.
 */
export const schemaIdConst: EventRule<'RK2027'> = {
  id: 'schema-id-const',
  code: 'RK2027',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'event',
  docs: {
    summary: 'A `schema_id` property’s `const` is the schema’s own `$id`.',
    why: 'With the registry convention, every event carries `schema_id` and the registry validates it against the schema of that id. A `const` copied from another schema or left at an old version makes valid events fail, or validates them against the wrong schema.',
    fix: 'Set the `const` of `schema_id` to the schema’s `$id`; update it whenever the schema is copied to a new version.',
    ok: example({
      id: 'shop/Order_Completed/2-0.json',
      name: 'Order Completed',
      properties: { schema_id: { type: 'string', description: 'This schema.', const: 'shop/Order_Completed/2-0.json' } },
      required: ['schema_id'],
    }),
    notOk: example({
      id: 'shop/Order_Completed/2-0.json',
      name: 'Order Completed',
      properties: { schema_id: { type: 'string', description: 'This schema.', const: 'shop/Order_Completed/1-0.json' } },
      required: ['schema_id'],
    }),
  },
  check(event, ctx) {
    const property = event.schema.properties?.schema_id;
    if (!isRecord(property) || !Object.hasOwn(property, 'const')) return;
    const value: unknown = property.const;
    const ids = schemaIds(event, ctx);
    if (typeof value === 'string' && ids.includes(value)) return;
    ctx.report(
      { name: event.name, value: typeof value === 'string' ? value : JSON.stringify(value), expected: ids[0] ?? event.id },
      schemaLocation(event, '/properties/schema_id/const'),
    );
  },
};
