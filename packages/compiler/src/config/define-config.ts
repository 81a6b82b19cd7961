import type { UserConfig } from './types.js';

/**
 * Types a `reflekt.config.ts`. Returns its argument unchanged.
 *
 * @example
 * ```ts
 * import { defineConfig } from '@reflekt/compiler';
 * export default defineConfig({ name: 'online_shop', vendor: 'com.example.shop', plugins: [] });
 * ```
 */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}
