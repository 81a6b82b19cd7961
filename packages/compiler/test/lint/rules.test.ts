import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { createPlan } from '../../src/ir/plan.js';
import type { EventSchema } from '../../src/ir/types.js';
import { lintPlan } from '../../src/lint/index.js';
import { SourceFiles } from '../../src/source/source-files.js';
import { FIXTURES, lines, lintFixture, loadFixture, makeConfig } from './helpers.js';

/**
 * Per rule, `fixtures/lint/<rule-id>/schemas/{ok,not_ok}/…`: every finding, of every rule, with
 * its exact position. Nothing may be reported for an `ok/` file.
 */
const cases: [string, { want: string[] }][] = [
  [
    'meta-schema',
    {
      want: [
        'schemas/not_ok/Cart_Viewed/1-0.yaml:9:9 RK2001 meta-schema',
        'schemas/not_ok/Cart_Viewed/1-0.yaml:10:3 RK2001 meta-schema',
        'schemas/not_ok/Order_Completed/1-0.json:8:15 RK2001 meta-schema',
        'schemas/not_ok/Order_Completed/1-0.json:10:5 RK2001 meta-schema',
        'schemas/not_ok/Order_Completed/1-0.json:13:5 RK2001 meta-schema',
      ],
    },
  ],
  [
    'meta-schema-builtin',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:5:3 RK2001 meta-schema',
        'schemas/not_ok/Order_Completed/1-0.json:10:13 RK2001 meta-schema',
        'schemas/not_ok/Order_Completed/1-0.json:11:13 RK2001 meta-schema',
      ],
    },
  ],
  ['meta-schema-unusable', { want: ['schemas/.reflekt/meta/1-0.json:5:1 RK2015 meta-schema'] }],
  ['id-no-space', { want: ['schemas/not ok/Order_Completed/1-0.json:3:10 RK2002 id-no-space'] }],
  [
    'event-name-matches-id',
    {
      want: [
        'schemas/not_ok/Checkout_Started/1-0.json:7:13 RK2003 event-name-matches-id',
        'schemas/not_ok/Order_Complete/1-0.json:7:13 RK2003 event-name-matches-id',
      ],
    },
  ],
  [
    'event-version-matches-id',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:9:16 RK2004 event-version-matches-id',
        'schemas/not_ok/Order_Completed/2-0.json:9:16 RK2004 event-version-matches-id',
      ],
    },
  ],
  [
    'event-casing',
    {
      want: [
        'schemas/not_ok/Order__Viewed/1-0.json:7:13 RK2005 event-casing',
        'schemas/not_ok/order_completed/1-0.json:7:13 RK2005 event-casing',
        'schemas/not_ok/Order_completed/1-0.json:7:13 RK2005 event-casing',
      ],
    },
  ],
  [
    'event-numbers',
    {
      want: [
        'schemas/not_ok/Checkout_V2/1-0.json:7:13 RK2006 event-numbers',
        'schemas/not_ok/Step_2_Completed/1-0.json:7:13 RK2006 event-numbers',
      ],
    },
  ],
  [
    'event-reserved',
    {
      want: [
        'schemas/not_ok/Page_Viewed/1-0.json:7:13 RK2007 event-reserved',
        'schemas/not_ok/PAGE_VIEWED/1-0.json:7:13 RK2007 event-reserved',
      ],
    },
  ],
  [
    'event-description',
    {
      want: [
        'schemas/not_ok/Cart_Viewed/1-0.json:4:18 RK2008 event-description',
        'schemas/not_ok/Order_Completed/1-0.json:1:1 RK2008 event-description',
      ],
    },
  ],
  [
    'property-casing',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:14:5 RK2009 property-casing',
        'schemas/not_ok/Order_Completed/1-0.json:26:9 RK2009 property-casing',
        'schemas/not_ok/Order_Completed/1-0.json:38:11 RK2009 property-casing',
        'schemas/not_ok/Order_Completed/1-0.json:51:13 RK2009 property-casing',
        'schemas/not_ok/Order_Completed/1-0.json:62:5 RK2009 property-casing',
      ],
    },
  ],
  [
    'property-numbers',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:14:5 RK2010 property-numbers',
        'schemas/not_ok/Order_Completed/1-0.json:22:9 RK2010 property-numbers',
      ],
    },
  ],
  [
    'property-reserved',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:14:5 RK2011 property-reserved',
        'schemas/not_ok/Order_Completed/1-0.json:24:11 RK2011 property-reserved',
      ],
    },
  ],
  [
    'property-description',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:14:5 RK2012 property-description',
        'schemas/not_ok/Order_Completed/1-0.json:17:5 RK2012 property-description',
        'schemas/not_ok/Order_Completed/1-0.json:25:9 RK2012 property-description',
      ],
    },
  ],
  [
    'property-type',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:14:5 RK2013 property-type',
        'schemas/not_ok/Order_Completed/1-0.json:20:16 RK2013 property-type',
        'schemas/not_ok/Order_Completed/1-0.json:26:9 RK2013 property-type',
      ],
    },
  ],
  [
    'property-allowed-types',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:15:15 RK2014 property-allowed-types',
        'schemas/not_ok/Order_Completed/1-0.json:27:9 RK2014 property-allowed-types',
        'schemas/not_ok/Order_Completed/1-0.json:35:17 RK2014 property-allowed-types',
        'schemas/not_ok/Order_Completed/1-0.json:45:19 RK2014 property-allowed-types',
      ],
    },
  ],
  [
    'root-object',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:1:1 RK2016 root-object',
        'schemas/not_ok/Session_Ended/1-0.json:12:11 RK2016 root-object',
      ],
    },
  ],
  [
    'min-max',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:17:18 RK2017 min-max',
        'schemas/not_ok/Order_Completed/1-0.json:23:20 RK2017 min-max',
        'schemas/not_ok/Order_Completed/1-0.json:29:27 RK2017 min-max',
        'schemas/not_ok/Order_Completed/1-0.json:35:19 RK2017 min-max',
        'schemas/not_ok/Order_Completed/1-0.json:40:26 RK2017 min-max',
        'schemas/not_ok/Order_Completed/1-0.json:51:20 RK2017 min-max',
      ],
    },
  ],
  [
    'keyword-type-mismatch',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:17:7 RK2018 keyword-type-mismatch',
        'schemas/not_ok/Order_Completed/1-0.json:25:7 RK2018 keyword-type-mismatch',
        'schemas/not_ok/Order_Completed/1-0.json:33:7 RK2018 keyword-type-mismatch',
        'schemas/not_ok/Order_Completed/1-0.json:42:11 RK2018 keyword-type-mismatch',
        'schemas/not_ok/Order_Completed/1-0.json:43:11 RK2018 keyword-type-mismatch',
      ],
    },
  ],
  [
    'required-defined',
    {
      want: [
        'schemas/not_ok/Signed_Up/1-0.json:33:9 RK2019 required-defined',
        'schemas/not_ok/Signed_Up/1-0.json:39:5 RK2019 required-defined',
        'schemas/not_ok/Signed_Up/1-0.json:49:9 RK2019 required-defined',
      ],
    },
  ],
  [
    'unknown-format',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:17:17 RK2020 unknown-format',
        'schemas/not_ok/Order_Completed/1-0.json:26:21 RK2020 unknown-format',
      ],
    },
  ],
  [
    'optional-nullable',
    {
      want: [
        'schemas/not_ok/Order_Completed/1-0.json:18:5 RK2021 optional-nullable',
        'schemas/not_ok/Order_Completed/1-0.json:22:5 RK2021 optional-nullable',
        'schemas/not_ok/Order_Completed/1-0.json:44:9 RK2021 optional-nullable',
      ],
    },
  ],
  ['id-path-self', { want: ['schemas/not_ok/Order_Completed/2-0.json:6:15 RK2022 id-path-self'] }],
  [
    'version-sequence',
    {
      want: [
        'schemas/not_ok/Cart_Viewed/1-2.json:9:16 RK2023 version-sequence',
        'schemas/not_ok/Checkout_Started/3-0.json:9:16 RK2023 version-sequence',
        'schemas/not_ok/Order_Completed/2-0.json:9:16 RK2023 version-sequence',
      ],
    },
  ],
  [
    'regex-redos',
    {
      want: [
        'schemas/not_ok/Products_Searched/1-0.json:17:18 RK2024 regex-redos',
        'schemas/not_ok/Products_Searched/1-0.json:22:18 RK2024 regex-redos',
        'schemas/not_ok/Products_Searched/1-0.json:29:20 RK2024 regex-redos',
        'schemas/not_ok/Products_Searched/1-0.json:36:9 RK2024 regex-redos',
      ],
    },
  ],
  [
    'no-data-ref',
    {
      want: ['schemas/not_ok/Signed_Up/1-0.json:18:9 RK2025 no-data-ref', 'schemas/not_ok/Signed_Up/1-0.json:30:9 RK2025 no-data-ref'],
    },
  ],
  [
    'schema-limits',
    {
      want: [
        'schemas/not_ok/Cart_Viewed/1-0.json:1:1 RK2026 schema-limits',
        'schemas/not_ok/Order_Completed/1-0.json:22:13 RK2026 schema-limits',
        // `zip` is both too deep and the fourth property of a plan limited to three.
        'schemas/not_ok/Order_Completed/1-0.json:26:13 RK2026 schema-limits',
        'schemas/not_ok/Order_Completed/1-0.json:26:13 RK2026 schema-limits',
        'schemas/not_ok/Order_Completed/1-0.json:41:11 RK2026 schema-limits',
      ],
    },
  ],
  ['schema-id-const', { want: ['schemas/not_ok/Order_Completed/2-0.json:17:16 RK2027 schema-id-const'] }],
  [
    'duplicate-event-name',
    {
      want: [
        'schemas/not_ok/Home_Viewed/2-0.json:7:13 RK2028 duplicate-event-name',
        // The usual cause: a copied folder whose `self.name` was not changed.
        'schemas/not_ok/Order_Refunded/1-0.json:7:13 RK2003 event-name-matches-id',
        'schemas/not_ok/Order_Refunded/1-0.json:7:13 RK2028 duplicate-event-name',
      ],
    },
  ],
];

