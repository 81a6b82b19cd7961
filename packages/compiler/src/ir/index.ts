export * from './json-schema.js';
export * from './plan.js';
export * from './types.js';
