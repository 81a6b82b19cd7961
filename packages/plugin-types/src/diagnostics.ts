import type { DiagnosticData, Diagnostics } from '@reflekt/compiler';
import type { EmitProblem } from './emit.js';

const entry = <P>(data: DiagnosticData<P>): DiagnosticData<P> => data;

/**
 * The plugin's own diagnostic codes (RK41xx: emit, typed tracking functions). Listed in the
 * package README.
 */
export const TYPES_CATALOG = {
  RK4101: entry<{ name: string; events: string }>({
    title: 'types-name-collision',
    severity: 'warning',
    message: (p) => `${p.events} all derive the function name \`${p.name}\`; the later ones got \`_2\`, \`_3\`… in schema id order.`,
    hint: 'Give them names of your own with the `names` option of @reflekt/plugin-types, or rename the events.',
    docs: 'Two events of one plan whose names differ only in case or punctuation map to one function name.',
  }),
  RK4102: entry<{ ref: string }>({
    title: 'types-unresolved-ref',
    severity: 'warning',
    message: (p) => `\`$ref\` \`${p.ref}\` does not point into this schema, so its value is typed as \`unknown\`.`,
    hint: 'Move the shared schema under `definitions` of the event, or inline it.',
    docs: 'Generated types follow `$ref`s inside the same schema only.',
  }),
  RK4103: entry<{ detail: string }>({
    title: 'types-generation-failed',
    severity: 'error',
    message: (p) => `json-schema-to-typescript could not type this schema: ${p.detail}`,
    hint: 'Check the schema with `reflekt lint`; if it is valid, report the schema to the Reflekt maintainers.',
    docs: 'The type generator rejected an event schema; no function is generated for it and the build fails.',
  }),
  RK4104: entry<{ detail: string }>({
    title: 'types-validator-failed',
    severity: 'warning',
    message: (p) => `Ajv could not compile a validator for this schema, so its events are not validated: ${p.detail}`,
    hint: 'Check the schema with `reflekt lint`; `$ref`s must point into the schema or to another schema of the plan.',
    docs: 'A runtime validator could not be compiled; the types and functions are still generated.',
  }),
  RK4105: entry<{ detail: string }>({
    title: 'types-js-emit-failed',
    severity: 'error',
    message: (p) => `The JavaScript and declaration files could not be emitted: ${p.detail}`,
    hint: 'Install `typescript` 5.5 or later next to @reflekt/plugin-types, or use `emit: "ts"`.',
    docs: '`emit: "js+dts"` transpiles the generated TypeScript with the `typescript` package.',
  }),
} as const;

/** Reports what the emitter ran into, at the event's schema file when there is one. */
export function reportProblems(diagnostics: Diagnostics, problems: readonly EmitProblem[]): void {
  for (const problem of problems) {
    switch (problem.kind) {
      case 'collision': {
        const events = problem.collision.entries.map((e) => `\`${e.event.id}\``).join(', ');
        const first = problem.collision.entries[0]?.event.source;
        diagnostics.reportWith('RK4101', TYPES_CATALOG.RK4101, { name: problem.collision.name, events }, first ?? {});
        break;
      }
      case 'external-ref':
        diagnostics.reportWith('RK4102', TYPES_CATALOG.RK4102, { ref: problem.ref }, problem.entry.event.source);
        break;
      case 'types-failed':
        diagnostics.reportWith('RK4103', TYPES_CATALOG.RK4103, { detail: problem.detail }, problem.entry.event.source);
        break;
      case 'validator-failed':
        diagnostics.reportWith('RK4104', TYPES_CATALOG.RK4104, { detail: problem.detail }, problem.entry.event.source);
        break;
    }
  }
}
