import { rudderstackName } from '../naming/rudderstack.js';
import { segmentSnakecase } from '../naming/segment.js';
import { isReservedWord } from './reserved.js';
import type { Cdp, ColumnType, Warehouse } from './types.js';

/** Which kind of warehouse table a model reads (or, for `users`, derives from). */
export type TableKind = 'event' | 'tracks' | 'identifies' | 'users' | 'groups' | 'pages' | 'screens';

/** A column the CDP creates itself (not a plan property). */
export interface CommonColumn {
  /** Raw warehouse columns, coalesced in this order. */
  readonly raw: readonly string[];
  /** Column name in the model. */
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
}

/** A context column that can be added with the `contextColumns` option. */
export interface ContextColumn {
  readonly type: ColumnType;
  readonly description: string;
}

/**
 * How a CDP lays out events in a warehouse: table and column names, the columns it always
 * creates, and the property names it reserves for itself.
 */
export interface CdpLayout {
  readonly cdp: Cdp;
  /** The product name, for descriptions. */
  readonly label: string;
  /** The dbt source `loader`. */
  readonly loader: string;
  /** Table of a track event. */
  eventTable(eventName: string): string;
  /** Column of a plan property; `path` is the property names from the payload root. */
  column(path: readonly string[]): string;
  /** Normalizes a context column named in options (`ip`, `context.ip`, `context_ip`). */
  contextColumn(name: string): string;
  /** Column names the CDP fills itself: a property mapping to one is not loaded. */
  isReserved(column: string, kind: TableKind): boolean;
  /** The CDP's own columns a model of this kind selects, in order. */
  common(kind: TableKind): readonly CommonColumn[];
  /** Context fields the CDP documents, for `contextColumns: 'all'` and for descriptions. */
  readonly contextCatalog: ReadonlyMap<string, ContextColumn>;
  /** A context column holding the event's major version, when the CDP has one. */
  readonly versionColumn?: string;
}

const TABLE_OF_KIND: Record<Exclude<TableKind, 'event'>, string> = {
  tracks: 'tracks',
  identifies: 'identifies',
  users: 'users',
  groups: 'groups',
  pages: 'pages',
  screens: 'screens',
};

/** The warehouse table of a standard kind. */
export function standardTable(kind: Exclude<TableKind, 'event'>): string {
  return TABLE_OF_KIND[kind];
}

const s = (type: ColumnType, description: string): ContextColumn => ({ type, description });

