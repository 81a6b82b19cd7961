import type { RegistryLimits } from './types.js';

/** Segment's limits (32 KB per event, 500 KB and 2,500 events per batch), 20 errors per invalid event, 30 s negative cache. */
export const DEFAULT_LIMITS: RegistryLimits = Object.freeze({
  maxEventBytes: 32 * 1024,
  maxBatchBytes: 500 * 1024,
  maxBatchEvents: 2500,
  maxErrors: 20,
  negativeCacheMs: 30_000,
});

/** The defaults with `overrides` applied. */
export function resolveLimits(overrides: Partial<RegistryLimits> | undefined): RegistryLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
