import type { ResolvedConfig } from '../config/types.js';
import type { DiagnosticParams } from '../diagnostics/catalog/index.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { DiagnosticLocation } from '../diagnostics/types.js';
import type { EventSchema, TrackingPlan } from '../ir/types.js';
import type { SourceFiles } from '../source/source-files.js';
import { type PreparedConventions, prepareConventions } from './conventions.js';
import { SchemaDocuments } from './documents.js';
import { lintRules } from './rules/index.js';
import { type ResolvedRuleSetting, resolveRuleSetting } from './settings.js';
import type { EventRule, LintCode, LintRule, PlanRule, PropertyRule, RuleContext } from './types.js';
import { isSuppressed, type Suppression, walkProperties } from './walk-properties.js';

/** What {@link lintPlan} needs from the compiler. */
export interface LintPlanContext {
  readonly diagnostics: Diagnostics;
  readonly config: ResolvedConfig;
  readonly sources: SourceFiles;
}

interface Shared {
  readonly config: ResolvedConfig;
  readonly conventions: PreparedConventions;
  readonly documents: SchemaDocuments;
  readonly sources: SourceFiles;
  readonly diagnostics: Diagnostics;
}

type Active<R extends LintRule> = { readonly rule: R; readonly ctx: RuleContext };

/**
 * Runs the core lint rules over a plan and reports their findings into `diagnostics`.
 *
 * Config is read once: each rule's severity (`lint.rules[id]`; `off` skips the rule), the
 * conventions (reserved names as sets), the meta-schema (compiled once). Each event's payload
 * schema is walked once for all property rules (root first). `lint: false` on an event
 * (`self.lint`) or on a property schema switches off the suppressible rules for it (and, for a
 * property, its children); a `lint` list switches off the rules it names. Plan rules ask
 * `ctx.isSuppressed(event)` before reporting about an event.
 */
export async function lintPlan(plan: TrackingPlan, { diagnostics, config, sources }: LintPlanContext): Promise<void> {
  const shared: Shared = { config, conventions: prepareConventions(config), documents: new SchemaDocuments(sources), sources, diagnostics };
  const planRules: Active<PlanRule>[] = [];
  const eventRules: Active<EventRule>[] = [];
  const propertyRules: Active<PropertyRule>[] = [];
  for (const rule of lintRules) {
    const setting = resolveRuleSetting(config.lint.rules[rule.id], rule.defaultSeverity);
    if (setting === null) continue;
    const ctx = createContext(rule, setting, shared);
    if (rule.scope === 'plan') planRules.push({ rule, ctx });
    else if (rule.scope === 'event') eventRules.push({ rule, ctx });
    else propertyRules.push({ rule, ctx });
  }

  for (const { rule, ctx } of planRules) rule.check(plan, ctx);
  for (const event of plan.events) {
    const suppressed = eventSuppression(event);
    for (const { rule, ctx } of eventRules) {
      if (!(rule.suppressible && isSuppressed(suppressed, rule.id))) rule.check(event, ctx);
    }
    const active = propertyRules.filter(({ rule }) => !(rule.suppressible && isSuppressed(suppressed, rule.id)));
    if (active.length === 0) continue;
    // The hot loop of a run (rules × nodes): indexed, and the suppression test only where `lint` says something.
    walkProperties(event.schema, (node) => {
      const nodeSuppressed = node.suppressed;
      for (let i = 0; i < active.length; i++) {
        const { rule, ctx } = active[i] as Active<PropertyRule>;
        if (nodeSuppressed === undefined || !(rule.suppressible && isSuppressed(nodeSuppressed, rule.id))) rule.check(node, event, ctx);
      }
    });
  }
}

/** The rules an event's `self.lint` switches off. */
function eventSuppression(event: EventSchema): Suppression {
  if (event.lint === false) return 'all';
  return Array.isArray(event.lint) ? new Set(event.lint) : undefined;
}

function createContext<C extends LintCode>(
  rule: { readonly id: string; readonly code: C; readonly suppressible: boolean },
  setting: ResolvedRuleSetting,
  shared: Shared,
): RuleContext<C> {
  const options = { severity: setting.severity, ruleId: rule.id };
  return {
    config: shared.config,
    conventions: shared.conventions,
    documents: shared.documents,
    sources: shared.sources,
    options: setting.options,
    report(params: DiagnosticParams<C>, location: DiagnosticLocation): void {
      shared.diagnostics.report(rule.code, params, location, options);
    },
    reportCode<K extends LintCode>(code: K, params: DiagnosticParams<K>, location: DiagnosticLocation): void {
      shared.diagnostics.report(code, params, location, options);
    },
    isSuppressed(event: EventSchema): boolean {
      return rule.suppressible && isSuppressed(eventSuppression(event), rule.id);
    },
  };
}