/** Context fields of the Segment spec, as flattened columns. */
const SEGMENT_CONTEXT: [string, ContextColumn][] = [
  ['context_active', s('boolean', 'Whether the user was active when the call was made.')],
  ['context_app_name', s('string', 'Name of the app that made the call.')],
  ['context_app_version', s('string', 'Version of the app that made the call.')],
  ['context_app_build', s('string', 'Build of the app that made the call.')],
  ['context_campaign_name', s('string', 'Campaign name (`utm_campaign`) the user came from.')],
  ['context_campaign_source', s('string', 'Campaign source (`utm_source`) the user came from.')],
  ['context_campaign_medium', s('string', 'Campaign medium (`utm_medium`) the user came from.')],
  ['context_campaign_term', s('string', 'Campaign term (`utm_term`) the user came from.')],
  ['context_campaign_content', s('string', 'Campaign content (`utm_content`) the user came from.')],
  ['context_device_id', s('string', 'Id of the device.')],
  ['context_device_name', s('string', 'Name of the device.')],
  ['context_device_type', s('string', 'Type of the device (ios, android, …).')],
  ['context_device_manufacturer', s('string', 'Manufacturer of the device.')],
  ['context_device_model', s('string', 'Model of the device.')],
  ['context_device_advertising_id', s('string', 'Advertising id of the device.')],
  ['context_device_ad_tracking_enabled', s('boolean', 'Whether the device allows ad tracking.')],
  ['context_ip', s('string', 'IP address the call came from.')],
  ['context_library_name', s('string', 'Name of the tracking library that sent the call.')],
  ['context_library_version', s('string', 'Version of the tracking library that sent the call.')],
  ['context_locale', s('string', 'Locale of the user (`en-US`).')],
  ['context_location_city', s('string', 'City of the user.')],
  ['context_location_country', s('string', 'Country of the user.')],
  ['context_location_region', s('string', 'Region of the user.')],
  ['context_location_latitude', s('float', 'Latitude of the user.')],
  ['context_location_longitude', s('float', 'Longitude of the user.')],
  ['context_location_speed', s('float', 'Speed of the user.')],
  ['context_network_bluetooth', s('boolean', 'Whether bluetooth was on.')],
  ['context_network_carrier', s('string', 'Mobile carrier of the device.')],
  ['context_network_cellular', s('boolean', 'Whether the device was on a cellular network.')],
  ['context_network_wifi', s('boolean', 'Whether the device was on wifi.')],
  ['context_os_name', s('string', 'Operating system of the device.')],
  ['context_os_version', s('string', 'Version of the operating system.')],
  ['context_page_path', s('string', 'Path of the page the call was made on.')],
  ['context_page_referrer', s('string', 'Referrer of the page the call was made on.')],
  ['context_page_search', s('string', 'Query string of the page the call was made on.')],
  ['context_page_title', s('string', 'Title of the page the call was made on.')],
  ['context_page_url', s('string', 'URL of the page the call was made on.')],
  ['context_protocols_source_id', s('string', 'Id of the source whose tracking plan checked the call.')],
  ['context_protocols_violations', s('json', 'Tracking-plan violations found in the call (JSON array).')],
  ['context_protocols_omitted', s('json', 'Properties left out because the tracking plan does not allow them (JSON array).')],
  ['context_referrer_type', s('string', 'Type of the referrer.')],
  ['context_referrer_name', s('string', 'Name of the referrer.')],
  ['context_referrer_url', s('string', 'URL of the referrer.')],
  ['context_referrer_link', s('string', 'Link of the referrer.')],
  ['context_screen_density', s('float', 'Pixel density of the screen.')],
  ['context_screen_height', s('integer', 'Height of the screen in pixels.')],
  ['context_screen_width', s('integer', 'Width of the screen in pixels.')],
  ['context_timezone', s('string', 'Time zone of the user (`Europe/Berlin`).')],
  ['context_group_id', s('string', 'Group (account) the user belonged to.')],
  ['context_user_agent', s('string', 'User agent of the browser or device.')],
];

/** RudderStack documents a few context fields Segment does not have. */
const RUDDERSTACK_CONTEXT: [string, ContextColumn][] = [
  ...SEGMENT_CONTEXT.filter(([name]) => !name.startsWith('context_protocols_')),
  ['context_request_ip', s('string', 'IP address RudderStack received the request from.')],
  ['context_source_id', s('string', 'Id of the RudderStack source.')],
  ['context_source_type', s('string', 'Type of the RudderStack source.')],
  ['context_destination_id', s('string', 'Id of the RudderStack destination.')],
  ['context_destination_type', s('string', 'Type of the RudderStack destination.')],
];

