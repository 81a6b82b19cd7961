import type { DiagnosticData } from '@reflekt/compiler';

const entry = <P>(data: DiagnosticData<P>): DiagnosticData<P> => data;

/** Diagnostics of `reflekt replay` (RK516x). Listed in the package README. */
export const REPLAY_CATALOG = {
  RK5160: entry<{ input: string; detail: string }>({
    title: 'replay-input-unreadable',
    severity: 'error',
    message: (p) => `Cannot read the dead-lettered events in \`${p.input}\`: ${p.detail}`,
    hint: 'Pass an NDJSON file written by the invalid destination, or the s3://bucket/prefix it stores objects under.',
    docs: '`reflekt replay` reads the records an invalid destination wrote (kind "reflekt.invalid").',
  }),
  RK5161: entry<{ detail: string }>({
    title: 'replay-settings',
    severity: 'error',
    message: (p) => `\`reflekt replay\` cannot start: ${p.detail}`,
    hint: 'Check --schemas, --valid and --invalid (or REFLEKT_SCHEMAS, REFLEKT_VALID, REFLEKT_INVALID).',
    docs: 'Replay uses the same schema location and destinations as `reflekt serve`.',
  }),
  RK5162: entry<{ count: number; input: string }>({
    title: 'replay-skipped-lines',
    severity: 'warning',
    message: (p) => `${p.count} line(s) of \`${p.input}\` are not dead-letter records of this registry and were left as they are.`,
    hint: 'Only records written with `violationFormat: "reflekt"` can be replayed; Segment "Violation Generated" events cannot.',
    docs: 'Lines that are not JSON objects with `kind: "reflekt.invalid"` and a `payload` are kept in the input untouched.',
  }),
  RK5163: entry<{ destination: string; detail: string }>({
    title: 'replay-forward-failed',
    severity: 'error',
    message: (p) => `Replayed events could not be handed to ${p.destination}: ${p.detail}`,
    hint: 'Nothing was removed from the input; run the replay again once the destination is reachable (it dedupes on messageId).',
    docs: 'The input is only rewritten after every now-valid event was forwarded and every still-invalid one written back.',
  }),
} as const;