describe('lint rules on fixtures', () => {
  it.each(cases)('%s', async (name, { want }) => {
    const got = lines(await lintFixture(loadFixture(name)));
    expect(got).toEqual(want);
    expect(got.filter((l) => l.startsWith('schemas/ok/'))).toEqual([]);
  });
});

describe('messages', () => {
  const messages = async (name: string) => (await lintFixture(loadFixture(name))).map((d) => [d.message, d.hint]);

  it('casing names the name, the convention and a fix', async () => {
    expect(await messages('event-casing')).toContainEqual([
      'Event name `order completed` is not Title Case, as `conventions.event.casing` requires.',
      'Rename it to `Order Completed`, or change `conventions.event.casing`.',
    ]);
    expect(await messages('property-casing')).toContainEqual([
      'Property `products[].productName` is not snake_case, as `conventions.property.casing` requires.',
      'Rename it to `product_name`, or change `conventions.property.casing`.',
    ]);
  });

  it('meta-schema findings say which field breaks which meta-schema', async () => {
    expect(await messages('meta-schema')).toContainEqual([
      '`self.metadata` is missing the required field `code_owner` (meta-schema `schemas/.reflekt/meta/1-0.json`).',
      'Fix the document at the position shown. Teams edit `schemas/.reflekt/meta/1-0.json` to require metadata such as `code_owner`; change it there if the rule itself is wrong.',
    ]);
    expect((await messages('meta-schema-builtin')).map(([m]) => m)).toEqual([
      '`self` is missing the required field `metadata` (built-in meta-schema).',
      '`self.kind` must be one of `track`, `identify`, `group`, `page`, `screen` (built-in meta-schema).',
      '`self.lint` does not match any of the allowed forms (built-in meta-schema).',
    ]);
  });

  it('digit findings suggest the name without digits', async () => {
    expect((await messages('event-numbers')).map(([, h]) => h)).toEqual([
      'Rename it without digits (for example `Checkout V`), or set `conventions.event.numbers: true`.',
      'Rename it without digits (for example `Step Completed`), or set `conventions.event.numbers: true`.',
    ]);
  });
});

