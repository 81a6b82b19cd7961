/**
 * @packageDocumentation
 * Placeholder for `@reflekt/plugin-docs` (emitter: Markdown and a static HTML catalog of the plan). It exports nothing until the plugin is built.
 */
export {};
