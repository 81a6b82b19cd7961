import type { EventSchema } from '@reflekt/compiler';
import { withSchemaId } from './schema-document.js';
import { compileStandalone } from './standalone-source.js';
import { stripAnnotations } from './strip-annotations.js';

/**
 * Ajv's standalone source of one event's two validators: CommonJS (`module.exports = validate`)
 * that `require`s Ajv's runtime helpers.
 */
export interface StandaloneSources {
  readonly event: EventSchema;
  /** First-error mode. */
  readonly firstError: string;
  /** All-errors mode. */
  readonly allErrors: string;
}

/** Something Ajv said about one schema: it could not compile it, or it warned while compiling. */
export interface CompileProblem {
  readonly event: EventSchema;
  readonly severity: 'error' | 'warning';
  readonly detail: string;
}

/** Compiles the validators of one plan's events, one event at a time. */
export interface StandaloneCompiler {
  /** The event's two validators; `undefined` when Ajv could not compile it (see {@link problems}). */
  compile(event: EventSchema): StandaloneSources | undefined;
  /** Every problem so far, in the order found. */
  readonly problems: readonly CompileProblem[];
}

/** What an event's validators are compiled from, prepared once (see {@link compileInput}). */
export interface CompileInput {
  readonly event: EventSchema;
  /** {@link validatorSchema} of the event. */
  readonly schema: object;
  /** `JSON.stringify(schema)`: the cache key hashes it, and a worker receives it. */
  readonly json: string;
  /** Whether the schema `$ref`s another document, so it needs every schema of the plan to compile. */
  readonly external: boolean;
}

/** Matches a `$ref` to another document (anything but `#…`) in a schema's JSON. */
const EXTERNAL_REF = /"\$ref":"(?!#)/;

/** Prepares one event's {@link CompileInput}, serializing its schema once for every later use. */
export function compileInput(event: EventSchema): CompileInput {
  const schema = validatorSchema(event);
  const json = JSON.stringify(schema);
  return { event, schema, json, external: EXTERNAL_REF.test(json) };
}

/**
 * Compiles events' payload schemas (without annotations, with `schema_id` allowed, see
 * {@link withSchemaId}) into Ajv standalone code, twice: first-error mode for the hot path and
 * all-errors mode for reporting (settings in `STANDALONE_SOURCE`). An event with `$ref`s to other
 * documents gets every schema of the plan added, so they resolve.
 */
export function standaloneCompiler(events: readonly EventSchema[]): StandaloneCompiler {
  const problems: CompileProblem[] = [];
  let all: object[] | undefined;
  return {
    problems,
    compile(event) {
      const input = compileInput(event);
      all = input.external ? (all ?? events.map(validatorSchema)) : all;
      const result = compileStandalone(input.external ? (all as object[]) : [input.schema], event.id);
      for (const detail of result.warnings) problems.push({ event, severity: 'warning', detail });
      if ('error' in result) {
        problems.push({ event, severity: 'error', detail: result.error });
        return undefined;
      }
      return { event, firstError: result.firstError, allErrors: result.allErrors };
    },
  };
}

/** The schema an event's validators are compiled from: no annotations, `schema_id` allowed, `$id` set. */
export function validatorSchema(event: EventSchema): object {
  return { ...withSchemaId(stripAnnotations(event.schema)), $id: event.id };
}
