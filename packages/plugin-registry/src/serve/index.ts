/**
 * `reflekt serve`: the command tap, its options and diagnostics.
 *
 * @module
 */
export { SERVE_CATALOG } from './diagnostics.js';
export { type ServeOptions, serveOptionsSchema } from './options.js';
export { DEFAULT_HOST, DEFAULT_PORT, type ServeContextOptions } from './settings.js';
export { runServe } from './tap.js';
