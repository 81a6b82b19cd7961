/**
 * @packageDocumentation
 * Placeholder for `@reflekt/plugin-types` (emitter: typed tracking functions that apps import). It exports nothing until the plugin is built.
 */
export {};
