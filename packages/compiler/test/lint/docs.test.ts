import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userConfigSchema } from '../../src/config/user-config-schema.js';
import { lintRules, renderLintRulesMarkdown } from '../../src/lint/index.js';

const repo = path.resolve(import.meta.dirname, '../../../..');
const severity = (s: string) => (s === 'warning' ? 'warn' : s);

describe('lint rule docs', () => {
  it('docs/lint-rules.md is current (run `npm run docs:lint` after changing a rule)', () => {
    expect(readFileSync(path.join(repo, 'docs/lint-rules.md'), 'utf8')).toBe(renderLintRulesMarkdown());
  });

  it("the README's rule table lists every rule with its default severity and summary", () => {
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Lint rules\n'), readme.indexOf('\n## ', readme.indexOf('## Lint rules\n') + 1));
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) =>
        l
          .split(/(?<!\\)\|/)
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    expect(rows).toEqual(lintRules.map((r) => [`\`${r.id}\``, severity(r.defaultSeverity), r.docs.summary.replace(/\|/g, '\\|')]));
  });

  it('the config schema validates exactly the options each rule documents', () => {
    const ruleSchemas = userConfigSchema.properties.lint.properties.rules.properties as Record<
      string,
      { anyOf: readonly [unknown, { items: readonly [unknown, { properties: object }] }] }
    >;
    const documented = Object.fromEntries(
      lintRules.filter((r) => r.docs.options?.length).map((r) => [r.id, (r.docs.options ?? []).map((o) => o.name).sort()]),
    );
    const validated = Object.fromEntries(
      Object.entries(ruleSchemas).map(([id, s]) => [id, Object.keys(s.anyOf[1].items[1].properties).sort()]),
    );
    expect(validated).toEqual(documented);
  });
});
