import { describeRule, type Rule, type RuleInput, ruleIdentity } from '../api/types.js';
import { ruleToSchema } from '../convert/rule-to-schema.js';
import { differingPointers, jsonEqual } from '../json.js';

/** A rule present on both sides with different content. */
export interface ChangedRule {
  readonly rule: RuleInput;
  /** Where the remote rule differs (JSON Pointers into the rule), a few at most. */
  readonly pointers: readonly string[];
}

/** What push would change in a plan. */
export interface RuleDiff {
  readonly added: readonly RuleInput[];
  readonly changed: readonly ChangedRule[];
  /** Remote rules with no local schema. */
  readonly removed: readonly RuleInput[];
  readonly unchanged: readonly RuleInput[];
  /** Remote rules Reflekt cannot express (COMMON, fractional versions): never touched. */
  readonly kept: readonly RuleInput[];
}

/** A rule as sent to the API: the identity and `jsonSchema`, without timestamps. */
export function asInput(rule: Rule): RuleInput {
  return {
    type: rule.type,
    ...(rule.key !== undefined && { key: rule.key }),
    version: rule.version,
    jsonSchema: rule.jsonSchema,
  };
}

/**
 * Compares the local rules with the plan's. Rules match on (type, key, version); a remote rule
 * pull would not write as a schema is kept, whatever the local side says.
 */
export function diffRules(local: readonly RuleInput[], remote: readonly Rule[]): RuleDiff {
  const remoteById = new Map<string, RuleInput>();
  const kept: RuleInput[] = [];
  for (const rule of remote) {
    if ('reason' in ruleToSchema(rule, { vendor: '' })) kept.push(asInput(rule));
    else remoteById.set(ruleIdentity(rule), asInput(rule));
  }
  const added: RuleInput[] = [];
  const changed: ChangedRule[] = [];
  const unchanged: RuleInput[] = [];
  const localIds = new Set<string>();
  for (const rule of local) {
    const id = ruleIdentity(rule);
    localIds.add(id);
    const theirs = remoteById.get(id);
    if (theirs === undefined) added.push(rule);
    else if (jsonEqual(rule, theirs)) unchanged.push(rule);
    else changed.push({ rule, pointers: differingPointers(theirs, rule) });
  }
  const removed = [...remoteById].filter(([id]) => !localIds.has(id)).map(([, rule]) => rule);
  return { added, changed, removed, unchanged, kept };
}

/** Whether applying the diff changes anything. */
export function hasChanges(diff: RuleDiff): boolean {
  return diff.added.length + diff.changed.length + diff.removed.length > 0;
}

/** The diff as lines for the terminal: a summary, then `+`, `~` (with where) and `-` per rule. */
export function formatDiff(diff: RuleDiff, planLabel: string, options: { create: boolean; dryRun: boolean }): string[] {
  const verb = options.dryRun ? 'would' : 'will';
  const summary = `${planLabel}: ${diff.added.length} to add, ${diff.changed.length} to change, ${diff.removed.length} to remove, ${diff.unchanged.length} unchanged`;
  const lines = [options.create ? `${summary} (the plan does not exist; push ${verb} create it)` : summary];
  for (const rule of diff.added) lines.push(`  + ${describeRule(rule)}`);
  for (const { rule, pointers } of diff.changed) lines.push(`  ~ ${describeRule(rule)}: ${pointers.join(', ')}`);
  for (const rule of diff.removed) lines.push(`  - ${describeRule(rule)}`);
  return lines;
}