describe('conventions', () => {
  it('allows digits with `numbers: true`, in names that pass the casing too (Python flagged them anyway)', async () => {
    const fixture = loadFixture('event-numbers', { conventions: { event: { numbers: true, casing: 'title' } } });
    expect(lines(await lintFixture(fixture))).toEqual([]);
  });

  it('allows untyped properties when `dataTypes` includes `any`', async () => {
    const fixture = loadFixture('property-type', {
      conventions: { dataTypes: ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null', 'any'] },
    });
    expect(lines(await lintFixture(fixture))).toEqual([]);
  });

  it('does not apply event naming conventions to `Identify` and `Group`', async () => {
    const fixture = loadFixture('event-casing', { conventions: { event: { casing: 'snake', reserved: ['identify'], numbers: false } } });
    const got = lines(await lintFixture(fixture));
    expect(got.filter((l) => l.includes('/Identify/'))).toEqual([]);
    expect(got).toContain('schemas/ok/CTA_Clicked/1-0.json:7:13 RK2005 event-casing');
  });
});

describe('severity from `lint.rules`', () => {
  const severities = async (setting: Parameters<typeof loadFixture>[1]) =>
    (await lintFixture(loadFixture('event-casing', setting))).map((d) => d.severity);

  it.each([
    ['default', undefined, ['error', 'error', 'error']],
    ['warn', 'warn', ['warning', 'warning', 'warning']],
    ['warning', 'warning', ['warning', 'warning', 'warning']],
    ['[info, options]', ['info', { note: 1 }], ['info', 'info', 'info']],
    ['off', 'off', []],
    ['[off, options]', ['off', {}], []],
  ] as const)('%s', async (_, setting, want) => {
    expect(await severities(setting === undefined ? {} : { lint: { rules: { 'event-casing': setting } } })).toEqual(want);
  });
});

describe('suppression', () => {
  it('`lint: false` on a property skips the property rules for it and its children; a list skips the rules it names', async () => {
    // fixtures/lint/property-casing/schemas/ok: `legacy` (lint: false) and `partner` (lint: [property-casing]) hold bad names.
    const fixture = loadFixture('property-casing', { conventions: { property: { casing: 'snake', reserved: ['deepname'] } } });
    expect(lines(await lintFixture(fixture)).filter((l) => l.startsWith('schemas/ok/'))).toEqual([]);
  });

  it('`self.lint` does not switch off `meta-schema` or `id-no-space`', async () => {
    const fixture = loadFixture('id-no-space');
    const events = fixture.plan.events.map((e) => ({ ...e, lint: false as const }));
    const got = lines(await lintFixture({ ...fixture, plan: { ...fixture.plan, events } }));
    expect(got).toEqual(['schemas/not ok/Order_Completed/1-0.json:3:10 RK2002 id-no-space']);
  });
});

describe('legacy YAML plans (sourceMap)', () => {
  it('reports at the file position the sourceMap gives (or below the nearest mapped ancestor), and at the `name` of a property item', async () => {
    const root = path.join(FIXTURES, 'legacy-source-map');
    const file = 'tracking-plans/shop/events/order-completed.yml';
    const sources = new SourceFiles(root);
    sources.set(file, readFileSync(path.join(root, file), 'utf8'));
    const event: EventSchema = {
      id: 'shop/Order_Completed/1-0.json',
      kind: 'track',
      name: 'order completed',
      vendor: 'com.example',
      plan: 'shop',
      version: { major: 1, minor: 0 },
      description: 'Sent when checkout succeeds.',
      metadata: {},
      format: 'legacy-yaml',
      schema: {
        type: 'object',
        properties: {
          orderId: { type: 'string', description: 'The order.' },
          total: { type: 'number' },
        },
      },
      source: { file, pointer: '/0' },
      sourceMap: { '': '/0', '/properties/orderId': '/0/properties/0', '/properties/total': '/0/properties/1' },
    };
    const plan = createPlan({ name: 'shop', vendor: 'com.example', events: [event], root, files: [file] });
    const config = makeConfig(root, {
      conventions: { event: { casing: 'title' }, property: { casing: 'snake' }, dataTypes: ['string', 'object'] },
    });
    const diagnostics = new Diagnostics(sources);
    await lintPlan(plan, { diagnostics, config, sources });
    expect(lines(diagnostics.all)).toEqual([
      `${file}:2:9 RK2005 event-casing`,
      `${file}:5:13 RK2009 property-casing`,
      `${file}:8:13 RK2012 property-description`,
      // `/properties/total/type` has no sourceMap entry: its mapped parent plus `/type`.
      `${file}:9:13 RK2014 property-allowed-types`,
    ]);
  });
});
