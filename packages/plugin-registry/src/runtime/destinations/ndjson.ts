/** The records as NDJSON (one JSON document per line, each ending in `\n`). */
export function toNdjson(records: readonly object[], lines?: readonly string[]): string {
  const serialized = lines ?? records.map((record) => JSON.stringify(record));
  return serialized.length === 0 ? '' : `${serialized.join('\n')}\n`;
}

/** The records as a JSON array text, reusing serialised lines when given. */
export function toJsonArray(records: readonly object[], lines?: readonly string[]): string {
  return `[${(lines ?? records.map((record) => JSON.stringify(record))).join(',')}]`;
}
