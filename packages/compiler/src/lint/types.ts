import type { Conventions, ResolvedConfig } from '../config/types.js';
import type { DiagnosticParams } from '../diagnostics/catalog/index.js';
import type { LintCode } from '../diagnostics/catalog/lint.js';
import type { DiagnosticLocation, Severity } from '../diagnostics/types.js';
import type { EventSchema, TrackingPlan } from '../ir/types.js';
import type { SourceFiles } from '../source/source-files.js';
import type { PreparedConventions } from './conventions.js';
import type { SchemaDocuments } from './documents.js';
import type { PropertyNode } from './walk-properties.js';

export type { LintCode } from '../diagnostics/catalog/lint.js';

/**
 * An example schema document for a rule's docs (remark-lint's `ok.md`/`not-ok.md`). The
 * invariant tests lint every example: `ok` must pass the rule, `notOk` must fail it.
 */
export interface LintExample extends LintExampleFile {
  /** Conventions the example assumes, merged over the defaults. */
  readonly conventions?: Conventions;
  /** Rule options the example assumes (`lint.rules[id]: [severity, options]`). */
  readonly options?: Readonly<Record<string, unknown>>;
  /** Other documents of the example plan, for rules that compare events. */
  readonly files?: readonly LintExampleFile[];
}

/** One document of an example plan. */
export interface LintExampleFile {
  /** Path under the project root, such as `schemas/shop/Order_Completed/1-0.json`. */
  readonly path: string;
  /** The document as written (JSON or YAML, by `path`'s extension). */
  readonly text: string;
}

/** One option a rule reads from `lint.rules[id]` as `[severity, options]`. */
export interface LintOptionDoc {
  readonly name: string;
  /** The option's type as written in config (`integer`, `string[]`). */
  readonly type: string;
  /** The default, as written in config (`8`, `[]`). */
  readonly default: string;
  readonly description: string;
}

/** A rule's documentation, rendered into `docs/lint-rules.md` (see `renderLintRulesMarkdown`). */
export interface LintRuleDocs {
  /** One line: what the rule checks. */
  readonly summary: string;
  /** Why the rule exists. */
  readonly why: string;
  /** How to fix a finding. */
  readonly fix: string;
  /** The options the rule reads, if any. */
  readonly options?: readonly LintOptionDoc[];
  readonly ok: LintExample;
  readonly notOk: LintExample;
}

/** What every rule's check gets: the run's prepared state, its options and a reporter. */
export interface RuleContext<C extends LintCode = LintCode> {
  readonly config: ResolvedConfig;
  readonly conventions: PreparedConventions;
  readonly documents: SchemaDocuments;
  readonly sources: SourceFiles;
  /** The rule's options from `lint.rules[id]` as `[severity, options]`; `{}` otherwise. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Reports a finding of the rule's code, with the configured severity and the rule's id. */
  report(params: DiagnosticParams<C>, location: DiagnosticLocation): void;
  /** Reports another lint-area code that belongs to the same rule. */
  reportCode<K extends LintCode>(code: K, params: DiagnosticParams<K>, location: DiagnosticLocation): void;
  /**
   * Whether the event's `self.lint` switches this rule off for it. The runner applies it to event
   * and property rules; plan rules ask before reporting about an event.
   */
  isSuppressed(event: EventSchema): boolean;
}

interface LintRuleBase<C extends LintCode> {
  /** Kebab-case id, as used in `lint.rules` and `lint` suppressions. */
  readonly id: string;
  /** The rule's catalog code (`RK2xxx`); its catalog entry carries the same `ruleId`. */
  readonly code: C;
  /** The severity without config; `off` rules run only when `lint.rules` sets a severity for them. */
  readonly defaultSeverity: Severity | 'off';
  /**
   * Whether `lint: false` / `lint: [id]` can switch the rule off for an event or property.
   * Python Reflekt never let `lint: false` skip the meta-schema or id checks.
   */
  readonly suppressible: boolean;
  readonly docs: LintRuleDocs;
}

/** A rule that looks at the plan as a whole (for example once per source file). */
export interface PlanRule<C extends LintCode = LintCode> extends LintRuleBase<C> {
  readonly scope: 'plan';
  check(plan: TrackingPlan, ctx: RuleContext<C>): void;
}

/** A rule that looks at each event once. */
export interface EventRule<C extends LintCode = LintCode> extends LintRuleBase<C> {
  readonly scope: 'event';
  check(event: EventSchema, ctx: RuleContext<C>): void;
}

/** A rule that looks at each property node of each event (see {@link PropertyNode}). */
export interface PropertyRule<C extends LintCode = LintCode> extends LintRuleBase<C> {
  readonly scope: 'property';
  check(node: PropertyNode, event: EventSchema, ctx: RuleContext<C>): void;
}

/**
 * A lint rule: a declarative spec (Buf style) with docs and examples (remark-lint style) and a
 * check for one scope. One rule per file under `src/lint/rules/`.
 */
export type LintRule = PlanRule | EventRule | PropertyRule;
