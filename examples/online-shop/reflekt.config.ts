import { defineConfig } from '@reflekt/compiler';

/**
 * The online shop's tracking plan: Reflekt JSON schemas under `schemas/`, checked against the
 * naming conventions below by `reflekt lint`, and compiled into `artifacts/` by `reflekt build`.
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
  plugins: [],
});
