// Writes docs/diagnostics.md from the compiler's diagnostic catalog (run after a build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderCatalogMarkdown } from '../packages/compiler/dist/diagnostics/catalog-docs.js';
import { lintRules } from '../packages/compiler/dist/lint/index.js';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../docs/diagnostics.md', import.meta.url),
  renderCatalogMarkdown(Object.fromEntries(lintRules.map((rule) => [rule.id, rule.defaultSeverity]))),
);
