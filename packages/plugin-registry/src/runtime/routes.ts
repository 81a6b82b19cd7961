/** What a request path asks for. */
export type Route =
  | { readonly kind: 'batch' }
  | { readonly kind: 'single'; readonly type: MessageType }
  | { readonly kind: 'health' }
  | { readonly kind: 'metrics' }
  | { readonly kind: 'purge' };

/** Segment message types. */
export type MessageType = 'track' | 'identify' | 'page' | 'screen' | 'group' | 'alias';

/** The Segment message types, for membership tests. */
export const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>(['track', 'identify', 'page', 'screen', 'group', 'alias']);

const BATCH: Route = { kind: 'batch' };
const single = (type: MessageType): Route => ({ kind: 'single', type });

/** Last path segment → route. One-letter forms are analytics.js's (`/t`, `/i`, …). */
const BY_LAST_SEGMENT: ReadonlyMap<string, Route> = new Map<string, Route>([
  ['batch', BATCH],
  ['import', BATCH],
  ['b', BATCH],
  ['track', single('track')],
  ['t', single('track')],
  ['identify', single('identify')],
  ['i', single('identify')],
  ['page', single('page')],
  ['p', single('page')],
  ['screen', single('screen')],
  ['s', single('screen')],
  ['group', single('group')],
  ['g', single('group')],
  ['alias', single('alias')],
  ['a', single('alias')],
  ['health', { kind: 'health' }],
  ['metrics', { kind: 'metrics' }],
  ['purge', { kind: 'purge' }],
]);

/**
 * Routes by the last segment of the path, so any base path works (`/v1/batch`, `/b`,
 * `/prod/v1/t`, `/api/segment/v1/import`); a trailing slash is ignored.
 */
export function matchRoute(path: string): Route | undefined {
  let end = path.length;
  if (end > 1 && path.charCodeAt(end - 1) === 47 /* / */) end--;
  const start = path.lastIndexOf('/', end - 1) + 1;
  return BY_LAST_SEGMENT.get(path.slice(start, end));
}
