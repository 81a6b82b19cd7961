import { fieldLocation, isReflektDocument } from '../locate.js';
import type { EventRule } from '../types.js';
import { example } from './example.js';

/**
 * `event-name-matches-id` (N3): `self.name` with spaces turned into `_` is the folder of the
 * schema id (`jaffle_shop/Order_Completed/1-0.json` for `Order Completed`).
 */
export const eventNameMatchesId: EventRule<'RK2003'> = {
  id: 'event-name-matches-id',
  code: 'RK2003',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'event',
  docs: {
    summary: 'The schema folder is the event name with spaces turned into `_`.',
    why: 'Tools find a schema by event name (the registry, `--select`, pulls from Segment and Avo); a folder that says something else hides the schema or duplicates it.',
    fix: 'Rename the folder (and `$id`) after the event name, or correct `self.name`.',
    ok: example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed' }),
    notOk: example({ id: 'shop/Order_Complete/1-0.json', name: 'Order Completed' }),
  },
  check(event, ctx) {
    if (!isReflektDocument(event)) return;
    const segments = event.id.split('/');
    const folder = segments[segments.length - 2];
    if (folder === undefined) return;
    const expected = event.name.replace(/ /g, '_');
    if (folder !== expected) ctx.report({ name: event.name, id: event.id, expected }, fieldLocation(event, 'name'));
  },
};
