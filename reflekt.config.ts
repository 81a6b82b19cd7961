// The repository's own config: builds the bundled example plan from the repo root (`npx reflekt build`).
import { defineConfig } from '@reflekt/compiler';
import example from './examples/online-shop/reflekt.config.ts';

export default defineConfig({
  ...example,
  schemas: ['examples/online-shop/schemas'],
  outDir: 'artifacts',
});
