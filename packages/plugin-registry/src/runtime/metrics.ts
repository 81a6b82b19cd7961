import type { OutcomeSink } from './classify.js';
import type { SchemaCacheStats } from './schema-cache.js';

/** Upper bounds (seconds) of the latency histograms. */
const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] as const;

/** A Prometheus histogram with fixed buckets. */
class Histogram {
  readonly counts = new Array<number>(BUCKETS.length).fill(0);
  count = 0;
  sum = 0;
  observe(seconds: number): void {
    this.count++;
    this.sum += seconds;
    for (let i = 0; i < BUCKETS.length; i++) {
      if (seconds <= (BUCKETS[i] as number)) {
        this.counts[i] = (this.counts[i] as number) + 1;
        break;
      }
    }
  }
  render(name: string, labels: string, out: string[]): void {
    let cumulative = 0;
    const sep = labels === '' ? '' : ',';
    for (let i = 0; i < BUCKETS.length; i++) {
      cumulative += this.counts[i] as number;
      out.push(`${name}_bucket{${labels}${sep}le="${BUCKETS[i]}"} ${cumulative}`);
    }
    out.push(
      `${name}_bucket{${labels}${sep}le="+Inf"} ${this.count}`,
      `${name}_sum{${labels}} ${this.sum}`,
      `${name}_count{${labels}} ${this.count}`,
    );
  }
}

const escapeLabel = (value: string): string => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** Adds one to `map[key]`. */
const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/**
 * Counters and latencies of one registry, rendered as Prometheus text (`GET /metrics`). Events
 * are counted by schema only for schemas the store knows, so producers cannot blow up the label
 * set with made-up ids; unknown ones count under `schema=""`.
 */
export class RegistryMetrics implements OutcomeSink {
  /** Per schema id ('' for none): [valid, invalid]. */
  readonly #events = new Map<string, [number, number]>();
  readonly #invalidByCategory = new Map<string, number>();
  readonly #requests = new Map<string, number>();
  readonly #destinationFailures = new Map<string, number>();
  readonly #requestSeconds = new Histogram();
  readonly #destinationSeconds = new Map<string, Histogram>();

  constructor(private readonly cache: SchemaCacheStats) {}

  /** Counts one classified event. */
  outcome(schemaId: string | null, valid: boolean, category: string | null): void {
    const key = schemaId ?? '';
    let counts = this.#events.get(key);
    if (counts === undefined) {
      counts = [0, 0];
      this.#events.set(key, counts);
    }
    counts[valid ? 0 : 1]++;
    if (category !== null) bump(this.#invalidByCategory, category);
  }

  /** Counts one answered request and its handling time. */
  request(status: number, seconds: number): void {
    bump(this.#requests, String(status));
    this.#requestSeconds.observe(seconds);
  }

  /** Times one hand-over to a destination. */
  destination(name: string, seconds: number, ok: boolean): void {
    let histogram = this.#destinationSeconds.get(name);
    if (histogram === undefined) {
      histogram = new Histogram();
      this.#destinationSeconds.set(name, histogram);
    }
    histogram.observe(seconds);
    if (!ok) bump(this.#destinationFailures, name);
  }

  /** Event counts by outcome (`valid`/`invalid`) and schema id, for tests and logs. */
  eventCounts(): { valid: number; invalid: number } {
    let valid = 0;
    let invalid = 0;
    for (const counts of this.#events.values()) {
      valid += counts[0];
      invalid += counts[1];
    }
    return { valid, invalid };
  }

  /** The metrics in the Prometheus text exposition format (version 0.0.4). */
  render(): string {
    const out: string[] = [];
    const family = (name: string, type: string, help: string) => out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    family(
      'reflekt_registry_events_total',
      'counter',
      'Events classified, by outcome and schema id ("" when the schema is unknown or absent).',
    );
    for (const [schema, [valid, invalid]] of [...this.#events].sort(([a], [b]) => a.localeCompare(b))) {
      if (invalid > 0) out.push(`reflekt_registry_events_total{outcome="invalid",schema="${escapeLabel(schema)}"} ${invalid}`);
      if (valid > 0) out.push(`reflekt_registry_events_total{outcome="valid",schema="${escapeLabel(schema)}"} ${valid}`);
    }
    family('reflekt_registry_invalid_events_total', 'counter', 'Invalid events by the category of their first error.');
    for (const [category, n] of [...this.#invalidByCategory].sort())
      out.push(`reflekt_registry_invalid_events_total{category="${category}"} ${n}`);
    family('reflekt_registry_requests_total', 'counter', 'HTTP requests answered, by status code.');
    for (const [status, n] of [...this.#requests].sort()) out.push(`reflekt_registry_requests_total{status="${status}"} ${n}`);
    family('reflekt_registry_request_duration_seconds', 'histogram', 'Time from a request body being complete to its answer.');
    this.#requestSeconds.render('reflekt_registry_request_duration_seconds', '', out);
    family('reflekt_registry_schema_cache_total', 'counter', 'Schema cache look-ups by result.');
    out.push(
      `reflekt_registry_schema_cache_total{result="hit"} ${this.cache.hits}`,
      `reflekt_registry_schema_cache_total{result="negative_hit"} ${this.cache.negativeHits}`,
      `reflekt_registry_schema_cache_total{result="miss"} ${this.cache.misses}`,
    );
    family('reflekt_registry_schema_store_reads_total', 'counter', 'Reads from the schema store.');
    out.push(`reflekt_registry_schema_store_reads_total ${this.cache.loads}`);
    family('reflekt_registry_schema_store_errors_total', 'counter', 'Schema store reads that failed (store unavailable).');
    out.push(`reflekt_registry_schema_store_errors_total ${this.cache.storeErrors}`);
    family('reflekt_registry_schema_store_read_seconds_total', 'counter', 'Time spent reading the schema store.');
    out.push(`reflekt_registry_schema_store_read_seconds_total ${this.cache.loadSeconds}`);
    family('reflekt_registry_destination_failures_total', 'counter', 'Hand-overs a destination refused or failed.');
    for (const [name, n] of [...this.#destinationFailures].sort())
      out.push(`reflekt_registry_destination_failures_total{destination="${escapeLabel(name)}"} ${n}`);
    family('reflekt_registry_destination_duration_seconds', 'histogram', 'Time to hand one request’s records to a destination.');
    for (const [name, histogram] of [...this.#destinationSeconds].sort(([a], [b]) => a.localeCompare(b))) {
      histogram.render('reflekt_registry_destination_duration_seconds', `destination="${escapeLabel(name)}"`, out);
    }
    return `${out.join('\n')}\n`;
  }
}
