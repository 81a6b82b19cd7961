export { currentVersions } from './current-schemas.js';
export { type DeadLetterBatch, parseDeadLetters } from './dead-letters.js';
export { REPLAY_CATALOG } from './diagnostics.js';
export { type Revalidated, type RevalidateOptions, revalidate } from './revalidate.js';
export { runReplay } from './tap.js';
