import { formatVersion } from '../../ir/plan.js';
import type { EventSchema } from '../../ir/types.js';
import { fieldLocation, relatedLocation } from '../locate.js';
import type { PlanRule } from '../types.js';
import { example } from './example.js';

/**
 * `duplicate-event-name`: one plan does not define the same event name and version in two
 * files, nor one name with two kinds. (Two files with the same id are the compiler's RK1005.)
 * The first event in id order is the original; each later one is reported, with the original as
 * `related`.
 */
export const duplicateEventName: PlanRule<'RK2028'> = {
  id: 'duplicate-event-name',
  code: 'RK2028',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'plan',
  docs: {
    summary: 'One plan does not define an event name and version twice, nor one name with two kinds.',
    why: 'The CDP, the registry and the warehouse find events by name (and version). Two schemas for the same name and version make one of them silently win; one name used by a `track` and a `page` mixes two calls in one table. A copied folder whose `self.name` was not changed is the usual cause.',
    fix: 'Remove one of the two schemas, or rename one event (its `self.name`, folder and `$id`); give events of different kinds different names.',
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      also: [example({ id: 'shop/Order_Refunded/1-0.json', name: 'Order Refunded' })],
    }),
    notOk: example({
      id: 'shop/Order_Refunded/1-0.json',
      name: 'Order Completed',
      also: [example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed' })],
    }),
  },
  check(plan, ctx) {
    const firstByVersion = new Map<string, EventSchema>();
    const firstByName = new Map<string, EventSchema>();
    for (const event of plan.events) {
      const name = `${event.plan}\0${event.name}`;
      const version = `${name}\0${formatVersion(event.version)}`;
      const sameVersion = firstByVersion.get(version);
      const sameName = firstByName.get(name);
      if (!sameVersion) firstByVersion.set(version, event);
      // The first event of a name has nothing to be compared with (nor, then, a version twin).
      if (!sameName) {
        firstByName.set(name, event);
        continue;
      }
      if ((!sameVersion && sameName.kind === event.kind) || ctx.isSuppressed(event)) continue;
      if (sameVersion) {
        ctx.report(
          { name: event.name, version: formatVersion(event.version), kind: event.kind, otherKind: sameVersion.kind },
          {
            ...fieldLocation(event, 'name'),
            related: [relatedLocation(ctx.sources, fieldLocation(sameVersion, 'name'), 'first defined here')],
          },
        );
      } else {
        ctx.report(
          { name: event.name, version: null, kind: event.kind, otherKind: sameName.kind },
          {
            ...fieldLocation(event, 'name'),
            related: [relatedLocation(ctx.sources, fieldLocation(sameName, 'name'), `a \`${sameName.kind}\` here`)],
          },
        );
      }
    }
  },
};
