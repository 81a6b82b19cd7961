/**
 * @packageDocumentation
 * Placeholder for `@reflekt/plugin-avo` (source: pull a tracking plan from Avo's export API). It exports nothing until the plugin is built.
 */
export {};
