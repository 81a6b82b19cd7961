import type { EventSchema } from '../../ir/types.js';
import { fieldLocation, relatedLocation } from '../locate.js';
import type { PlanRule } from '../types.js';
import { example } from './example.js';

/** The vendor most events of a plan use; on a tie, the vendor of the first event (in id order). */
function planVendor(events: readonly EventSchema[]): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestCount = 0;
  for (const e of events) {
    const n = (counts.get(e.vendor) ?? 0) + 1;
    counts.set(e.vendor, n);
    if (n > bestCount) {
      best = e.vendor;
      bestCount = n;
    }
  }
  return best;
}

/**
 * `id-path-self`: a schema's identity agrees everywhere it is written. The loaders already check
 * `$id` against the path (RK1004) and an Iglu `self` against its path (RK1011);
 * `event-name-matches-id` and `event-version-matches-id` check `self.name` and `self.version`.
 * What is left is the vendor: every event of one plan has the same `self.vendor`.
 */
export const idPathSelf: PlanRule<'RK2022'> = {
  id: 'id-path-self',
  code: 'RK2022',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'plan',
  docs: {
    summary: 'The events of one plan share one `self.vendor` (the rest of `$id` ↔ path ↔ `self` is checked on load).',
    why: 'The vendor is part of a schema’s identity: its Iglu URI (`iglu:com.example/order_completed/jsonschema/1-0-0`) and its registry key. A plan whose events, or whose versions of one event, name different vendors publishes schemas that do not belong together.',
    fix: 'Set `self.vendor` to the plan’s vendor, or move the schema to a plan of its own vendor.',
    ok: example({
      id: 'shop/Order_Completed/2-0.json',
      name: 'Order Completed',
      also: [example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed' })],
    }),
    notOk: example({
      id: 'shop/Order_Completed/2-0.json',
      name: 'Order Completed',
      self: { vendor: 'com.example.app' },
      also: [
        example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed' }),
        example({ id: 'shop/Cart_Viewed/1-0.json', name: 'Cart Viewed' }),
      ],
    }),
  },
  check(plan, ctx) {
    const byPlan = new Map<string, EventSchema[]>();
    for (const event of plan.events) {
      const list = byPlan.get(event.plan);
      if (list) list.push(event);
      else byPlan.set(event.plan, [event]);
    }
    for (const [name, events] of byPlan) {
      const expected = planVendor(events);
      const reference = events.find((e) => e.vendor === expected);
      for (const event of events) {
        if (event.vendor === expected || reference === undefined || ctx.isSuppressed(event)) continue;
        const related = relatedLocation(
          ctx.sources,
          fieldLocation(reference, 'vendor'),
          `\`${reference.name}\` uses vendor \`${expected}\``,
        );
        ctx.report(
          { name: event.name, vendor: event.vendor, plan: name, expected },
          { ...fieldLocation(event, 'vendor'), related: [related] },
        );
      }
    }
  },
};
