import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { fixture, tempProject } from './helpers.js';

const ALL_TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null', 'any'];

describe('loadConfig: TypeScript config', () => {
  it('evaluates reflekt.config.ts, flattens plugins and drops falsy entries', async () => {
    const root = fixture('ts-plain');
    const config = await loadConfig({ cwd: root });
    expect(config.root).toBe(root);
    expect(config.configFile).toBe(path.join(root, 'reflekt.config.ts'));
    expect(config.configFormat).toBe('ts');
    expect(config.name).toBe('ts_plain');
    expect(config.vendor).toBe('com.example');
    expect(config.outDir).toBe(path.join(root, 'build'));
    expect(config.emitIr).toBe(true);
    expect(config.plugins.map((p) => p.name)).toEqual(['inline-a', 'nested-b', 'nested-c']);
    expect(config.conventions).toEqual({
      event: { casing: 'title', numbers: false, reserved: [] },
      property: { casing: 'any', numbers: true, reserved: [] },
      dataTypes: ['string', 'integer'],
    });
    expect(config.lint.rules).toEqual({ 'event-casing': 'warn', 'property-description': ['error', { allowEmpty: false }] });
  });

  it('defaults schemas to schemas/ plus tracking-plans/ when it exists, and finds the meta-schema', async () => {
    const root = fixture('ts-plain');
    const config = await loadConfig({ cwd: root });
    expect(config.schemas).toEqual([path.join(root, 'schemas'), path.join(root, 'tracking-plans')]);
    expect(config.metaSchema).toBe(path.join(root, 'schemas', '.reflekt', 'meta', '1-0.json'));
  });

  it('searches upward from a subfolder; the root is the config file’s folder', async () => {
    const root = fixture('ts-plain');
    const config = await loadConfig({ cwd: path.join(root, 'sub', 'deeper') });
    expect(config.root).toBe(root);
    expect(config.name).toBe('ts_plain');
  });

  it('lets --out override outDir, resolved against cwd', async () => {
    const root = fixture('ts-plain');
    const cwd = path.join(root, 'sub');
    const config = await loadConfig({ cwd, outDir: 'out' });
    expect(config.outDir).toBe(path.join(cwd, 'out'));
  });

  it('returns a frozen config', async () => {
    const config = await loadConfig({ cwd: fixture('ts-plain') });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.conventions.event)).toBe(true);
    expect(Object.isFrozen(config.plugins)).toBe(true);
  });

  it('loads a config that imports defineConfig (from the sources)', async () => {
    const config = await loadConfig({ cwd: fixture('ts-define-config-src') });
    expect(config.name).toBe('typed_src');
    expect(config.conventions.property).toEqual({ casing: 'snake', numbers: true, reserved: ['id'] });
  });

  const dist = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
  it('loads a config that imports defineConfig from @reflekt/compiler (run after a build: `npm test` builds first)', async () => {
    expect(existsSync(dist), 'packages/compiler/dist is missing: build before testing').toBe(true);
    const config = await loadConfig({ cwd: fixture('ts-define-config') });
    expect(config.name).toBe('typed');
    expect(config.vendor).toBe('com.example.typed');
    expect(config.plugins).toEqual([]);
  });
});

