import picomatch from 'picomatch';
import type { EventSchema } from '../ir/types.js';

/**
 * Keeps the events that a `--select` glob names: by id (`shop/Order_Completed/*`), by event name
 * (`Order Completed`), or by source file (`schemas/shop/**`). A leading `schemas/` is optional.
 */
export function selectEvents(events: readonly EventSchema[], globs: readonly string[]): EventSchema[] {
  const patterns = globs.flatMap((g) => {
    const clean = g.replace(/\/+$/, '');
    return [clean, `${clean}/**`];
  });
  const match = picomatch(patterns, { dot: true });
  return events.filter(
    (e) =>
      match(e.id) ||
      match(e.name) ||
      match(e.source.file) ||
      match(e.source.file.replace(/^schemas\//, '')) ||
      match(e.id.replace(/\.json$/, '')),
  );
}
