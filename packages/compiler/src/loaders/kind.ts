import { EVENT_KINDS, type EventKind } from '../ir/types.js';

/** Whether a value is one of the IR's event kinds. */
export function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && (EVENT_KINDS as readonly string[]).includes(value);
}

/**
 * The Segment call an event describes, from its name: Python Reflekt named the identify and group
 * schemas `Identify` and `Group`, and templated `Page Viewed`/`Screen Viewed` into the `pages` and
 * `screens` tables. Names are compared case-insensitively, ignoring spaces, `_` and `-`, so
 * `page_viewed` and `PageViewed` match too. Everything else is a track call.
 */
export function inferKind(name: string): EventKind {
  switch (name.toLowerCase().replace(/[\s_-]+/g, '')) {
    case 'identify':
      return 'identify';
    case 'group':
      return 'group';
    case 'page':
    case 'pageviewed':
      return 'page';
    case 'screen':
    case 'screenviewed':
      return 'screen';
    default:
      return 'track';
  }
}