describe('loadConfig: JSON and YAML configs', () => {
  it('reads .reflektrc.json with a relative-path plugin and its options', async () => {
    const root = fixture('rc-json');
    const config = await loadConfig({ cwd: root });
    expect(config.configFormat).toBe('json');
    expect(config.configFile).toBe(path.join(root, '.reflektrc.json'));
    expect(config.name).toBe('rc_json');
    expect(config.vendor).toBe('');
    expect(config.schemas).toEqual([path.join(root, 'plans/main'), path.join(root, 'plans/extra')]);
    expect(config.plugins).toHaveLength(1);
    expect(config.plugins[0]).toMatchObject({ name: 'hello', options: { greeting: 'hi' } });
    expect(config.metaSchema).toBeUndefined();
  });

  it('reads reflekt.config.yaml with plugins as name, [name, options] and [name]', async () => {
    const root = fixture('yaml-plugins');
    const config = await loadConfig({ cwd: root });
    expect(config.configFormat).toBe('yaml');
    expect(config.name).toBe('yaml_plugins');
    expect(config.vendor).toBe('com.example.yaml');
    expect(config.plugins.map((p) => [p.name, (p as unknown as { options: unknown }).options])).toEqual([
      ['hello', {}],
      ['hello', { greeting: 'hey' }],
      ['hello-cjs', undefined],
    ]);
  });

  it('applies every default to an empty config; name is the folder name', async () => {
    const project = await tempProject({ 'my-project/reflekt.config.yaml': '' });
    try {
      const root = path.join(project.dir, 'my-project');
      const config = await loadConfig({ cwd: root });
      expect(config).toEqual({
        root,
        configFile: path.join(root, 'reflekt.config.yaml'),
        configFormat: 'yaml',
        name: 'my-project',
        vendor: '',
        schemas: [path.join(root, 'schemas')],
        conventions: {
          event: { casing: 'any', numbers: true, reserved: [] },
          property: { casing: 'any', numbers: true, reserved: [] },
          dataTypes: ALL_TYPES,
        },
        outDir: path.join(root, 'artifacts'),
        plugins: [],
        lint: { rules: {} },
        emitIr: false,
      });
    } finally {
      await project.cleanup();
    }
  });

  it('finds every search place name', async () => {
    const names = [
      'reflekt.config.mts',
      'reflekt.config.js',
      'reflekt.config.mjs',
      'reflekt.config.cjs',
      'reflekt.config.json',
      'reflekt.config.yml',
      '.reflektrc',
      '.reflektrc.yaml',
      '.reflektrc.yml',
      '.reflektrc.js',
      '.reflektrc.mjs',
      '.reflektrc.ts',
    ];
    const body = (name: string): string => {
      if (name.endsWith('.cjs')) return "module.exports = { name: 'found' };";
      if (/\.[mc]?[jt]s$/.test(name)) return "export default { name: 'found' };";
      if (name.endsWith('.json')) return '{ "name": "found" }';
      return 'name: found';
    };
    for (const name of names) {
      const project = await tempProject({ [name]: body(name) });
      try {
        const config = await loadConfig({ cwd: project.dir });
        expect([name, config.name, path.basename(config.configFile ?? '')]).toEqual([name, 'found', name]);
      } finally {
        await project.cleanup();
      }
    }
  });

  it('prefers reflekt.config.ts over .reflektrc.json in the same folder', async () => {
    const project = await tempProject({
      'reflekt.config.ts': "export default { name: 'from_ts' };",
      '.reflektrc.json': '{ "name": "from_rc" }',
    });
    try {
      expect((await loadConfig({ cwd: project.dir })).name).toBe('from_ts');
    } finally {
      await project.cleanup();
    }
  });

  it('loads only the file given with configFile, relative to cwd', async () => {
    const project = await tempProject({
      'reflekt.config.yaml': 'name: searched',
      'configs/other.json': '{ "name": "explicit", "outDir": "dist" }',
    });
    try {
      const config = await loadConfig({ cwd: project.dir, configFile: 'configs/other.json' });
      expect(config.name).toBe('explicit');
      expect(config.root).toBe(path.join(project.dir, 'configs'));
      expect(config.outDir).toBe(path.join(project.dir, 'configs', 'dist'));
    } finally {
      await project.cleanup();
    }
  });
});

