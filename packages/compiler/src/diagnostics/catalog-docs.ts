import type { DiagnosticData } from './catalog/entry.js';
import { catalog } from './catalog/index.js';

const areas: Record<string, string> = {
  '1': 'Load',
  '2': 'Lint',
  '3': 'Breaking changes',
  '4': 'Emit',
  '5': 'Deploy and network',
  '7': 'Config and usage',
  '9': 'Plugins and internals',
};

/**
 * Renders `docs/diagnostics.md`: every catalog code with its severity, rule, meaning and fix.
 * `ruleDefaults` gives lint rules' default settings (a rule may be off until configured, while
 * its code keeps the severity it reports with once turned on).
 */
export function renderCatalogMarkdown(ruleDefaults: Readonly<Record<string, string>> = {}): string {
  const out = [
    '# Diagnostics',
    '',
    'Every diagnostic Reflekt reports, by code. Generated from the catalog in',
    '`packages/compiler/src/diagnostics/catalog/` by `npm run docs:diagnostics`; do not edit by hand.',
    '',
    'Plugins keep their own codes, listed in their READMEs: `@reflekt/plugin-types` RK41xx,',
    '`@reflekt/plugin-dbt` RK42xx, `@reflekt/plugin-registry` RK43xx and RK51xx, `@reflekt/plugin-segment`',
    'RK52xx, `@reflekt/plugin-avo` RK53xx.',
    '',
  ];
  let area = '';
  for (const [code, data] of Object.entries(catalog) as [string, DiagnosticData<unknown>][]) {
    const a = areas[code.charAt(2)] ?? 'Other';
    if (a !== area) {
      area = a;
      out.push(`## ${a}`, '');
    }
    const ruleDefault = data.ruleId ? ruleDefaults[data.ruleId] : undefined;
    const severity =
      ruleDefault === 'off' ? `**off** by default (${data.severity} when turned on)` : `default severity **${data.severity}**`;
    out.push(`### ${code}`, '', `\`${data.title}\` · ${severity}${data.ruleId ? ` · rule \`${data.ruleId}\`` : ''}`, '', data.docs, '');
    if (typeof data.hint === 'string') out.push(`Fix: ${data.hint}`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
