import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenPlugins, isTuple } from '../../src/config/flatten-plugins.js';
import { pluginCandidates } from '../../src/config/import-plugin.js';
import { loadConfig } from '../../src/config/load-config.js';
import { lines, loadError, tempProject } from './helpers.js';

const pkg = (name: string, body: string, esmOnly = true): Record<string, string> => ({
  [`node_modules/${name}/package.json`]: JSON.stringify(
    esmOnly ? { name, type: 'module', exports: { '.': { import: './index.js' } } } : { name, main: 'index.cjs' },
  ),
  [`node_modules/${name}/${esmOnly ? 'index.js' : 'index.cjs'}`]: body,
});

const factory = (name: string) => `export default (options) => ({ name: '${name}', options, apply() {} });\n`;

describe('plugins named by package', () => {
  let project: { dir: string; cleanup: () => Promise<void> };

  beforeAll(async () => {
    project = await tempProject({
      ...pkg('@reflekt/plugin-alpha', factory('@reflekt/plugin-alpha')),
      // Shadowed by @reflekt/plugin-alpha: importing it would fail the test.
      ...pkg('reflekt-plugin-alpha', "throw new Error('reflekt-plugin-alpha must not be imported');\n"),
      ...pkg('reflekt-plugin-beta', factory('reflekt-plugin-beta')),
      ...pkg('gamma', 'module.exports = (options) => ({ name: "gamma", options, apply() {} });\n', false),
      ...pkg('@acme/reflekt-delta', factory('@acme/reflekt-delta')),
      ...pkg('reflekt-plugin-instance', "export default { name: 'instance', apply() {} };\n"),
      ...pkg(
        'reflekt-plugin-preset',
        "export default () => [{ name: 'preset-a', apply() {} }, false, [{ name: 'preset-b', apply() {} }]];\n",
      ),
      'project/reflekt.config.yaml': [
        'plugins:',
        '  - alpha',
        '  - [beta, { level: 2 }]',
        '  - gamma',
        '  - "@acme/reflekt-delta"',
        '  - reflekt-plugin-instance',
        '  - preset',
        '  - null',
        '  - false',
        '',
      ].join('\n'),
    });
  });
  afterAll(() => project.cleanup());

  it('resolves short, prefixed, scoped and CommonJS packages from the config file’s folder upward', async () => {
    const config = await loadConfig({ cwd: path.join(project.dir, 'project') });
    expect(config.plugins.map((p) => [p.name, (p as unknown as { options?: unknown }).options])).toEqual([
      ['@reflekt/plugin-alpha', undefined],
      ['reflekt-plugin-beta', { level: 2 }],
      ['gamma', undefined],
      ['@acme/reflekt-delta', undefined],
      ['instance', undefined],
      ['preset-a', undefined],
      ['preset-b', undefined],
    ]);
  });

  it('rejects options for a package that exports a plugin object instead of a factory', async () => {
    const other = await tempProject({
      ...pkg('reflekt-plugin-instance', "export default { name: 'instance', apply() {} };\n"),
      'reflekt.config.yaml': 'plugins:\n  - [instance, { a: 1 }]\n',
    });
    try {
      const error = await loadError({ cwd: other.dir });
      expect(lines(error.diagnostics)).toEqual([
        'reflekt.config.yaml:2:6 RK7004 `reflekt-plugin-instance` is not a Reflekt plugin: it exports a plugin object, not a factory, so it cannot take options.',
      ]);
    } finally {
      await other.cleanup();
    }
  });
});

describe('plugin entries', () => {
  it.each([
    ['dbt', ['@reflekt/plugin-dbt', 'reflekt-plugin-dbt', 'dbt']],
    ['@reflekt/plugin-dbt', ['@reflekt/plugin-dbt']],
    ['reflekt-plugin-dbt', ['reflekt-plugin-dbt']],
    ['@acme/x', ['@acme/x']],
    ['./local.mjs', [path.resolve('/project/local.mjs')]],
    ['../shared/p.ts', [path.resolve('/shared/p.ts')]],
  ])('%s tries %j', (name, expected) => {
    expect(pluginCandidates(name, path.resolve('/project'))).toEqual(expected);
  });

  it('tells [name, options] tuples from nested lists', () => {
    expect(isTuple(['dbt'])).toBe(true);
    expect(isTuple(['dbt', { a: 1 }])).toBe(true);
    expect(isTuple(['dbt', undefined])).toBe(true);
    expect(isTuple(['dbt', 'types'])).toBe(false);
    expect(isTuple(['dbt', { name: 'x', apply() {} }])).toBe(false);
    expect(isTuple([{ name: 'x', apply() {} }])).toBe(false);
  });

  it('flattens nested arrays, keeps tuples and drops falsy entries with their pointers', () => {
    const p = { name: 'p', apply() {} };
    expect(flattenPlugins([p, false, null, undefined, ['a', 'b'], [['c', { x: 1 }]], [[p]]])).toEqual([
      { value: p, pointer: '/plugins/0' },
      { value: 'a', pointer: '/plugins/4/0' },
      { value: 'b', pointer: '/plugins/4/1' },
      { value: ['c', { x: 1 }], pointer: '/plugins/5/0' },
      { value: p, pointer: '/plugins/6/0/0' },
    ]);
  });
});
