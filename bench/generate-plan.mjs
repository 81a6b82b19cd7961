#!/usr/bin/env node
/**
 * Writes a synthetic Reflekt project for benchmarks: a `reflekt.config.json`, the meta-schema and
 * N event schemas spread over a few plans, with the property mix of a real plan (enums, patterns,
 * formats, bounded numbers, booleans, nullable types, nested objects, arrays of objects).
 *
 * The output depends only on `events` and `seed`, never on the clock or the file system.
 *
 *   node bench/generate-plan.mjs <dir> <events> [seed]
 *
 * @module
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped whenever the output changes, so `run.mjs` regenerates cached plans. */
export const GENERATOR_VERSION = 1;

/** Name of the marker file written last; a plan without it is incomplete. */
export const MARKER = '.bench-plan.json';

const PLANS = ['web', 'ios', 'android', 'backend'];
const VENDOR = 'com.bench';

const ADJECTIVES = [
  'Account',
  'Annual',
  'Bulk',
  'Cart',
  'Catalog',
  'Checkout',
  'Customer',
  'Daily',
  'Delivery',
  'Digital',
  'Draft',
  'Express',
  'Family',
  'Featured',
  'Gift',
  'Guest',
  'Inventory',
  'Loyalty',
  'Marketing',
  'Member',
  'Mobile',
  'Monthly',
  'Partner',
  'Premium',
  'Promo',
  'Recurring',
  'Referral',
  'Retail',
  'Saved',
  'Seasonal',
  'Shared',
  'Store',
  'Support',
  'Team',
  'Trial',
  'Vendor',
  'Video',
  'Wallet',
  'Weekly',
  'Wholesale',
];
const NOUNS = [
  'Address',
  'Alert',
  'Article',
  'Badge',
  'Banner',
  'Basket',
  'Booking',
  'Bundle',
  'Campaign',
  'Card',
  'Category',
  'Coupon',
  'Comment',
  'Contract',
  'Credit',
  'Dashboard',
  'Discount',
  'Document',
  'Download',
  'Email',
  'Export',
  'Feed',
  'Filter',
  'Form',
  'Invoice',
  'Item',
  'Label',
  'List',
  'Message',
  'Note',
  'Notification',
  'Offer',
  'Order',
  'Page',
  'Password',
  'Payment',
  'Plan',
  'Playlist',
  'Product',
  'Profile',
  'Purchase',
  'Receipt',
  'Refund',
  'Report',
  'Review',
  'Reward',
  'Search',
  'Session',
  'Setting',
  'Shipment',
  'Subscription',
  'Survey',
  'Tag',
  'Task',
  'Ticket',
  'Token',
  'Tutorial',
  'Upload',
  'Voucher',
  'Widget',
];
const VERBS = [
  'Added',
  'Applied',
  'Approved',
  'Archived',
  'Cancelled',
  'Clicked',
  'Closed',
  'Completed',
  'Copied',
  'Created',
  'Declined',
  'Deleted',
  'Dismissed',
  'Downloaded',
  'Edited',
  'Expired',
  'Failed',
  'Opened',
  'Paused',
  'Printed',
  'Rated',
  'Received',
  'Removed',
  'Renewed',
  'Requested',
  'Resumed',
  'Scheduled',
  'Shared',
  'Started',
  'Submitted',
  'Updated',
  'Uploaded',
  'Verified',
  'Viewed',
];
const FIELD_WORDS = [
  'amount',
  'balance',
  'brand',
  'browser',
  'campaign',
  'channel',
  'city',
  'color',
  'count',
  'country',
  'coupon',
  'currency',
  'device',
  'discount',
  'duration',
  'email',
  'feature',
  'label',
  'language',
  'layout',
  'locale',
  'medium',
  'method',
  'name',
  'origin',
  'owner',
  'page',
  'partner',
  'plan',
  'platform',
  'position',
  'price',
  'priority',
  'quantity',
  'rank',
  'rating',
  'reason',
  'region',
  'revenue',
  'score',
  'section',
  'size',
  'sku',
  'source',
  'status',
  'step',
  'store',
  'tax',
  'theme',
  'tier',
  'title',
  'total',
  'variant',
  'version',
  'weight',
  'zone',
];
const FIELD_SUFFIXES = ['', '', '', 'code', 'key', 'ref', 'value', 'level', 'group', 'kind', 'at', 'label'];
const ENUM_WORDS = [
  'alpha',
  'basic',
  'blue',
  'bronze',
  'cancelled',
  'card',
  'desktop',
  'draft',
  'email',
  'gold',
  'green',
  'high',
  'low',
  'medium',
  'mobile',
  'none',
  'open',
  'organic',
  'paid',
  'pending',
  'platinum',
  'push',
  'red',
  'referral',
  'silver',
  'sms',
  'social',
  'standard',
  'tablet',
  'web',
];
const FORMATS = ['date-time', 'date', 'email', 'uri', 'uuid'];
const PATTERNS = ['^[A-Z]{3}-[0-9]{4,8}$', '^[a-z0-9_]{3,32}$', '^[A-Z]{2}$', '^#[0-9a-f]{6}$', '^v[0-9]+(\\.[0-9]+){0,2}$'];
const OWNERS = ['web-platform', 'mobile-core', 'growth', 'payments', 'data-platform', 'search'];
/** Names Segment reserves; generated property names avoid them. */
const RESERVED = new Set(['id', 'user_id', 'anonymous_id', 'event', 'type', 'timestamp', 'context', 'properties', 'traits']);

