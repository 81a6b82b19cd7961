import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/diagnostics/catalog/index.js';
import { renderCatalogMarkdown } from '../../src/diagnostics/catalog-docs.js';
import { lintRules } from '../../src/lint/index.js';

describe('diagnostic catalog', () => {
  it('has well-formed, unique codes in their area', () => {
    const titles = new Set<string>();
    for (const [code, data] of Object.entries(catalog)) {
      expect(code).toMatch(/^RK[1-9]\d{3}$/);
      expect(data.docs.length, code).toBeGreaterThan(10);
      expect(titles.has(data.title), `${code} title ${data.title} is unique`).toBe(false);
      titles.add(data.title);
    }
  });

  it('is documented in docs/diagnostics.md (run `npm run docs:diagnostics` after changing it)', () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../../../docs/diagnostics.md'), 'utf8');
    expect(committed).toBe(renderCatalogMarkdown(Object.fromEntries(lintRules.map((rule) => [rule.id, rule.defaultSeverity]))));
  });
});
