import type { EventSchema } from '../ir/types.js';

/**
 * Whether the CDP fixes the event's name (`Identify`, `Group`), so the event naming conventions
 * (casing, digits, reserved names) do not apply to it. Page and screen names are the user's.
 */
export function hasFixedName(event: EventSchema): boolean {
  return event.kind === 'identify' || event.kind === 'group';
}