/**
 * mulberry32: a tiny, fast 32-bit PRNG. Same seed, same sequence, on every platform.
 * @param {number} seed
 * @returns {() => number} uniform floats in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers over one PRNG. */
function helpers(random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const sample = (list, n) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { random, int, pick, chance, sample };
}

/** Builds property schemas for one event. */
function propertyFactory(rnd) {
  const { random, int, pick, chance, sample } = rnd;

  /** A snake_case name not yet in `taken` and not reserved. */
  function fieldName(taken) {
    for (let attempt = 0; ; attempt++) {
      const suffix = pick(FIELD_SUFFIXES);
      let name = suffix ? `${pick(FIELD_WORDS)}_${suffix}` : pick(FIELD_WORDS);
      if (attempt > 20) name = `${name}_${attempt}`;
      if (!taken.has(name) && !RESERVED.has(name)) {
        taken.add(name);
        return name;
      }
    }
  }

  const words = (name) => name.replaceAll('_', ' ');

  /** A scalar property (string/integer/number/boolean), sometimes nullable. */
  function scalar(name) {
    const roll = random();
    let schema;
    if (roll < 0.16) schema = { type: 'string', description: `The ${words(name)} as free text.` };
    else if (roll < 0.32) {
      schema = {
        type: 'string',
        enum: sample(ENUM_WORDS, int(3, 6)).sort(),
        description: `The ${words(name)}, one of a fixed list of values.`,
      };
    } else if (roll < 0.42) {
      schema = { type: 'string', pattern: pick(PATTERNS), description: `The ${words(name)}, a code in a fixed shape.` };
    } else if (roll < 0.54) {
      const format = pick(FORMATS);
      schema = { type: 'string', format, description: `The ${words(name)}, formatted as ${format}.` };
    } else if (roll < 0.68) {
      const minimum = pick([0, 0, 1, -100]);
      schema = {
        type: 'integer',
        minimum,
        maximum: minimum + pick([10, 100, 1000, 1000000]),
        description: `The ${words(name)}, a whole number.`,
      };
    } else if (roll < 0.82) {
      schema = { type: 'number', minimum: 0, description: `The ${words(name)}, a decimal amount.` };
      if (chance(0.5)) schema.maximum = pick([1, 100, 10000]);
    } else schema = { type: 'boolean', description: `Whether the ${words(name)} flag was set.` };
    if (chance(0.15)) {
      schema.type = [schema.type, 'null'];
      if (schema.enum) schema.enum = [...schema.enum, null];
      schema.description += ' Null when unknown.';
    }
    return schema;
  }

  /** An object with `count` properties; `depth` > 0 allows one nested object inside. */
  function object(name, count, depth) {
    const taken = new Set();
    const properties = {};
    for (let i = 0; i < count; i++) {
      const key = fieldName(taken);
      properties[key] = depth > 0 && i === 0 ? object(key, int(2, 4), depth - 1) : scalar(key);
    }
    const required = Object.keys(properties).filter(() => chance(0.5));
    return {
      type: 'object',
      description: `Details of the ${words(name)}.`,
      properties,
      ...(required.length > 0 && { required }),
      additionalProperties: false,
    };
  }

  /** The top-level properties of one event: 8–15 of them. */
  function eventProperties() {
    const taken = new Set();
    const properties = {};
    const count = int(8, 15);
    // One nested object (2 levels) and one array of objects per event most of the time.
    const nestedAt = chance(0.8) ? int(0, count - 1) : -1;
    let arrayAt = chance(0.7) ? int(0, count - 1) : -1;
    if (arrayAt === nestedAt) arrayAt = -1;
    for (let i = 0; i < count; i++) {
      const key = fieldName(taken);
      if (i === nestedAt) properties[key] = object(key, int(3, 5), 1);
      else if (i === arrayAt) {
        const items = object(key, int(2, 5), 0);
        items.description = `One ${words(key)} entry.`;
        properties[key] = {
          type: 'array',
          description: `Every ${words(key)} entry, in display order.`,
          items,
        };
        if (chance(0.3)) properties[key].minItems = 1;
      } else if (chance(0.05)) {
        properties[key] = {
          type: 'array',
          description: `The ${words(key)} values.`,
          items: { type: 'string', description: `One ${words(key)} value.` },
        };
      } else properties[key] = scalar(key);
    }
    const keys = Object.keys(properties);
    const required = keys.filter(() => chance(0.4));
    if (required.length === 0) required.push(keys[0]);
    return { properties, required };
  }

  return { eventProperties };
}

