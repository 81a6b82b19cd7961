export * from './catalog/index.js';
export * from './diagnostics.js';
export * from './reflekt-error.js';
export type * from './types.js';
