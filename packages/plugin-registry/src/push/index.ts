export { type Change, type ChangeAction, planChanges } from './changes.js';
export { PUSH_CATALOG } from './diagnostics.js';
export { pushRegistry } from './push.js';
export { SHA256_METADATA } from './remote.js';
