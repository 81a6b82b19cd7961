import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { WAREHOUSES } from '../src/index.js';
import { cleanupCopies, copyExample, emitDbt, undeprecateOrderCompletedV1 } from './helpers/example.js';

afterAll(cleanupCopies);

describe('golden files: examples/online-shop', () => {
  it('emits the package byte for byte with the default options', async () => {
    const { files, diagnostics } = await emitDbt(copyExample());
    expect(diagnostics).toEqual([]);
    expect([...files.keys()]).toMatchInlineSnapshot(`
      [
        ".gitignore",
        "README.md",
        "dbt_project.yml",
        "models/online_shop/__src_online_shop.yml",
        "models/online_shop/_stg_online_shop__cart_viewed.yml",
        "models/online_shop/_stg_online_shop__checkout_started.yml",
        "models/online_shop/_stg_online_shop__coupon_applied.yml",
        "models/online_shop/_stg_online_shop__groups.yml",
        "models/online_shop/_stg_online_shop__identifies.yml",
        "models/online_shop/_stg_online_shop__order_completed.yml",
        "models/online_shop/_stg_online_shop__order_refunded.yml",
        "models/online_shop/_stg_online_shop__pages.yml",
        "models/online_shop/_stg_online_shop__product_added.yml",
        "models/online_shop/_stg_online_shop__product_viewed.yml",
        "models/online_shop/_stg_online_shop__products_searched.yml",
        "models/online_shop/_stg_online_shop__tracks.yml",
        "models/online_shop/_stg_online_shop__users.yml",
        "models/online_shop/stg_online_shop__cart_viewed.sql",
        "models/online_shop/stg_online_shop__checkout_started.sql",
        "models/online_shop/stg_online_shop__coupon_applied.sql",
        "models/online_shop/stg_online_shop__groups.sql",
        "models/online_shop/stg_online_shop__identifies.sql",
        "models/online_shop/stg_online_shop__order_completed.sql",
        "models/online_shop/stg_online_shop__order_refunded.sql",
        "models/online_shop/stg_online_shop__pages.sql",
        "models/online_shop/stg_online_shop__product_added.sql",
        "models/online_shop/stg_online_shop__product_viewed.sql",
        "models/online_shop/stg_online_shop__products_searched.sql",
        "models/online_shop/stg_online_shop__tracks.sql",
        "models/online_shop/stg_online_shop__users.sql",
        "reflekt_interface.json",
      ]
    `);
    for (const [file, text] of files) await expect(text).toMatchFileSnapshot(`__golden__/online-shop/${file}`);
  });

  it.each(WAREHOUSES)('writes the %s dialect', async (warehouse) => {
    const { files } = await emitDbt(copyExample(), { warehouse, materialized: 'incremental' });
    for (const model of ['stg_online_shop__order_completed', 'stg_online_shop__users']) {
      await expect(files.get(`models/online_shop/${model}.sql`)).toMatchFileSnapshot(`__golden__/dialects/${warehouse}/${model}.sql`);
    }
    await expect(files.get('dbt_project.yml')).toMatchFileSnapshot(`__golden__/dialects/${warehouse}/dbt_project.yml`);
  });

  it('splits an event by major version when several are live', async () => {
    const { files } = await emitDbt(copyExample(undeprecateOrderCompletedV1), { warehouse: 'duckdb' });
    for (const v of ['v1', 'v2']) {
      await expect(files.get(`models/online_shop/stg_online_shop__order_completed__${v}.sql`)).toMatchFileSnapshot(
        `__golden__/versioned/stg_online_shop__order_completed__${v}.sql`,
      );
      await expect(files.get(`models/online_shop/_stg_online_shop__order_completed__${v}.yml`)).toMatchFileSnapshot(
        `__golden__/versioned/_stg_online_shop__order_completed__${v}.yml`,
      );
    }
    expect(files.has('models/online_shop/stg_online_shop__order_completed.sql')).toBe(false);
  });

  it('writes the RudderStack layout and the dbt 1.8 YAML layout', async () => {
    const { files } = await emitDbt(copyExample(), { cdp: 'rudderstack', dbtVersion: '1.8', warehouse: 'redshift', docsInFolder: true });
    await expect(files.get('models/online_shop/docs/__src_online_shop.yml')).toMatchFileSnapshot(
      '__golden__/rudderstack-1.8/__src_online_shop.yml',
    );
    await expect(files.get('models/online_shop/docs/_stg_online_shop__product_added.yml')).toMatchFileSnapshot(
      '__golden__/rudderstack-1.8/_stg_online_shop__product_added.yml',
    );
    await expect(files.get('models/online_shop/stg_online_shop__product_added.sql')).toMatchFileSnapshot(
      '__golden__/rudderstack-1.8/stg_online_shop__product_added.sql',
    );
  });

  it('is deterministic', async () => {
    const dir = copyExample();
    const a = await emitDbt(dir);
    const b = await emitDbt(dir);
    expect([...b.files]).toEqual([...a.files]);
    rmSync(dir, { recursive: true, force: true });
  });
});
