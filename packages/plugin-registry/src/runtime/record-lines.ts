import type { Classified } from './classify.js';
import { type RawItem, rawLine } from './raw-batch.js';

/** `JSON.stringify` of each record; `undefined` when one is nested too deeply to serialise. */
export function serialize(records: readonly object[]): string[] | undefined {
  const lines = new Array<string>(records.length);
  try {
    for (let i = 0; i < records.length; i++) lines[i] = JSON.stringify(records[i]);
  } catch {
    return undefined;
  }
  return lines;
}

/**
 * The lines of the valid events: from the producer's own text where `rawBatchItems`
 * allowed it (serialising the records again was the largest cost of a request), else
 * serialised; `undefined` when one is nested too deeply to serialise.
 */
export function validLinesOf(
  classified: Classified,
  raw: readonly (RawItem | undefined)[] | undefined,
  receivedAt: string,
): string[] | undefined {
  if (raw === undefined) return serialize(classified.valid);
  const { valid, validIndexes } = classified;
  const lines = new Array<string>(valid.length);
  try {
    for (let i = 0; i < valid.length; i++) {
      const item = raw[validIndexes[i] as number];
      lines[i] = item === undefined ? JSON.stringify(valid[i]) : rawLine(item, receivedAt);
    }
  } catch {
    return undefined;
  }
  return lines;
}

/** The byte size of the largest event, or `-1` when one cannot be serialised. */
export function largestEvent(events: readonly unknown[]): number {
  let largest = 0;
  try {
    for (const event of events) {
      const text = JSON.stringify(event) ?? '';
      largest = Math.max(largest, Buffer.byteLength(text));
    }
  } catch {
    return -1;
  }
  return largest;
}
