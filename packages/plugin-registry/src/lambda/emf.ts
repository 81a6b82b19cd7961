/** The CloudWatch namespace the registry's metrics land in; the template's alarms read from it. */
export const METRICS_NAMESPACE = 'Reflekt/Registry';

/** Counts of one invocation (one HTTP request, any number of events). */
export interface InvocationMetrics {
  /** Events in the request. */
  readonly events: number;
  readonly valid: number;
  readonly invalid: number;
  /** Invalid because the named schema does not exist (a subset of `invalid`). */
  readonly unknownSchema: number;
  /** HTTP status answered. */
  readonly status: number;
  /** Handler time in ms, from event arrival in the function to the answer. */
  readonly durationMs: number;
  /** Per schema id: valid and invalid counts (kept as log properties, not as metrics: one line per invocation). */
  readonly bySchema?: Readonly<Record<string, { readonly valid: number; readonly invalid: number }>>;
  readonly cacheHits?: number;
  readonly cacheMisses?: number;
}

/** Metric names in the EMF line, with units; the alarm expressions use these names. */
export const METRIC_NAMES = {
  events: 'Events',
  valid: 'ValidEvents',
  invalid: 'InvalidEvents',
  unknownSchema: 'UnknownSchemaEvents',
  durationMs: 'HandlerDuration',
} as const;

/**
 * One CloudWatch Embedded Metric Format line for one invocation: CloudWatch extracts the metrics
 * from the function's log without any API call, and the per-schema counts stay searchable in
 * Logs Insights. Dimension: the function name, so alarms can target one deployment.
 */
export function emfLine(functionName: string, metrics: InvocationMetrics, timestamp: number): string {
  const document: Record<string, unknown> = {
    _aws: {
      Timestamp: timestamp,
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [['FunctionName']],
          Metrics: [
            { Name: METRIC_NAMES.events, Unit: 'Count' },
            { Name: METRIC_NAMES.valid, Unit: 'Count' },
            { Name: METRIC_NAMES.invalid, Unit: 'Count' },
            { Name: METRIC_NAMES.unknownSchema, Unit: 'Count' },
            { Name: METRIC_NAMES.durationMs, Unit: 'Milliseconds' },
          ],
        },
      ],
    },
    FunctionName: functionName,
    [METRIC_NAMES.events]: metrics.events,
    [METRIC_NAMES.valid]: metrics.valid,
    [METRIC_NAMES.invalid]: metrics.invalid,
    [METRIC_NAMES.unknownSchema]: metrics.unknownSchema,
    [METRIC_NAMES.durationMs]: Math.round(metrics.durationMs * 1000) / 1000,
    status: metrics.status,
  };
  if (metrics.cacheHits !== undefined) document.cacheHits = metrics.cacheHits;
  if (metrics.cacheMisses !== undefined) document.cacheMisses = metrics.cacheMisses;
  if (metrics.bySchema) document.schemas = metrics.bySchema;
  return JSON.stringify(document);
}
