import { fieldLocation } from '../locate.js';
import type { EventRule } from '../types.js';
import { example } from './example.js';

/** `event-description`: every event has a non-empty `description` (Python Reflekt never checked it). */
export const eventDescription: EventRule<'RK2008'> = {
  id: 'event-description',
  code: 'RK2008',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'event',
  docs: {
    summary: 'Events have a non-empty description.',
    why: 'The description is the only place that says when an event is sent; it becomes the dbt model docs, the catalog page and the TSDoc of the tracking function.',
    fix: 'Add a top-level `description` that says when the event is sent.',
    ok: example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed', description: 'Sent when checkout succeeds.' }),
    notOk: example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed', description: null }),
  },
  check(event, ctx) {
    // Defensive: a source plugin may hand over an IR without a description; that is a finding, not a crash.
    if (typeof event.description !== 'string' || event.description.trim() === '')
      ctx.report({ name: event.name }, fieldLocation(event, 'description'));
  },
};
