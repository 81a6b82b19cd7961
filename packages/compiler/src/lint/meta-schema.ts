import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { escapePointerToken, parsePointer } from '../ir/plan.js';
import { assertJsonSchema } from '../validators/index.js';
import { DEFAULT_META_SCHEMA } from './default-meta-schema.js';
import { isRecord } from './documents.js';

/** One meta-schema violation of a document, ready to report. */
export interface MetaSchemaFinding {
  /** JSON Pointer into the document. */
  readonly pointer: string;
  /** Point at the field's name (unknown or missing fields) rather than its value. */
  readonly atKey: boolean;
  /** The dotted path of the field for the message (`self.metadata`), `''` for the document. */
  readonly path: string;
  /** What is wrong, completing "`<path>` …". */
  readonly detail: string;
}

/** Checks one parsed document against a compiled meta-schema. */
export type MetaSchemaCheck = (document: unknown) => MetaSchemaFinding[];

const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
const DRAFT_07_PATH = /^https?:\/\/json-schema\.org\/draft-07\/schema/;

let defaultCheck: MetaSchemaCheck | undefined;
/** Compiled project meta-schemas by text, so Ajv compiles each one once per process. */
const projectChecks = new Map<string, MetaSchemaCheck>();
const MAX_CACHED = 8;

/** The built-in meta-schema's check, compiled on first use. */
export function defaultMetaSchemaCheck(): MetaSchemaCheck {
  defaultCheck ??= compileMetaSchema(DEFAULT_META_SCHEMA);
  return defaultCheck;
}

/**
 * The check of a project meta-schema given as JSON text, compiled once per distinct text.
 * Throws an `Error` whose message says why the text is unusable (bad JSON, bad schema).
 */
export function projectMetaSchemaCheck(text: string): MetaSchemaCheck {
  let check = projectChecks.get(text);
  if (check === undefined) {
    check = compileMetaSchema(JSON.parse(text));
    if (projectChecks.size >= MAX_CACHED) projectChecks.clear();
    projectChecks.set(text, check);
  }
  return check;
}

/**
 * Compiles a meta-schema with its own Ajv instance (a meta-schema's `$id` may repeat across
 * edits). The `allOf` branch that `$ref`s the draft-07 meta-schema is dropped: the loader
 * reports invalid JSON Schema itself (RK1003), and validating against draft-07 is the slow part.
 */
export function compileMetaSchema(schema: unknown): MetaSchemaCheck {
  const own = withoutDraft07Branch(schema);
  // Ajv would check the schema by compiling the draft-07 meta-schema first, which costs more than
  // the compile itself; the precompiled draft-07 validator does the same check.
  assertJsonSchema(own, 'it');
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false, validateSchema: false });
  addFormats.default(ajv);
  const validate = ajv.compile(own as object);
  return (document) => (validate(document) ? [] : findings(validate));
}

function withoutDraft07Branch(schema: unknown): unknown {
  if (!isRecord(schema) || !Array.isArray(schema.allOf)) return schema;
  const allOf = (schema.allOf as unknown[]).filter((b) => !(isRecord(b) && typeof b.$ref === 'string' && DRAFT_07.test(b.$ref)));
  return { ...schema, allOf };
}

function findings(validate: ValidateFunction): MetaSchemaFinding[] {
  const errors = validate.errors ?? [];
  // An `anyOf`/`oneOf` error summarizes its branches' errors; keep only the summary.
  const summaries = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  const seen = new Set<string>();
  const out: MetaSchemaFinding[] = [];
  for (const error of errors) {
    if (error.keyword === 'if' || DRAFT_07_PATH.test(error.schemaPath)) continue;
    if (summaries.some((s) => error.schemaPath.startsWith(s))) continue;
    const finding = toFinding(error);
    const key = `${finding.pointer}\n${finding.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}

const dotted = (pointer: string): string => parsePointer(pointer).join('.');
const code = (value: unknown): string => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function toFinding(error: ErrorObject): MetaSchemaFinding {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { pointer: at, atKey: true, path: dotted(at), detail: `is missing the required field ${code(params.missingProperty)}` };
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const pointer = `${at}/${escapePointerToken(field)}`;
      return { pointer, atKey: true, path: dotted(pointer), detail: 'is not an allowed field' };
    }
    case 'const':
      return { pointer: at, atKey: false, path: dotted(at), detail: `must be ${code(params.allowedValue)}` };
    case 'enum': {
      const values = (params.allowedValues as unknown[]).map(code).join(', ');
      return { pointer: at, atKey: false, path: dotted(at), detail: `must be one of ${values}` };
    }
    case 'type':
      return { pointer: at, atKey: false, path: dotted(at), detail: `must be of type ${code(params.type)}` };
    case 'pattern':
      return { pointer: at, atKey: false, path: dotted(at), detail: `must match the pattern ${code(params.pattern)}` };
    case 'anyOf':
      return { pointer: at, atKey: false, path: dotted(at), detail: 'does not match any of the allowed forms' };
    case 'oneOf':
      return { pointer: at, atKey: false, path: dotted(at), detail: 'must match exactly one of the allowed forms' };
    default:
      return { pointer: at, atKey: false, path: dotted(at), detail: error.message ?? `fails the \`${error.keyword}\` keyword` };
  }
}
