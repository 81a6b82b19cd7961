/**
 * @packageDocumentation
 * `@reflekt/plugin-segment`: Segment Protocols as a source and a target. `reflekt pull segment`
 * turns a tracking plan's rules (track, identify, group, page, screen; every version) into Reflekt
 * schemas under `schemas/<plan>/`; `reflekt push segment` sends the plan folder back as rules,
 * applying only the difference. What Segment says beyond a schema is kept in
 * `self.metadata.segment`, so a pull followed by a push changes nothing. The Public API token
 * comes from `SEGMENT_API_TOKEN`.
 *
 * ```ts
 * import { defineConfig } from '@reflekt/compiler';
 * import segment from '@reflekt/plugin-segment';
 *
 * export default defineConfig({ plugins: [segment({ plan: 'Online Shop', region: 'eu' })] });
 * ```
 */
import { pluginCacheKey, type ReflektPlugin } from '@reflekt/compiler';
import { pullSegment } from './commands/pull.js';
import { pushSegment } from './commands/push.js';
import { PLUGIN_NAME, resolveOptions, type SegmentOptions } from './options.js';

export { SegmentClient } from './api/client.js';
export { type ApiFailure, SegmentApiError } from './api/errors.js';
export type { RetryInfo, TransportOptions } from './api/transport.js';
export { describeRule, type Rule, type RuleId, type RuleInput, type RuleType, ruleIdentity, type TrackingPlan } from './api/types.js';
export { diffRules, formatDiff, type RuleDiff } from './commands/diff.js';
export { FACTS_KEY, type SegmentFacts } from './convert/facts.js';
export { planFiles } from './convert/plan-files.js';
export { ruleToSchema } from './convert/rule-to-schema.js';
export { schemaToRule } from './convert/schema-to-rule.js';
export { planSlug } from './convert/slug.js';
export { SEGMENT_CATALOG } from './diagnostics.js';
export { planOf, readRulesFile } from './input/rules-file.js';
export {
  optionsSchema,
  PLUGIN_NAME,
  type PushMode,
  REGION_HOSTS,
  type ResolvedSegmentOptions,
  resolveOptions,
  type SegmentOptions,
} from './options.js';

/** The target name on the command line: `reflekt pull segment`, `reflekt push segment`. */
const TARGET = 'segment';

/**
 * The plugin factory. Options are checked when the config loads (RK7005 on a mistake).
 */
export default function segment(options?: SegmentOptions): ReflektPlugin {
  const resolved = resolveOptions(options);
  return {
    name: PLUGIN_NAME,
    // Emits nothing: pull and push only, so its options never change a build's files.
    cacheKey: pluginCacheKey(import.meta.url, null),
    apply(compiler) {
      compiler.hooks.pull.tapPromise(PLUGIN_NAME, async (ctx) => {
        if (ctx.target !== TARGET) return undefined;
        await pullSegment(ctx, resolved);
        return true;
      });
      compiler.hooks.deploy.tapPromise(PLUGIN_NAME, async (ctx) => {
        if (ctx.command !== 'push' || ctx.target !== TARGET) return undefined;
        await pushSegment(ctx, resolved);
        return true;
      });
    },
  };
}
