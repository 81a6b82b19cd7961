import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, Diagnostics, type EventSchema, ReflektError } from '@reflekt/compiler';
import { describe, expect, it } from 'vitest';
import { reportProblems } from '../src/diagnostics.js';
import types, { PLUGIN_NAME, resolveOptions, TYPES_CATALOG } from '../src/index.js';
import { copyExample } from './helpers.js';

describe('options', () => {
  it('fills in every default', () => {
    expect(resolveOptions(undefined)).toEqual({
      outDir: 'types',
      emit: 'ts',
      moduleFormat: 'esm',
      importExtension: '.js',
      target: 'browser',
      validate: 'off',
      functionPrefix: '',
      names: {},
      workers: 'auto',
    });
    expect(types().name).toBe(PLUGIN_NAME);
  });

  it('rejects a wrong option with RK7005, naming the option', () => {
    let caught: unknown;
    try {
      types({ emit: 'js' as never, names: { 'Order Completed': 'not an identifier' } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReflektError);
    const diagnostics = (caught as ReflektError).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.plugin, d.pointer])).toEqual([
      ['RK7005', PLUGIN_NAME, '/emit'],
      ['RK7005', PLUGIN_NAME, '/names/Order Completed'],
    ]);
  });

  it("JavaScript output always imports with '.js'", () => {
    expect(resolveOptions({ emit: 'js+dts', importExtension: 'none' }).importExtension).toBe('.js');
    expect(resolveOptions({ importExtension: '.ts' }).importExtension).toBe('.ts');
  });
});

describe('in a real build', () => {
  it('reflekt build writes artifacts/types/, named by package in a JSON config; a rebuild writes nothing', async () => {
    const dir = copyExample('plugin-build');
    const config = JSON.parse(readFileSync(path.join(dir, 'reflekt.config.json'), 'utf8')) as object;
    writeFileSync(
      path.join(dir, 'reflekt.config.json'),
      JSON.stringify({ ...config, plugins: [['@reflekt/plugin-types', { target: 'node', validate: 'warn', importExtension: '.ts' }]] }),
    );
    const first = await build({ cwd: dir });
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(first.write?.byPlugin[PLUGIN_NAME]).toEqual({ written: 3, unchanged: 0 });
    const index = readFileSync(path.join(dir, 'artifacts/types/index.ts'), 'utf8');
    expect(index).toContain("from './runtime.ts';");
    expect(existsSync(path.join(dir, 'artifacts/types/validators.ts'))).toBe(true);

    const second = await build({ cwd: dir });
    expect(second.write?.byPlugin[PLUGIN_NAME]).toEqual({ written: 0, unchanged: 3 });
  });
});

describe('diagnostics', () => {
  const event = (id: string): { event: EventSchema; plan: string; name: string; kind: 'track'; major: number } => ({
    event: { id, source: { file: `schemas/${id}`, pointer: '' } } as unknown as EventSchema,
    plan: 'p',
    name: id,
    kind: 'track',
    major: 1,
  });

  it('every code the plugin reports has its catalog entry, message and hint', () => {
    const diagnostics = new Diagnostics(undefined, PLUGIN_NAME);
    reportProblems(diagnostics, [
      { kind: 'collision', collision: { name: 'a', entries: [event('p/A/1-0.json'), event('p/a/1-0.json')] } },
      { kind: 'external-ref', entry: event('p/B/1-0.json'), ref: 'q/C/1-0.json' },
      { kind: 'types-failed', entry: event('p/D/1-0.json'), detail: 'boom' },
      { kind: 'validator-failed', entry: event('p/E/1-0.json'), detail: 'bang' },
    ]);
    expect(diagnostics.all.map((d) => [d.code, d.severity, d.file, d.plugin, d.message])).toEqual([
      [
        'RK4101',
        'warning',
        'schemas/p/A/1-0.json',
        PLUGIN_NAME,
        '`p/A/1-0.json`, `p/a/1-0.json` all derive the function name `a`; the later ones got `_2`, `_3`… in schema id order.',
      ],
      [
        'RK4102',
        'warning',
        'schemas/p/B/1-0.json',
        PLUGIN_NAME,
        '`$ref` `q/C/1-0.json` does not point into this schema, so its value is typed as `unknown`.',
      ],
      ['RK4103', 'error', 'schemas/p/D/1-0.json', PLUGIN_NAME, 'json-schema-to-typescript could not type this schema: boom'],
      [
        'RK4104',
        'warning',
        'schemas/p/E/1-0.json',
        PLUGIN_NAME,
        'Ajv could not compile a validator for this schema, so its events are not validated: bang',
      ],
    ]);
    expect(diagnostics.all.every((d) => d.hint !== undefined)).toBe(true);
    expect(TYPES_CATALOG.RK4105.message({ detail: 'no typescript' })).toBe(
      'The JavaScript and declaration files could not be emitted: no typescript',
    );
    expect(Object.keys(TYPES_CATALOG)).toEqual(['RK4101', 'RK4102', 'RK4103', 'RK4104', 'RK4105']);
  });
});
