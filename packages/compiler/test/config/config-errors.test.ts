import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/diagnostics/reflekt-error.js';
import { fixture, lines, loadError, tempProject } from './helpers.js';

describe('config errors: syntax (RK7001)', () => {
  it('points at the trailing comma of a broken JSON config', async () => {
    const error = await loadError({ cwd: fixture('broken-json') });
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(lines(error.diagnostics)).toEqual([
      '.reflektrc.json:5:3 RK7001 The config file could not be loaded: JSON syntax error: unexpected `]` after `,` (JSON allows no trailing comma).',
    ]);
  });

  it('points at the bad indentation of a broken YAML config', async () => {
    const error = await loadError({ cwd: fixture('broken-yaml') });
    expect(error.exitCode).toBe(2);
    expect(lines(error.diagnostics)).toEqual([
      'reflekt.config.yaml:2:9 RK7001 The config file could not be loaded: YAML syntax error: Nested mappings are not allowed in compact mappings.',
    ]);
  });

  it('names the file relative to cwd when the config is found in a parent folder', async () => {
    const project = await tempProject({ '.reflektrc.json': '{\n  "name": tru\n}\n', 'a/b/.gitkeep': '' });
    try {
      const error = await loadError({ cwd: path.join(project.dir, 'a', 'b') });
      expect(lines(error.diagnostics)).toEqual([
        '../../.reflektrc.json:2:11 RK7001 The config file could not be loaded: JSON syntax error: unexpected `tru`, expected a value (a string in double quotes, a number, an object, an array, true, false or null).',
      ]);
    } finally {
      await project.cleanup();
    }
  });

  it('reports the message and throw site of a .ts config that throws', async () => {
    const error = await loadError({ cwd: fixture('ts-throws') });
    expect(error.exitCode).toBe(2);
    expect(lines(error.diagnostics)).toEqual([
      'reflekt.config.ts:4:34 RK7001 The config file could not be loaded: evaluating it threw Error: SEGMENT_WORKSPACE is not set.',
    ]);
    expect(error.diagnostics[0]?.message).not.toMatch(/\n\s+at /);
  });

  it('reports a TypeScript syntax error at its position', async () => {
    const error = await loadError({ cwd: fixture('ts-syntax') });
    expect(lines(error.diagnostics)).toEqual([
      'reflekt.config.ts:3:11 RK7001 The config file could not be loaded: syntax error: Unexpected token.',
    ]);
  });

  it('reports a .ts config without a default export', async () => {
    const error = await loadError({ cwd: fixture('ts-no-default') });
    expect(lines(error.diagnostics)).toEqual([
      'reflekt.config.ts RK7002 The config is invalid: the config file has no default export (write `export default defineConfig({ ... })`).',
    ]);
  });
});

describe('config errors: invalid options (RK7002)', () => {
  it('reports unknown keys at the key, with a did-you-mean hint, in file order', async () => {
    const error = await loadError({ cwd: fixture('unknown-key') });
    expect(error.exitCode).toBe(2);
    expect(lines(error.diagnostics)).toEqual([
      'reflekt.config.yaml:2:1 RK7002 The config is invalid: unknown option `outdir` (did you mean `outDir`?).',
      'reflekt.config.yaml:5:5 RK7002 The config is invalid: unknown option `casng` in `conventions.event` (did you mean `casing`?).',
      'reflekt.config.yaml:6:3 RK7002 The config is invalid: unknown option `data_types` in `conventions` (did you mean `dataTypes`?).',
    ]);
    expect(error.diagnostics[0]?.range?.end.column).toBe(7);
  });

  it('reports wrong types and values at the value', async () => {
    const error = await loadError({ cwd: fixture('wrong-type') });
    expect(lines(error.diagnostics)).toEqual([
      '.reflektrc.json:3:14 RK7002 The config is invalid: `schemas` must be a string or an array (got a number).',
      '.reflektrc.json:4:13 RK7002 The config is invalid: `emitIr` must be a boolean (got a string).',
      '.reflektrc.json:5:41 RK7002 The config is invalid: `conventions.event.casing` must be one of `title`, `snake`, `camel`, `pascal`, `any` (got `kebab`).',
      '.reflektrc.json:6:40 RK7002 The config is invalid: `lint.rules.event-casing` must be a severity (`error`, `warning`, `warn`, `info`, `off`) or `[severity, options]` (got `loud`).',
    ]);
  });

  it('locates top-level keys of a TS config by their text', async () => {
    const project = await tempProject({ 'reflekt.config.ts': "export default {\n  name: 'x',\n  outdir: 'build',\n};\n" });
    try {
      const error = await loadError({ cwd: project.dir });
      expect(lines(error.diagnostics)).toEqual([
        'reflekt.config.ts:3:3 RK7002 The config is invalid: unknown option `outdir` (did you mean `outDir`?).',
      ]);
    } finally {
      await project.cleanup();
    }
  });

  it('rejects a config that is not an object', async () => {
    const project = await tempProject({ 'reflekt.config.json': '[1, 2]' });
    try {
      const error = await loadError({ cwd: project.dir });
      expect(lines(error.diagnostics)).toEqual([
        'reflekt.config.json:1:1 RK7002 The config is invalid: the config must be an object (got an array).',
      ]);
    } finally {
      await project.cleanup();
    }
  });

  it('validates reflekt_project.yml and points into it', async () => {
    const error = await loadError({ cwd: fixture('bad-python') });
    expect(error.exitCode).toBe(2);
    expect(lines(error.diagnostics)).toEqual([
      'reflekt_project.yml:6:15 RK7002 The config is invalid: `schemas.conventions.event.casing` must be one of `snake`, `camel`, `pascal`, `title`, `any` (got `kebab`).',
    ]);
  });
});

