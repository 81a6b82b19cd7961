import type { LoadContext } from '../compiler/contexts.js';
import type { JsonSchema, JsonValue } from '../ir/json-schema.js';
import type { EventKind, LintSuppression } from '../ir/types.js';
import { checkJsonSchema } from './json-schema-check.js';
import { inferKind, isEventKind } from './kind.js';
import type { PlanFile } from './read.js';

/** A plain (non-array) object, as parsed from JSON or YAML. */
export type JsonRecord = Record<string, unknown>;

/** Whether a parsed value is a plain object. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields of a self-describing document (Reflekt or Iglu) that do not decide where the event
 * sits in the plan: kind, metadata, lint suppression, deprecation, description. Problems are
 * reported; none of them stops the event from loading.
 */
export interface SelfFields {
  readonly kind: EventKind;
  readonly description: string;
  readonly metadata: { readonly [key: string]: JsonValue };
  readonly lint?: LintSuppression;
  readonly deprecated?: boolean;
}

/** Reads {@link SelfFields} from a document whose `self` block is `self`. */
export function readSelfFields(ctx: LoadContext, file: PlanFile, doc: JsonRecord, self: JsonRecord, name: string): SelfFields {
  const report = (field: string, detail: string, pointer: string) =>
    ctx.diagnostics.report('RK1006', { field, detail }, { file: file.rel, pointer });

  let kind = inferKind(name);
  if (self.kind !== undefined) {
    if (isEventKind(self.kind)) kind = self.kind;
    else report('self.kind', 'must be one of `track`, `identify`, `group`, `page`, `screen`', '/self/kind');
  }

  // Python Reflekt before 0.3.2 kept `metadata` at the top level; 0.3.2 moved it under `self`.
  let metadata: SelfFields['metadata'] = {};
  const inSelf = self.metadata !== undefined;
  const metadataValue = inSelf ? self.metadata : doc.metadata;
  if (isRecord(metadataValue)) metadata = metadataValue as SelfFields['metadata'];
  else if (metadataValue !== undefined && metadataValue !== null) {
    report(inSelf ? 'self.metadata' : 'metadata', 'must be an object', inSelf ? '/self/metadata' : '/metadata');
  }

  let lint: LintSuppression | undefined;
  if (self.lint === false) lint = false;
  else if (Array.isArray(self.lint) && self.lint.every((id) => typeof id === 'string')) lint = self.lint as string[];
  else if (self.lint !== undefined && self.lint !== true) report('self.lint', 'must be `false` or a list of rule ids', '/self/lint');

  // `self.deprecated` is Reflekt's; a top-level `deprecated` is the JSON Schema (2019-09) keyword.
  let deprecated: boolean | undefined;
  const deprecatedValue = self.deprecated ?? doc.deprecated;
  if (typeof deprecatedValue === 'boolean') deprecated = deprecatedValue;
  else if (self.deprecated !== undefined) report('self.deprecated', 'must be `true` or `false`', '/self/deprecated');

  return {
    kind,
    description: typeof doc.description === 'string' ? doc.description : '',
    metadata,
    ...(lint !== undefined && { lint }),
    ...(deprecated !== undefined && { deprecated }),
  };
}

/** Top-level keywords that describe the document, not the payload. */
const DOCUMENT_KEYS = new Set(['$schema', '$id', 'self', 'metadata']);

/**
 * The event's payload schema: the document minus `$schema`, `$id`, `self` and `metadata`, every
 * other keyword kept as written, in the order written. A missing `type` becomes `"object"` (added
 * first); a different `type` is reported (RK1006). The result is checked against the draft-07
 * meta-schema (RK1003 at the offending keyword). Returns `undefined` when the payload cannot be
 * used, and the event is then skipped. Payload pointers equal document pointers, since only
 * top-level keys are dropped, so reports point straight into the file.
 */
export function payloadSchema(ctx: LoadContext, file: PlanFile, doc: JsonRecord): JsonSchema | undefined {
  const payload: JsonRecord = 'type' in doc ? {} : { type: 'object' };
  for (const key of Object.keys(doc)) if (!DOCUMENT_KEYS.has(key)) payload[key] = doc[key];
  if (payload.type !== 'object') {
    ctx.diagnostics.report(
      'RK1006',
      { field: 'type', detail: 'must be `object`: an event schema describes the payload object' },
      { file: file.rel, pointer: '/type' },
    );
    return undefined;
  }
  return checkedSchema(ctx, file, payload);
}

/**
 * Reports RK1003 and returns `undefined` when `schema` is not valid draft-07 JSON Schema.
 * `toFilePointer` maps a pointer into `schema` to the file, for layouts that differ from it.
 */
export function checkedSchema(
  ctx: LoadContext,
  file: PlanFile,
  schema: JsonRecord,
  toFilePointer: (pointer: string) => string = (pointer) => pointer,
): JsonSchema | undefined {
  const problem = checkJsonSchema(schema);
  if (!problem) return schema as JsonSchema;
  ctx.diagnostics.report('RK1003', { detail: problem.detail }, { file: file.rel, pointer: toFilePointer(problem.pointer) });
  return undefined;
}
