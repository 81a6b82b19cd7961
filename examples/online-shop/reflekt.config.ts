import { defineConfig } from '@reflekt/compiler';
import dbt from '@reflekt/plugin-dbt';
import docs from '@reflekt/plugin-docs';
import registry from '@reflekt/plugin-registry';
import types from '@reflekt/plugin-types';

/**
 * The online shop's tracking plan: Reflekt JSON schemas under `schemas/`, checked against the
 * naming conventions below by `reflekt lint`, and compiled into `artifacts/` by `reflekt build`:
 * the IR, a dbt package, typed tracking functions, a browsable catalog, and the JSON Schemas
 * with precompiled validators that `reflekt push registry` uploads to S3.
 */
export default defineConfig({
  name: 'online_shop',
  vendor: 'com.example.shop',
  schemas: ['schemas'],
  outDir: 'artifacts',
  emitIr: true,
  conventions: {
    event: { casing: 'title', numbers: false, reserved: [] },
    property: {
      casing: 'snake',
      numbers: true,
      reserved: ['id', 'user_id', 'anonymous_id', 'event', 'type', 'timestamp', 'context'],
    },
    dataTypes: ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null'],
  },
  plugins: [
    // artifacts/dbt/online_shop: a dbt package with a staging model per event.
    dbt({ warehouse: 'snowflake' }),
    // artifacts/types: typed tracking functions, with runtime validation available.
    types({ validate: 'warn' }),
    // artifacts/docs: Markdown per event and a static, searchable HTML catalog (open index.html).
    docs(),
    // artifacts/schemas: JSON Schemas, precompiled validators and manifest.json; `reflekt push
    // registry` uploads them to this bucket (credentials from AWS_* env vars, never from here).
    // `reflekt serve` runs the validating registry locally on them; with `lambda`, the build also
    // writes artifacts/registry (handler.mjs, handler.zip, template.json) for `reflekt deploy`.
    registry({
      s3: { bucket: 'online-shop-tracking-schemas', prefix: 'schemas', region: 'eu-west-1' },
      lambda: {
        valid: 's3://online-shop-tracking-events/valid',
        invalid: 's3://online-shop-tracking-events/invalid',
        writeKeysParameter: '/online-shop/registry/write-keys',
      },
    }),
  ],
});
