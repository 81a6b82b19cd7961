/**
 * @packageDocumentation
 * The core lint rules of `@reflekt/compiler`: Python Reflekt's N1–N13 (fixed) plus
 * `event-description`, igluctl's sanity checks and the safety rules. One declarative rule per
 * file under `rules/`, run by {@link lintPlan}; `docs/lint-rules.md` is rendered from them.
 */
export { isCasing, suggestCasing, toCasing } from './casing.js';
export { DEFAULT_META_SCHEMA } from './default-meta-schema.js';
export { renderLintRulesMarkdown } from './docs.js';
export { type LintPlanContext, lintPlan } from './lint-plan.js';
export { lintRules } from './rules/index.js';
export type {
  EventRule,
  LintCode,
  LintExample,
  LintExampleFile,
  LintOptionDoc,
  LintRule,
  LintRuleDocs,
  PlanRule,
  PropertyRule,
  RuleContext,
} from './types.js';
export type { PropertyNode } from './walk-properties.js';
