import { hasFixedName } from '../fixed-names.js';
import { fieldLocation } from '../locate.js';
import type { EventRule } from '../types.js';
import { example } from './example.js';

/** `event-reserved` (N7): event names are not in `conventions.event.reserved`, compared case-insensitively. */
export const eventReserved: EventRule<'RK2007'> = {
  id: 'event-reserved',
  code: 'RK2007',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'event',
  docs: {
    summary: 'Event names are not reserved by `conventions.event.reserved`.',
    why: 'Some names mean something else to the CDP or to downstream tools (`Page Viewed`, `Identify`); a team lists them so nobody tracks an event under them.',
    fix: 'Choose another name.',
    ok: example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed', conventions: { event: { reserved: ['Page Viewed'] } } }),
    notOk: example({ id: 'shop/page_viewed/1-0.json', name: 'page viewed', conventions: { event: { reserved: ['Page Viewed'] } } }),
  },
  check(event, ctx) {
    const { reserved, reservedList } = ctx.conventions.event;
    if (reserved.size === 0 || hasFixedName(event) || !reserved.has(event.name.toLowerCase())) return;
    ctx.report({ name: event.name, reserved: reservedList }, fieldLocation(event, 'name'));
  },
};
