import type { Diagnostics, EventSchema } from '@reflekt/compiler';
import { type RuleInput, ruleIdentity } from '../api/types.js';
import { type BuiltRule, schemaToRule } from '../convert/schema-to-rule.js';
import { report } from '../diagnostics.js';

const versionOf = (event: EventSchema) => `${event.version.major}-${event.version.minor}`;

interface Candidate {
  readonly event: EventSchema;
  readonly built: BuiltRule;
  readonly others: EventSchema[];
}

/**
 * The rules the events of one plan folder make, one per (type, key, major version): of several
 * minor versions the highest is sent and the others are reported (RK5211). Parts of a sent
 * schema that a rule cannot hold are reported too (RK5210).
 */
export function localRules(events: readonly EventSchema[], diagnostics: Diagnostics): RuleInput[] {
  const chosen = new Map<string, Candidate>();
  for (const event of events) {
    const built = schemaToRule(event);
    const id = ruleIdentity(built.rule);
    const current = chosen.get(id);
    if (current === undefined) chosen.set(id, { event, built, others: [] });
    else if (event.version.minor > current.event.version.minor)
      chosen.set(id, { event, built, others: [...current.others, current.event] });
    else current.others.push(event);
  }
  for (const { event, built, others } of chosen.values()) {
    const at = { file: event.source.file };
    for (const detail of built.dropped) report(diagnostics, 'RK5210', { event: event.id, detail }, at);
    if (others.length === 0) continue;
    const left = others.map((e) => `\`${versionOf(e)}\``).join(', ');
    report(diagnostics, 'RK5211', { event: event.name, pushed: `\`${versionOf(event)}\` as version ${event.version.major}`, left }, at);
  }
  return [...chosen.values()].map((c) => c.built.rule);
}