function commonColumns(label: string, kind: TableKind): CommonColumn[] {
  const c = (raw: string | readonly string[], name: string, type: ColumnType, description: string): CommonColumn => ({
    raw: typeof raw === 'string' ? [raw] : raw,
    name,
    type,
    description,
  });
  const out: CommonColumn[] = [
    c(
      'id',
      'message_id',
      'string',
      `Id of the message (\`messageId\`), unique per call; ${label} may deliver a message twice, the model keeps one row per id.`,
    ),
  ];
  if (kind === 'groups') out.push(c('group_id', 'group_id', 'string', 'Id of the group (account, company) the call is about.'));
  out.push(
    c('anonymous_id', 'anonymous_id', 'string', 'Pseudonymous id of the visitor or device, set before the user is known.'),
    c('user_id', 'user_id', 'string', 'Id of the user, as the app set it with identify; null for anonymous visitors.'),
    c(
      'received_at',
      'received_at',
      'timestamp',
      `When ${label} received the call (UTC); the load time, used for freshness and incremental runs.`,
    ),
    c('sent_at', 'sent_at', 'timestamp', 'When the library sent the call, by the device clock.'),
    c('timestamp', 'tstamp', 'timestamp', 'When the call happened, corrected for device clock skew (UTC): the time to order events by.'),
    c(
      'original_timestamp',
      'original_timestamp',
      'timestamp',
      'When the call happened by the device clock, or the timestamp the app passed in.',
    ),
  );
  if (kind === 'event' || kind === 'tracks') {
    out.push(
      c('event', 'event', 'string', 'Event name as a table name (snake_case).'),
      c('event_text', 'event_name', 'string', 'Event name as the app sent it.'),
    );
  }
  if (kind === 'pages') out.push(c('name', 'name', 'string', 'Name of the page, as the app passed it to `page()`.'));
  if (kind === 'screens') out.push(c('name', 'name', 'string', 'Name of the screen, as the app passed it to `screen()`.'));
  return out;
}

const SEGMENT_RESERVED = new Set([
  'id',
  'anonymous_id',
  'user_id',
  'received_at',
  'sent_at',
  'timestamp',
  'original_timestamp',
  'event',
  'event_text',
  'uuid',
  'uuid_ts',
  'loaded_at',
]);

const RUDDERSTACK_RESERVED = new Set([
  'id',
  'anonymous_id',
  'user_id',
  'received_at',
  'sent_at',
  'timestamp',
  'original_timestamp',
  'event',
  'event_text',
  'uuid_ts',
  'channel',
]);

function normalizeContext(name: string, snake: (s: string) => string): string {
  const parts = name.split('.').filter(Boolean);
  const joined = parts.map(snake).join('_');
  return joined.startsWith('context_') ? joined : `context_${joined}`;
}

/** The warehouse layout of a CDP on a warehouse. */
export function layoutFor(cdp: Cdp, warehouse: Warehouse): CdpLayout {
  // Postgres cuts identifiers at 63 bytes; the CDPs' columns end up cut the same way.
  const max = warehouse === 'postgres' ? 63 : undefined;
  const cut = (name: string): string => (max === undefined ? name : name.slice(0, max));
  if (cdp === 'segment') {
    return {
      cdp,
      label: 'Segment',
      loader: 'segment',
      eventTable: (name) => cut(segmentSnakecase(name)),
      // Each key is snake-cased, then the keys are joined: `product.productId` → `product_product_id`.
      column: (path) => cut(path.map(segmentSnakecase).join('_')),
      contextColumn: (name) => normalizeContext(name, segmentSnakecase),
      isReserved: (column, kind) =>
        SEGMENT_RESERVED.has(column) || column.startsWith('context_') || (kind === 'groups' && column === 'group_id'),
      common: (kind) => commonColumns('Segment', kind),
      contextCatalog: new Map(SEGMENT_CONTEXT),
      versionColumn: 'context_protocols_event_version',
    };
  }
  // RudderStack snake-cases the joined key, then prefixes reserved SQL words with `_`.
  const escapeReserved = (name: string): string => (isReservedWord(warehouse, name) ? `_${name}` : name);
  return {
    cdp,
    label: 'RudderStack',
    loader: 'rudderstack',
    eventTable: (name) => escapeReserved(rudderstackName(name, max)),
    column: (path) => escapeReserved(rudderstackName(path.join('_'), max)),
    contextColumn: (name) => normalizeContext(name, (p) => rudderstackName(p)),
    isReserved: (column, kind) =>
      RUDDERSTACK_RESERVED.has(column) || column.startsWith('context_') || (kind === 'groups' && column === 'group_id'),
    common: (kind) => commonColumns('RudderStack', kind),
    contextCatalog: new Map(RUDDERSTACK_CONTEXT),
  };
}
