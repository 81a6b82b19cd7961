import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ReflektError } from '@reflekt/compiler';
import { afterAll, describe, expect, it } from 'vitest';
import avo, { type AvoOptions, branchIds, type FetchFunction, resolveOptions } from '../src/index.js';
import { codes, makeProject, pullDirect, removeProjects } from './helpers/project.js';

afterAll(removeProjects);

/** The RK7005 details a factory call throws. */
function optionProblems(options: unknown): string[] {
  try {
    avo(options as AvoOptions);
  } catch (error) {
    if (error instanceof ReflektError) return error.diagnostics.map((d) => `${d.code} ${d.message}`);
    throw error;
  }
  return [];
}

describe('options', () => {
  it('fills in the defaults', () => {
    const resolved = resolveOptions({ workspaceId: 'ws', baseUrl: 'http://127.0.0.1:8080/' });
    expect(resolved).toMatchObject({
      workspaceId: 'ws',
      branch: 'main',
      branches: {},
      baseUrl: 'http://127.0.0.1:8080',
      retries: 3,
      retryDelayMs: 1000,
      minIntervalMs: 1100,
      timeoutMs: 30_000,
    });
    expect(typeof resolved.fetch).toBe('function');
    expect(resolveOptions(undefined).baseUrl).toBe('https://api.avo.app');
  });

  it.each([
    [{ retries: -1 }, 'retries'],
    [{ baseUrl: 'ftp://x' }, 'baseUrl'],
    [{ branches: { staging: 7 } }, 'staging'],
    [{ folder: 'a/b' }, 'folder'],
    [{ workspaceId: '' }, 'workspaceId'],
    [{ secret: 'x' }, 'secret'],
  ])('rejects %j (RK7005 naming %s)', (options, name) => {
    const problems = optionProblems(options);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^RK7005 /);
    expect(problems[0]).toContain(name);
  });

  it('rejects a fetch that is not a function', () => {
    expect(() => avo({ fetch: 'fetch' as unknown as FetchFunction })).toThrow(/fetch must be a function/);
  });

  it('merges branch ids: reflekt_project.yml first, options win', () => {
    const ids = branchIds({ staging: 'FromOptions' }, { registry: { avo: { branches: { staging: 'Legacy1', dev: 'Legacy2' } } } });
    expect([...ids]).toEqual([
      ['staging', 'FromOptions'],
      ['dev', 'Legacy2'],
    ]);
  });
});

describe('pull set-up problems', () => {
  it('answers only `reflekt pull avo`', async () => {
    const dir = await makeProject({});
    const { Compiler, loadConfig } = await import('@reflekt/compiler');
    const compiler = new Compiler({ ...(await loadConfig({ cwd: dir })), plugins: [avo({})] });
    const outcome = await compiler.pull({ command: 'pull', target: 'segment' });
    expect(outcome.handled).toBe(false);
    expect(compiler.diagnostics.all).toEqual([]);
  });

  it('needs a vendor (RK5309) and a one-segment plan folder (RK5314)', async () => {
    const dir = await makeProject({ vendor: '' });
    const file = path.join(dir, 'export.json');
    await writeFile(file, '{"events":[{"name":"A"}]}');
    expect(codes((await pullDirect(dir, {}, { options: { file } })).diagnostics)).toEqual(['RK5309']);
    expect(codes((await pullDirect(dir, { vendor: 'com.x' }, { options: { file, plan: '..' } })).diagnostics)).toEqual(['RK5314']);
  });

  it('reports a missing or malformed export file (RK5310, RK5307) and queues nothing', async () => {
    const dir = await makeProject({});
    const missing = await pullDirect(dir, {}, { options: { file: 'nope.json' } });
    expect(codes(missing.diagnostics)).toEqual(['RK5310']);
    expect(missing.diagnostics[0]?.message).toContain(path.join(dir, 'nope.json'));
    await writeFile(path.join(dir, 'bad.json'), '{"events": {}}');
    const bad = await pullDirect(dir, {}, { options: { file: 'bad.json' } });
    expect(codes(bad.diagnostics)).toEqual(['RK5307']);
    expect(bad.outcome.schemas.size).toBe(0);
    expect(bad.outcome.ownedFolders).toEqual([]);
  });

  it('places conversion warnings at the schema file that will be written', async () => {
    const dir = await makeProject({});
    const file = path.join(import.meta.dirname, 'fixtures/edge-export.json');
    const { diagnostics, outcome } = await pullDirect(dir, {}, { options: { file } });
    expect(diagnostics.every((d) => d.severity === 'warning' && d.plugin === '@reflekt/plugin-avo')).toBe(true);
    const unknownType = diagnostics.find((d) => d.code === 'RK5323');
    expect(unknownType).toMatchObject({ file: 'schemas/online_shop/Snowplow_Thing/1-0.json', pointer: '/properties/when' });
    expect(outcome.schemas.has('online_shop/Snowplow_Thing/1-0.json')).toBe(true);
  });
});
