import { lintRules } from './rules/index.js';
import type { LintExample, LintRule } from './types.js';

const SCOPES: Readonly<Record<LintRule['scope'], string>> = {
  plan: 'the whole plan',
  event: 'each event',
  property: 'every node of each payload schema (root, properties, array items, combinator branches)',
};

const FENCE = '```';

const severity = (rule: LintRule): string => (rule.defaultSeverity === 'warning' ? 'warn' : rule.defaultSeverity);

/** A table cell: pipes escaped, so summaries may contain them. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

function exampleBlock(title: string, example: LintExample): string[] {
  const out = [`${title} (\`${example.path}\`):`, ''];
  const settings = [
    ...(example.conventions !== undefined ? [`conventions \`${JSON.stringify(example.conventions)}\``] : []),
    ...(example.options !== undefined ? [`rule options \`${JSON.stringify(example.options)}\``] : []),
  ];
  if (settings.length > 0) out.push(`With ${settings.join(' and ')}.`, '');
  const fence = (path: string, text: string) => [`${FENCE}${/\.ya?ml$/.test(path) ? 'yaml' : 'json'}`, text.trimEnd(), FENCE, ''];
  out.push(...fence(example.path, example.text));
  for (const file of example.files ?? []) out.push(`Also in the plan, \`${file.path}\`:`, '', ...fence(file.path, file.text));
  return out;
}

function ruleSection(rule: LintRule): string[] {
  const out = [
    `## ${rule.id}`,
    '',
    `\`${rule.code}\` · default **${severity(rule)}** · checks ${SCOPES[rule.scope]} · ${
      rule.suppressible ? 'suppressible with `lint`' : 'cannot be suppressed with `lint`'
    }`,
    '',
    rule.docs.summary,
    '',
    `**Why.** ${rule.docs.why}`,
    '',
    `**Fix.** ${rule.docs.fix}`,
    '',
  ];
  const options = rule.docs.options ?? [];
  if (options.length > 0) {
    out.push('**Options** (`[severity, { … }]`):', '', '| option | type | default | meaning |', '| --- | --- | --- | --- |');
    for (const o of options) out.push(`| \`${o.name}\` | \`${o.type}\` | \`${o.default}\` | ${cell(o.description)} |`);
    out.push('');
  }
  out.push(...exampleBlock('Not OK', rule.docs.notOk), ...exampleBlock('OK', rule.docs.ok));
  return out;
}

/**
 * Renders `docs/lint-rules.md` from {@link lintRules}: how to configure and suppress rules, a
 * table of every rule, then each rule's docs and its ok/not-ok examples (which the invariant
 * tests lint, so the page cannot drift from what the rules do).
 */
export function renderLintRulesMarkdown(rules: readonly LintRule[] = lintRules): string {
  const out = [
    '# Lint rules',
    '',
    'Every rule `reflekt lint` (and `reflekt build`) runs. Generated from the rule specs in',
    '`packages/compiler/src/lint/rules/` by `npm run docs:lint`; do not edit by hand. Each finding',
    "carries the rule's code, listed in [diagnostics.md](diagnostics.md).",
    '',
    '## Configure',
    '',
    '```ts',
    'export default defineConfig({',
    '  lint: {',
    '    rules: {',
    "      'property-description': 'warn', // 'error' | 'warn' | 'info' | 'off'",
    "      'optional-nullable': 'error', // rules that are off by default are switched on the same way",
    "      'schema-limits': ['warn', { maxDepth: 6 }], // [severity, options]",
    '    },',
    '  },',
    '});',
    '```',
    '',
    'To switch rules off for one schema, set `self.lint` to `false` (every suppressible rule) or to a',
    'list of rule ids; for one property and everything below it, use the `lint` keyword on the',
    'property:',
    '',
    '```json',
    '{ "self": { "lint": ["event-casing"] }, "properties": { "legacyId": { "type": "string", "lint": false } } }',
    '```',
    '',
    '## Rules',
    '',
    '| rule | code | default | checks |',
    '| --- | --- | --- | --- |',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | \`${r.code}\` | ${severity(r)} | ${cell(r.docs.summary)} |`),
    '',
  ];
  for (const rule of rules) out.push(...ruleSection(rule));
  return `${out.join('\n').trimEnd()}\n`;
}
