import type { SchemaVersion } from '../ir/types.js';

/** Reflekt's `MAJOR-MINOR`, with MAJOR ≥ 1 and no leading zeros (the meta-schema's pattern). */
const REFLEKT_VERSION = /^([1-9]\d*)-(0|[1-9]\d*)$/;
/** Iglu SchemaVer `MODEL-REVISION-ADDITION`, with MODEL ≥ 1. */
const SCHEMAVER = /^([1-9]\d*)-(0|[1-9]\d*)-(0|[1-9]\d*)$/;

/** Parses a Reflekt `MAJOR-MINOR` version; `undefined` when it is not one. */
export function parseReflektVersion(value: unknown): SchemaVersion | undefined {
  const match = typeof value === 'string' ? REFLEKT_VERSION.exec(value) : null;
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** Parses an Iglu SchemaVer `MODEL-REVISION-ADDITION`; `undefined` when it is not one. */
export function parseSchemaVer(value: unknown): SchemaVersion | undefined {
  const match = typeof value === 'string' ? SCHEMAVER.exec(value) : null;
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), addition: Number(match[3]) };
}