/** The Reflekt meta-schema the bench project uses (as `reflekt init` writes it, plus kind/deprecated/lint). */
export function metaSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: '.reflekt/meta/1-0.json',
    description: 'Meta-schema for all Reflekt events',
    self: { vendor: 'reflekt', name: 'meta', format: 'jsonschema', version: '1-0' },
    type: 'object',
    allOf: [
      { $ref: 'http://json-schema.org/draft-07/schema#' },
      {
        properties: {
          self: {
            type: 'object',
            properties: {
              vendor: { type: 'string', description: 'The company, application, team or system that authored the schema.' },
              name: { type: 'string', description: 'The event name.' },
              format: { type: 'string', const: 'jsonschema', description: 'The format of the schema.' },
              version: {
                type: 'string',
                pattern: '^[1-9][0-9]*-(0|[1-9][0-9]*)$',
                description: 'The schema version, MAJOR-MINOR.',
              },
              metadata: {
                type: 'object',
                description: 'Metadata of the event.',
                properties: { code_owner: { type: 'string' }, product_owner: { type: 'string' } },
                required: ['code_owner'],
                additionalProperties: false,
              },
              kind: { type: 'string', enum: ['track', 'identify', 'group', 'page', 'screen'] },
              deprecated: { type: 'boolean' },
              lint: { anyOf: [{ const: false }, { type: 'array', items: { type: 'string' } }] },
              tests: {},
              metrics: {},
            },
            required: ['vendor', 'name', 'format', 'version', 'metadata'],
            additionalProperties: false,
          },
        },
        required: ['self', 'properties'],
      },
    ],
  };
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Writes a synthetic project into `dir` (its `schemas/` and `artifacts/` are replaced).
 *
 * @param {string} dir target folder (created if missing)
 * @param {{ events?: number, seed?: number }} [options] number of event schema files, PRNG seed
 * @returns {{ dir: string, events: number, seed: number, plans: string[], files: number }}
 */
