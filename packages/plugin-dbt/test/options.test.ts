import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diagnosticLines } from '@reflekt/compiler/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import dbt, { resolveOptions } from '../src/index.js';
import { renderValue } from './helpers/dbt-harness.js';
import { cleanupCopies, copyExample, emitDbt } from './helpers/example.js';

const dirs: string[] = [];
afterAll(() => {
  cleanupCopies();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A one-event project with the property names that trip warehouse naming up. */
function trickyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reflekt-dbt-tricky-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'reflekt.config.json'), JSON.stringify({ name: 'app', vendor: 'com.example' }));
  mkdirSync(path.join(dir, 'schemas/app/Thing_Done'), { recursive: true });
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'app/Thing_Done/1-0.json',
    description: 'A thing was done.',
    self: { vendor: 'com.example', name: 'Thing Done', format: 'jsonschema', version: '1-0', metadata: {} },
    type: 'object',
    definitions: { money: { type: 'number', description: 'An amount.' } },
    properties: {
      user_id: { type: 'string', description: 'Collides with the user id Segment fills.' },
      productId: { type: 'string', description: 'Camel case.' },
      product_id: { type: 'string', description: 'Snake case, same column.' },
      message_id: { type: 'string', description: 'Has the name of a model column.' },
      price: { $ref: '#/definitions/money', description: 'Price of the thing.' },
      size: { anyOf: [{ type: 'integer', enum: [1, 2, 3] }, { type: 'null' }], description: 'Nullable integer enum.' },
      kind: { const: 'thing', description: 'Always `thing`.' },
      'Item Count': { type: 'integer', description: 'A name with a space.' },
      meta: { type: 'object', description: 'Free-form: no columns.' },
      address: {
        type: 'object',
        description: 'Nested.',
        properties: {
          geo: {
            type: 'object',
            description: 'Coordinates.',
            properties: { lat: { type: 'number', description: 'Latitude.' } },
            required: ['lat'],
          },
        },
        required: ['geo'],
      },
    },
    required: ['kind', 'address', 'size'],
    additionalProperties: false,
  };
  writeFileSync(path.join(dir, 'schemas/app/Thing_Done/1-0.json'), JSON.stringify(schema, null, 2));
  return dir;
}

