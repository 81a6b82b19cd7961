import type { OutcomeSink } from '../runtime/classify.js';
import type { InvocationMetrics } from './emf.js';

/**
 * Counts the outcomes of one invocation's events. A Lambda container runs one invocation at a
 * time, so the counter is reset at the start of each and read at its end.
 */
export class InvocationCounter implements OutcomeSink {
  events = 0;
  valid = 0;
  invalid = 0;
  unknownSchema = 0;
  bySchema: Record<string, { valid: number; invalid: number }> = {};

  outcome(schemaId: string | null, valid: boolean, category: string | null): void {
    this.events++;
    if (valid) this.valid++;
    else this.invalid++;
    if (category === 'Schema-Not-Found') this.unknownSchema++;
    if (schemaId !== null) {
      const counts = this.bySchema[schemaId] ?? { valid: 0, invalid: 0 };
      this.bySchema[schemaId] = counts;
      if (valid) counts.valid++;
      else counts.invalid++;
    }
  }

  reset(): void {
    this.events = 0;
    this.valid = 0;
    this.invalid = 0;
    this.unknownSchema = 0;
    this.bySchema = {};
  }

  /** The invocation's metrics, with the answer's status and the handler time. */
  snapshot(status: number, durationMs: number, cache?: { hits: number; misses: number }): InvocationMetrics {
    return {
      events: this.events,
      valid: this.valid,
      invalid: this.invalid,
      unknownSchema: this.unknownSchema,
      status,
      durationMs,
      bySchema: this.bySchema,
      ...(cache ? { cacheHits: cache.hits, cacheMisses: cache.misses } : {}),
    };
  }
}