export function generatePlan(dir, { events = 100, seed = 42 } = {}) {
  if (!Number.isInteger(events) || events < 1) throw new TypeError(`events must be a positive integer, got ${events}`);
  const random = mulberry32(seed);
  const rnd = helpers(random);
  const factory = propertyFactory(rnd);

  fs.rmSync(path.join(dir, MARKER), { force: true });
  fs.rmSync(path.join(dir, 'schemas'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'artifacts'), { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  writeJson(path.join(dir, 'reflekt.config.json'), { name: 'bench', vendor: VENDOR, outDir: 'artifacts' });
  writeJson(path.join(dir, 'schemas/.reflekt/meta/1-0.json'), metaSchema());

  const plans = PLANS.slice(0, Math.max(1, Math.min(PLANS.length, Math.ceil(events / 25))));
  const namesByPlan = new Map(plans.map((plan) => [plan, new Set()]));
  let written = 0;

  const write = (plan, name, version, kind, body) => {
    const folder = name.replaceAll(' ', '_');
    const id = `${plan}/${folder}/${version}.json`;
    const metadata = { code_owner: rnd.pick(OWNERS) };
    if (rnd.chance(0.5)) metadata.product_owner = `pm${rnd.int(1, 40)}@bench.example`;
    const self = { vendor: VENDOR, name, format: 'jsonschema', version, metadata };
    if (kind !== 'track') self.kind = kind;
    writeJson(path.join(dir, 'schemas', id), {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: id,
      description: `${name}: synthetic ${kind} event of the ${plan} plan, version ${version}.`,
      self,
      type: 'object',
      properties: body.properties,
      required: body.required,
      additionalProperties: false,
    });
    written++;
  };

  // The first plan carries the identify and group traits, as real plans do.
  if (events >= 20) {
    write(plans[0], 'Identify', '1-0', 'identify', factory.eventProperties());
    write(plans[0], 'Group', '1-0', 'group', factory.eventProperties());
    namesByPlan.get(plans[0]).add('Identify').add('Group');
  }

  while (written < events) {
    const plan = plans[written % plans.length];
    const taken = namesByPlan.get(plan);
    let name;
    do {
      const noun = rnd.pick(NOUNS);
      name = rnd.chance(0.35) ? `${noun} ${rnd.pick(VERBS)}` : `${rnd.pick(ADJECTIVES)} ${noun} ${rnd.pick(VERBS)}`;
    } while (taken.has(name));
    taken.add(name);
    const kind = name.endsWith('Viewed') && rnd.chance(0.2) ? rnd.pick(['page', 'screen']) : 'track';
    const v1 = factory.eventProperties();
    write(plan, name, '1-0', kind, v1);
    // About one event in six has later versions: a minor one that adds an optional property,
    // sometimes followed by a major one that makes it required.
    if (written < events && rnd.chance(0.17)) {
      const extra = `added_${rnd.pick(FIELD_WORDS)}`;
      const v11 = {
        properties: { ...v1.properties, [extra]: { type: 'string', description: `The ${extra}, added in 1-1.` } },
        required: v1.required,
      };
      write(plan, name, '1-1', kind, v11);
      if (written < events && rnd.chance(0.5)) write(plan, name, '2-0', kind, { ...v11, required: [...v11.required, extra] });
    }
  }

  const summary = { generator: GENERATOR_VERSION, events: written, seed, plans };
  writeJson(path.join(dir, MARKER), summary);
  return { dir, ...summary, files: written };
}

/** Whether `dir` holds a complete plan generated with these settings. */
export function isGenerated(dir, { events, seed = 42 }) {
  try {
    const marker = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
    return marker.generator === GENERATOR_VERSION && marker.events === events && marker.seed === seed;
  } catch {
    return false;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count, seed] = process.argv.slice(2);
  const events = Number(count);
  if (!dir || !Number.isInteger(events) || events < 1) {
    console.error('usage: node bench/generate-plan.mjs <dir> <events> [seed]');
    process.exit(2);
  }
  const started = performance.now();
  const result = generatePlan(path.resolve(dir), { events, ...(seed !== undefined && { seed: Number(seed) }) });
  const ms = Math.round(performance.now() - started);
  console.log(`wrote ${result.files} event schemas in ${result.plans.length} plan(s) to ${result.dir} (${ms} ms)`);
}
