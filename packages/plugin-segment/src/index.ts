/**
 * @packageDocumentation
 * Placeholder for `@reflekt/plugin-segment` (source and sink: pull plans from Segment Protocols and push plans back). It exports nothing until the plugin is built.
 */
export {};