describe('options', () => {
  it('are validated', () => {
    expect(() => dbt({ warehouse: 'oracle' as never })).toThrow(/warehouse/);
    expect(() => dbt({ package: 'has-dash' })).toThrow(/package/);
    expect(() => dbt({ lookback: { count: 0, period: 'day' } })).toThrow(/lookback/);
    expect(() => dbt({ bogus: true } as never)).toThrow(/bogus/);
    expect(() => dbt()).not.toThrow();
  });

  it("take Python Reflekt's `artifacts.dbt` settings as defaults", () => {
    const legacyProject = {
      artifacts: {
        dbt: {
          sources: { prefix: '_src_' },
          models: { prefix: 'reflekt_', filter: 'where received_at < getdate()' },
          docs: { prefix: '_reflekt_', in_folder: true, tests: { id: ['unique', 'not_null'] } },
        },
      },
    };
    const r = resolveOptions({}, { name: 'Jaffle Shop', legacyProject });
    expect([r.package, r.prefixes, r.docsInFolder, r.filter, r.tests]).toEqual([
      'reflekt_jaffle_shop',
      { source: '_src_', model: 'reflekt_', docs: '_reflekt_' },
      true,
      'received_at < getdate()',
      { id: ['unique', 'not_null'] },
    ]);
    expect(resolveOptions({ prefixes: { model: 'stg_' } }, { name: 'x', legacyProject }).prefixes.model).toBe('stg_');
  });

  it('name files with the prefixes and put docs in a folder', async () => {
    const { files } = await emitDbt(copyExample(), {
      prefixes: { source: 'src_', model: 'base_', docs: 'doc_' },
      docsInFolder: true,
      package: 'shop',
    });
    expect([...files.keys()].filter((f) => f.includes('order_completed') || f.includes('src_'))).toEqual([
      'models/online_shop/base_online_shop__order_completed.sql',
      'models/online_shop/docs/doc_online_shop__order_completed.yml',
      'models/online_shop/docs/src_online_shop.yml',
    ]);
  });

  it('read the source from another schema and database per dbt target', async () => {
    const { files } = await emitDbt(copyExample(), {
      sources: [
        {
          schema: 'segment_shop',
          name: 'shop',
          database: 'raw',
          environments: { dev: { schema: 'segment_shop_dev' }, ci: { database: 'ci_raw' } },
        },
      ],
    });
    const source = parse(files.get('models/shop/__src_shop.yml') as string).sources[0];
    expect([renderValue(source.schema, 'dev'), renderValue(source.schema, 'prod'), renderValue(source.schema, 'ci')]).toEqual([
      'segment_shop_dev',
      'segment_shop',
      'segment_shop',
    ]);
    expect([renderValue(source.database, 'ci'), renderValue(source.database, 'prod')]).toEqual(['ci_raw', 'raw']);
    expect(files.has('models/shop/stg_shop__order_completed.sql')).toBe(true);
  });

  it('add extra tests, a filter and context columns', async () => {
    const { files, diagnostics } = await emitDbt(copyExample(), {
      warehouse: 'duckdb',
      filter: "received_at >= '2024-01-01'",
      contextColumns: ['ip', 'page.url', 'context_custom_field'],
      tests: { order_id: ['unique'], 'stg_online_shop__pages.url': ['not_null'], nowhere: ['unique'] },
    });
    const sql = files.get('models/online_shop/stg_online_shop__order_completed.sql') as string;
    expect(sql).toContain("where (received_at >= '2024-01-01')\n    {%- if is_incremental() %}\n      and received_at >=");
    expect(sql).toContain('as context_ip,');
    expect(sql).toContain('as context_page_url,');
    expect(sql).toContain('as context_custom_field,');
    const doc = parse(files.get('models/online_shop/_stg_online_shop__order_completed.yml') as string);
    expect(doc.models[0].columns.find((c: { name: string }) => c.name === 'order_id').data_tests).toEqual(['not_null', 'unique']);
    expect(diagnosticLines(diagnostics)).toEqual(['- RK4206']);
    expect(diagnostics[0]?.message).toBe('The `tests` option names `nowhere`, which no model has; its tests are left out.');
  });
});

describe('columns of a tricky plan', () => {
  it('follow the warehouse rules and say what they drop or rename', async () => {
    const { files, diagnostics } = await emitDbt(trickyProject(), { warehouse: 'duckdb', package: 'app' });
    expect(
      diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.code} ${d.severity}: ${d.message}`),
    ).toEqual([
      'schemas/app/Thing_Done/1-0.json:20:5 RK4201 warning: Property `user_id` of `Thing Done` lands in column `user_id`, which Segment fills itself, so Segment drops the property and the dbt model leaves it out.',
      'schemas/app/Thing_Done/1-0.json:28:5 RK4202 warning: Properties `productId` and `product_id` of `Thing Done` both land in column `product_id`; the model has it once.',
      'schemas/app/Thing_Done/1-0.json:32:5 RK4203 info: Property `message_id` of `Thing Done` (column `message_id`) has the name of a column the model derives itself, so the model calls it `_message_id`.',
    ]);
    const doc = parse(files.get('models/app/_stg_app__thing_done.yml') as string);
    const cols = Object.fromEntries(
      doc.models[0].columns.map((c: { name: string; data_type: string; data_tests?: unknown[] }) => [
        c.name,
        [c.data_type, c.data_tests ?? []],
      ]),
    );
    expect(cols).toMatchObject({
      product_id: ['varchar', []],
      _message_id: ['varchar', []],
      price: ['double', []],
      size: ['bigint', [{ accepted_values: { arguments: { values: ['1', '2', '3'], quote: false } } }]],
      kind: ['varchar', ['not_null', { accepted_values: { arguments: { values: ['thing'] } } }]],
      item_count: ['bigint', []],
      address_geo_lat: ['double', ['not_null']],
    });
    expect(Object.keys(cols)).not.toContain('user_id_1');
    expect(Object.keys(cols).filter((c) => c.startsWith('meta'))).toEqual([]);
    const sql = files.get('models/app/stg_app__thing_done.sql') as string;
    expect(sql).toContain('cast(message_id as varchar){% else %}cast(null as varchar){% endif %} as _message_id');
  });
});
