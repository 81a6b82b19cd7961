/**
 * @packageDocumentation
 * The breaking-change check (`reflekt breaking --against <ref|dir>`): reads another version of
 * the plan (a git revision or a folder), pairs its schemas with the current ones, diffs each
 * pair of payload schemas, classifies every change (FULL / BACKWARD / FORWARD / NONE, in strict
 * or lenient mode) and checks that each schema's version reflects its changes.
 */
export { type BreakingOptions, type BreakingResult, breaking, checkBreaking } from './check-breaking.js';
export { combine, compatibilityOf, isBreaking, requiredBump } from './compatibility.js';
export { type DiffOptions, diffSchemas } from './diff-schema.js';
export { compareVersions, type EventPair, eventKey, type Pairing, pairEvents } from './pair-events.js';
export type {
  ActualBump,
  BreakingChange,
  BreakingMode,
  ChangeKind,
  ChangePosition,
  Compatibility,
  SchemaChange,
  SchemaComparison,
  VersionBump,
} from './types.js';
export { checkVersion, type VersionVerdict } from './version-check.js';
