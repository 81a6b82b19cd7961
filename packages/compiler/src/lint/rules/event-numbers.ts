import { hasDigits, withoutDigits } from '../casing.js';
import { hasFixedName } from '../fixed-names.js';
import { fieldLocation } from '../locate.js';
import type { EventRule } from '../types.js';
import { example } from './example.js';

/**
 * `event-numbers` (N6): with `conventions.event.numbers: false`, event names have no digits.
 * Python Reflekt flagged digits whatever the setting (reference/reflekt.md §10.2); this honours it.
 */
export const eventNumbers: EventRule<'RK2006'> = {
  id: 'event-numbers',
  code: 'RK2006',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'event',
  docs: {
    summary: 'Event names have no digits when `conventions.event.numbers` is `false`.',
    why: 'Digits in event names usually encode a variant or a version that belongs in a property or in the schema version.',
    fix: 'Move the number into a property or the version, or set `conventions.event.numbers: true`.',
    ok: example({ id: 'shop/Step_Completed/1-0.json', name: 'Step Completed', conventions: { event: { numbers: false } } }),
    notOk: example({ id: 'shop/Step_2_Completed/1-0.json', name: 'Step 2 Completed', conventions: { event: { numbers: false } } }),
  },
  check(event, ctx) {
    if (ctx.conventions.event.numbers || hasFixedName(event) || !hasDigits(event.name)) return;
    ctx.report({ name: event.name, suggestion: withoutDigits(event.name) }, fieldLocation(event, 'name'));
  },
};
