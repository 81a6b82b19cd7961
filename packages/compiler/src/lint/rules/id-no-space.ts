import { fieldLocation } from '../locate.js';
import type { EventRule } from '../types.js';
import { example } from './example.js';

/** `id-no-space` (N2): a schema id (its path under `schemas/`) contains no space. */
export const idNoSpace: EventRule<'RK2002'> = {
  id: 'id-no-space',
  code: 'RK2002',
  defaultSeverity: 'error',
  suppressible: false,
  scope: 'event',
  docs: {
    summary: 'Schema ids contain no spaces.',
    why: 'An id is a file path, part of registry URLs and the source of warehouse and dbt names; spaces break all of them.',
    fix: 'Replace the spaces with `_` in `$id` and in the folder names.',
    ok: example({ id: 'jaffle_shop/Order_Completed/1-0.json', name: 'Order Completed' }),
    notOk: example({ id: 'jaffle shop/Order_Completed/1-0.json', name: 'Order Completed' }),
  },
  check(event, ctx) {
    if (event.id.includes(' ')) ctx.report({ id: event.id }, fieldLocation(event, 'id'));
  },
};
