import type { InvalidRecord } from '../runtime/index.js';

/** The lines of one dead-letter object or file, split into replayable records and everything else. */
export interface DeadLetterBatch {
  /** File path or `s3://bucket/key`. */
  readonly origin: string;
  readonly records: InvalidRecord[];
  /** Lines that are not replayable records, kept verbatim. */
  readonly otherLines: string[];
}

/** A replayable record: a JSON object of kind `reflekt.invalid` that carries the event it failed for. */
function isInvalidRecord(value: unknown): value is InvalidRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Partial<InvalidRecord>;
  return (
    record.kind === 'reflekt.invalid' &&
    record.payload !== undefined &&
    typeof record.receivedAt === 'string' &&
    typeof record.source === 'string'
  );
}

/** Parses NDJSON text into a {@link DeadLetterBatch}. */
export function parseDeadLetters(origin: string, text: string): DeadLetterBatch {
  const records: InvalidRecord[] = [];
  const otherLines: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      otherLines.push(line);
      continue;
    }
    if (isInvalidRecord(parsed)) records.push(parsed);
    else otherLines.push(line);
  }
  return { origin, records, otherLines };
}
