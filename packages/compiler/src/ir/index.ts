export * from './json-schema.js';
export * from './types.js';
export * from './plan.js';
