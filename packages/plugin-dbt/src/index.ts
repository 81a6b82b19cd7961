/**
 * @packageDocumentation
 * Placeholder for `@reflekt/plugin-dbt` (emitter: a dbt package that models, documents and tests every event). It exports nothing until the plugin is built.
 */
export {};
