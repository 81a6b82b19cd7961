import { defineConfig } from '@reflekt/compiler';
import dbt from '@reflekt/plugin-dbt';
import docs from '@reflekt/plugin-docs';
import types from '@reflekt/plugin-types';

/**
 * The online shop's tracking plan: Reflekt JSON schemas under `schemas/`, checked against the
 * naming conventions below by `reflekt lint`, and compiled into `artifacts/` by `reflekt build`:
 * the IR, a dbt package, typed tracking functions and a browsable catalog.
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
  ],
});
