import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../src/diagnostics/catalog/index.js';
import { lintCatalog } from '../../src/diagnostics/catalog/lint.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { createPlan } from '../../src/ir/plan.js';
import { type LintExample, type LintRule, lintPlan, lintRules } from '../../src/lint/index.js';
import { SourceFiles } from '../../src/source/source-files.js';
import { eventFromDocument, FIXTURES, lintFixture, loadFixture, makeConfig } from './helpers.js';

/**
 * Lints one docs example (its document plus any `files`) as a project held in memory, with the
 * example's conventions, and its rule switched on with the example's options.
 */
async function lintExample(rule: LintRule, example: LintExample): Promise<Diagnostic[]> {
  const root = '/virtual/project';
  const sources = new SourceFiles(root);
  const documents = [example, ...(example.files ?? [])];
  const events = documents.map(({ path, text }) => {
    sources.set(path, text);
    const event = eventFromDocument(path, text);
    if (!event) throw new Error(`example ${path} is not a document`);
    return event;
  });
  const files = documents.map((d) => d.path);
  const plan = createPlan({ name: 'example', vendor: 'com.example', events, root, files });
  const diagnostics = new Diagnostics(sources);
  const severity = rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity;
  const settings = {
    ...(example.conventions !== undefined && { conventions: example.conventions }),
    lint: { rules: { [rule.id]: [severity, example.options ?? {}] as const } },
  };
  await lintPlan(plan, { diagnostics, config: makeConfig(root, settings), sources });
  return [...diagnostics.all];
}

describe('rule specs', () => {
  it('have unique kebab-case ids and unique RK2xxx codes', () => {
    const ids = lintRules.map((r) => r.id);
    const codes = lintRules.map((r) => r.code);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of lintRules) {
      expect(rule.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(rule.code).toMatch(/^RK2\d{3}$/);
    }
  });

  it.each(lintRules.map((r) => [r.id, r] as const))('%s has docs and a catalog entry with its ruleId', (_, rule) => {
    for (const field of ['summary', 'why', 'fix'] as const) expect(rule.docs[field].length).toBeGreaterThan(10);
    expect(rule.docs.ok.text).not.toBe(rule.docs.notOk.text);
    const entry = catalogEntry(rule.code);
    expect(entry?.ruleId).toBe(rule.id);
    expect(entry?.title).toBe(rule.id);
    // A rule that is off by default reports, once switched on, at its catalog severity.
    expect(entry?.severity).toBe(rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity);
    expect(entry?.hint).toBeDefined();
  });

  it('every lint catalog entry belongs to a rule', () => {
    const ids = new Set(lintRules.map((r) => r.id));
    for (const [code, entry] of Object.entries(lintCatalog)) {
      expect(code).toMatch(/^RK2\d{3}$/);
      expect(ids.has(entry.ruleId ?? ''), code).toBe(true);
    }
  });

  it.each(lintRules.map((r) => [r.id, r] as const))('%s: the `ok` example passes and the `notOk` example fails', async (_, rule) => {
    expect((await lintExample(rule, rule.docs.ok)).filter((d) => d.ruleId === rule.id)).toEqual([]);
    expect((await lintExample(rule, rule.docs.notOk)).map((d) => d.code)).toContain(rule.code);
  });
});

describe('reported diagnostics', () => {
  it('carry a catalog code, the ruleId of that code, a plugin, a url and a position', async () => {
    const all: Diagnostic[] = [];
    for (const name of readdirSync(FIXTURES)) {
      if (name === 'legacy-source-map') continue;
      all.push(...(await lintFixture(loadFixture(name))));
    }
    for (const rule of lintRules) all.push(...(await lintExample(rule, rule.docs.notOk)));
    expect(new Set(all.map((d) => d.code))).toEqual(new Set(Object.keys(lintCatalog)));
    for (const d of all) {
      expect(catalogEntry(d.code)?.ruleId).toBe(d.ruleId);
      expect(d.plugin).toBeTruthy();
      expect(d.url).toMatch(new RegExp(`#${d.code.toLowerCase()}$`));
      expect(d.file).toBeTruthy();
      expect(d.range?.start.line).toBeGreaterThan(0);
      expect(d.message).toMatch(/`/);
      expect(d.hint).toBeTruthy();
    }
  });
});