describe('loadConfig: Python Reflekt projects', () => {
  it('reads a folder with only reflekt_project.yml as config', async () => {
    const root = fixture('python-project');
    const config = await loadConfig({ cwd: root });
    expect(config.configFormat).toBe('reflekt_project.yml');
    expect(config.configFile).toBe(path.join(root, 'reflekt_project.yml'));
    expect(config.name).toBe('jaffle_shop');
    expect(config.vendor).toBe('com.thejaffleshop');
    expect(config.conventions).toEqual({
      event: { casing: 'title', numbers: false, reserved: [] },
      property: { casing: 'snake', numbers: false, reserved: ['context', 'id'] },
      dataTypes: ['string', 'integer', 'number', 'boolean', 'object', 'array', 'any', 'null'],
    });
    expect(config.schemas).toEqual([path.join(root, 'schemas')]);
    expect(config.metaSchema).toBe(path.join(root, 'schemas', '.reflekt', 'meta', '1-0.json'));
    expect(config.outDir).toBe(path.join(root, 'artifacts'));
    expect(config.plugins).toEqual([]);
    const legacy = config.legacyProject as {
      artifacts: { dbt: unknown };
      registry: { avo: { branches: unknown } };
    };
    expect(legacy.artifacts.dbt).toEqual({
      sources: { prefix: '__src_' },
      models: { prefix: 'stg_', filter: '' },
      docs: { prefix: '_stg_', in_folder: false, tests: { id: ['unique', 'not_null'] } },
    });
    expect(legacy.registry.avo.branches).toEqual({ staging: 'AbC12345', main: 'main' });
    expect(Object.isFrozen(legacy.artifacts.dbt)).toBe(true);
  });

  it('uses reflekt_project.yml beside a Reflekt config as defaults under it', async () => {
    const project = await tempProject({
      'reflekt_project.yml':
        'name: legacy_name\nvendor: com.legacy\nschemas:\n  conventions:\n    event: { casing: snake, numbers: false, reserved: [] }\n',
      'reflekt.config.json': '{ "vendor": "com.new", "conventions": { "event": { "numbers": true } } }',
    });
    try {
      const config = await loadConfig({ cwd: project.dir });
      expect(config.configFormat).toBe('json');
      expect(config.name).toBe('legacy_name');
      expect(config.vendor).toBe('com.new');
      expect(config.conventions.event).toEqual({ casing: 'snake', numbers: true, reserved: [] });
      expect(config.legacyProject).toMatchObject({ name: 'legacy_name' });
    } finally {
      await project.cleanup();
    }
  });
});

describe('loadConfig: .env', () => {
  const keys = ['REFLEKT_TEST_TOKEN', 'REFLEKT_TEST_KEPT'];
  afterEach(() => {
    for (const k of keys) delete process.env[k];
  });

  it('loads .env from the root without overriding variables already set, before evaluating the config', async () => {
    process.env.REFLEKT_TEST_KEPT = 'from-shell';
    const project = await tempProject({
      '.env': 'REFLEKT_TEST_TOKEN=secret-from-dotenv\nREFLEKT_TEST_KEPT=from-dotenv\n',
      'reflekt.config.mjs': 'export default { vendor: process.env.REFLEKT_TEST_TOKEN ?? "unset" };',
      'sub/.gitkeep': '',
    });
    try {
      const config = await loadConfig({ cwd: path.join(project.dir, 'sub') });
      expect(process.env.REFLEKT_TEST_TOKEN).toBe('secret-from-dotenv');
      expect(process.env.REFLEKT_TEST_KEPT).toBe('from-shell');
      expect(config.vendor).toBe('secret-from-dotenv');
    } finally {
      await project.cleanup();
    }
  });
});

describe('config edits in a long-running process', () => {
  it('loads a .mjs or .cjs config as it is on disk now, not as it was first imported', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reflekt-config-reload-'));
    try {
      for (const [file, body] of [
        ['reflekt.config.mjs', (name: string) => `export default { name: '${name}' };\n`],
        ['reflekt.config.cjs', (name: string) => `module.exports = { name: '${name}' };\n`],
      ] as const) {
        rmSync(path.join(dir, 'reflekt.config.mjs'), { force: true });
        writeFileSync(path.join(dir, file), body('first'));
        expect((await loadConfig({ cwd: dir })).name).toBe('first');
        writeFileSync(path.join(dir, file), body('second_edit'));
        expect((await loadConfig({ cwd: dir })).name).toBe('second_edit');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
