import { type Diagnostics, entry } from '@reflekt/compiler';
import type { CompileProblem } from './compile.js';

/**
 * The emitter's diagnostic codes (RK43xx: schemas and validators). Listed in the package README.
 */
export const EMIT_CATALOG = {
  RK4301: entry<{ id: string; detail: string }>({
    title: 'registry-validator-failed',
    severity: 'error',
    message: (p) => `Ajv could not compile a validator for \`${p.id}\`: ${p.detail}`,
    hint: 'Check the schema with `reflekt lint`; `$ref`s must point into the schema or to another schema of the plan by its id.',
    docs: 'The schema, its validator and its manifest entry are left out, and the build fails: the registry would mark every event of this schema invalid.',
  }),
  RK4302: entry<{ id: string; detail: string }>({
    title: 'registry-validator-warning',
    severity: 'warning',
    message: (p) => `Ajv warned while compiling \`${p.id}\`: ${p.detail}`,
    hint: 'Unknown keywords are ignored and unknown formats are not checked; fix the schema or spell the keyword as an annotation JSON Schema knows.',
    docs: 'The validator was compiled, but part of the schema does not take effect (for example an unknown `format`).',
  }),
} as const;

/** Reports what Ajv said, at the event's schema file. */
export function reportCompileProblems(diagnostics: Diagnostics, problems: readonly CompileProblem[]): void {
  for (const problem of problems) {
    const params = { id: problem.event.id, detail: problem.detail };
    if (problem.severity === 'error') diagnostics.reportWith('RK4301', EMIT_CATALOG.RK4301, params, problem.event.source);
    else diagnostics.reportWith('RK4302', EMIT_CATALOG.RK4302, params, problem.event.source);
  }
}
