/**
 * @packageDocumentation
 * Placeholder for `@reflekt/plugin-registry` (emitter and runtime: schemas, precompiled validators, and a validating Segment-compatible registry). It exports nothing until the plugin is built.
 */
export {};
