import { isCasing, suggestCasing } from '../casing.js';
import { hasFixedName } from '../fixed-names.js';
import { fieldLocation } from '../locate.js';
import type { EventRule } from '../types.js';
import { example } from './example.js';

/**
 * `event-casing` (N5): event names follow `conventions.event.casing`. Title Case allows acronyms
 * (`CTA Clicked`); digits are judged by `event-numbers`, not here. `Identify` and `Group`, whose
 * names the CDP fixes, are not checked.
 */
export const eventCasing: EventRule<'RK2005'> = {
  id: 'event-casing',
  code: 'RK2005',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'event',
  docs: {
    summary: 'Event names follow `conventions.event.casing`.',
    why: 'One casing keeps event names predictable in the CDP, the warehouse and the generated tracking functions.',
    fix: 'Rename the event as the message suggests, or change `conventions.event.casing`.',
    ok: example({ id: 'shop/CTA_Clicked/1-0.json', name: 'CTA Clicked', conventions: { event: { casing: 'title' } } }),
    notOk: example({ id: 'shop/cta_clicked/1-0.json', name: 'cta clicked', conventions: { event: { casing: 'title' } } }),
  },
  check(event, ctx) {
    const { casing } = ctx.conventions.event;
    if (casing === 'any' || hasFixedName(event) || isCasing(event.name, casing)) return;
    ctx.report({ name: event.name, casing, suggestion: suggestCasing(event.name, casing) }, fieldLocation(event, 'name'));
  },
};