describe('config errors: plugins', () => {
  it('lists every name tried for unknown plugins (RK7003)', async () => {
    const root = fixture('unknown-plugin');
    const error = await loadError({ cwd: root });
    expect(error.exitCode).toBe(2);
    expect(lines(error.diagnostics)).toEqual([
      'reflekt.config.yaml:3:5 RK7003 Plugin `nope` could not be found (tried `@reflekt/plugin-nope`, `reflekt-plugin-nope`, `nope`).',
      'reflekt.config.yaml:4:6 RK7003 Plugin `@acme/reflekt-nope` could not be found (tried `@acme/reflekt-nope`).',
      `reflekt.config.yaml:5:5 RK7003 Plugin \`./plugins/missing.mjs\` could not be found (tried \`${path.join(root, 'plugins', 'missing.mjs')}\`).`,
    ]);
    expect(error.diagnostics.map((d) => d.hint)).toEqual([
      'Install it with `npm install --save-dev @reflekt/plugin-nope`, or check the spelling in the config.',
      'Install it with `npm install --save-dev @acme/reflekt-nope`, or check the spelling in the config.',
      'Check the path: it is relative to the config file.',
    ]);
  });

  it('rejects entries without the plugin shape (RK7004)', async () => {
    const error = await loadError({ cwd: fixture('not-a-plugin') });
    expect(error.exitCode).toBe(2);
    expect(lines(error.diagnostics)).toEqual([
      'reflekt.config.json:3:5 RK7004 `./plugins/answer.mjs` is not a Reflekt plugin: its default export is a number, not a plugin factory function.',
      'reflekt.config.json:4:5 RK7004 `./plugins/shapeless.mjs` is not a Reflekt plugin: it has no `apply(compiler)` function.',
      'reflekt.config.json:5:5 RK7004 `plugins[2]` is not a Reflekt plugin: it is a number, not an object `{ name, apply }`.',
      'reflekt.config.json:6:5 RK7004 `object-without-apply` is not a Reflekt plugin: it has no `apply(compiler)` function.',
    ]);
  });

  it('rejects a plugin instance with a wrong `enforce` (RK7004)', async () => {
    const project = await tempProject({
      'reflekt.config.ts': "export default { plugins: [{ name: 'late', enforce: 'last', apply() {} }] };\n",
    });
    try {
      const error = await loadError({ cwd: project.dir });
      expect(lines(error.diagnostics)).toEqual([
        'reflekt.config.ts:1:18 RK7004 `late` is not a Reflekt plugin: its `enforce` is "last", but may only be `pre` or `post`.',
      ]);
    } finally {
      await project.cleanup();
    }
  });

  it('places RK7005 from a plugin factory at the offending option in the config', async () => {
    const error = await loadError({ cwd: fixture('plugin-options') });
    expect(error.exitCode).toBe(2);
    expect(lines(error.diagnostics)).toEqual([
      'reflekt.config.yaml:5:7 RK7005 Invalid options for `reflekt-plugin-strict`: unknown option `colour` (did you mean `color`?).',
      'reflekt.config.yaml:4:15 RK7005 Invalid options for `reflekt-plugin-strict`: `outDir` must be a string (got a number).',
    ]);
    expect(error.diagnostics.every((d) => d.plugin === 'reflekt-plugin-strict')).toBe(true);
  });

  it('reports a plugin whose import or factory throws (RK7010)', async () => {
    const project = await tempProject({
      'reflekt.config.yaml': 'plugins:\n  - ./broken-import.mjs\n  - ./broken-factory.mjs\n',
      'broken-import.mjs': "throw new TypeError('cannot initialise');\n",
      'broken-factory.mjs': "export default () => { throw new RangeError('bad state'); };\n",
    });
    try {
      const error = await loadError({ cwd: project.dir });
      expect(error.exitCode).toBe(2);
      expect(lines(error.diagnostics)).toEqual([
        'reflekt.config.yaml:2:5 RK7010 Plugin `./broken-import.mjs` was found but could not be loaded: importing it threw TypeError: cannot initialise.',
        'reflekt.config.yaml:3:5 RK7010 Plugin `./broken-factory.mjs` was found but could not be loaded: its factory threw RangeError: bad state.',
      ]);
    } finally {
      await project.cleanup();
    }
  });
});

describe('config errors: nothing to load', () => {
  it('RK7006 when no config exists in cwd or any parent', async () => {
    const project = await tempProject({ 'empty/.gitkeep': '' });
    try {
      const cwd = path.join(project.dir, 'empty');
      const error = await loadError({ cwd });
      expect(error.exitCode).toBe(2);
      expect(lines(error.diagnostics)).toEqual([`- RK7006 No Reflekt project was found in \`${cwd}\` or its parents.`]);
    } finally {
      await project.cleanup();
    }
  });

  it('RK7009 when --config names a missing file or an unsupported format', async () => {
    const project = await tempProject({ 'reflekt.config.yaml': 'name: x', 'config.toml': 'name = "x"' });
    try {
      const missing = await loadError({ cwd: project.dir, configFile: 'nope.yaml' });
      expect(missing.exitCode).toBe(2);
      expect(lines(missing.diagnostics)).toEqual(['- RK7009 The config file `nope.yaml` cannot be used: the file does not exist.']);
      const toml = await loadError({ cwd: project.dir, configFile: 'config.toml' });
      expect(lines(toml.diagnostics)).toEqual([
        '- RK7009 The config file `config.toml` cannot be used: `.toml` files are not supported; use .ts, .mts, .js, .mjs, .cjs, .json, .yaml or .yml.',
      ]);
    } finally {
      await project.cleanup();
    }
  });
});
