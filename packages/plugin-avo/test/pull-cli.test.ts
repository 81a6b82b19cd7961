import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Compiler, loadConfig } from '@reflekt/compiler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AvoServer, fixture, specExample, startAvoServer } from './helpers/avo-server.js';
import { ACCOUNT, cli, codes, FAST, makeProject, removeProjects } from './helpers/project.js';

const WORKSPACE = 'wsOnlineShop';

let server: AvoServer;

beforeAll(async () => {
  server = await startAvoServer({
    accountName: ACCOUNT.name,
    accountSecret: ACCOUNT.secret,
    plans: { [WORKSPACE]: { main: fixture('shop-export.json'), HqC13KbRJ: specExample('export-response.docs.json') } },
  });
});

afterAll(async () => {
  await server.close();
  await removeProjects();
});

const options = () => ({ workspaceId: WORKSPACE, baseUrl: server.baseUrl, ...FAST });

/** Loads and lints the project as `reflekt lint` does; returns the diagnostics with errors. */
async function lintErrors(dir: string) {
  const compiler = new Compiler(await loadConfig({ cwd: dir }));
  const plan = await compiler.lint();
  return { plan, errors: compiler.diagnostics.all.filter((d) => d.severity === 'error') };
}

describe('reflekt pull avo (real CLI, local export server)', () => {
  it('writes one schema per event plus Identify and Group, which lint without errors, and a second pull writes nothing', async () => {
    const dir = await makeProject({ options: options() });
    const first = await cli(dir, ['pull', 'avo', '--format', 'json']);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.json?.files?.created).toEqual([
      'online_shop/Group/1-0.json',
      'online_shop/Identify/1-0.json',
      'online_shop/Order_Completed/1-0.json',
      'online_shop/Page_Viewed/1-0.json',
      'online_shop/Plan_Upgraded/1-0.json',
      'online_shop/Signed_Up/1-0.json',
      'online_shop/checkout_started/1-0.json',
    ]);
    expect(first.json?.result).toMatchObject({ source: 'api', workspaceId: WORKSPACE, branch: 'main', branchId: 'main', schemas: 7 });
    expect(server.violations).toEqual([]);
    expect(server.requests.at(-1)).toMatchObject({
      method: 'GET',
      url: `/workspaces/${WORKSPACE}/branches/main/export/v1`,
      account: ACCOUNT.name,
    });

    const { plan, errors } = await lintErrors(dir);
    expect(errors).toEqual([]);
    expect(plan.events.map((e) => [e.id, e.kind])).toEqual([
      ['online_shop/Group/1-0.json', 'group'],
      ['online_shop/Identify/1-0.json', 'identify'],
      ['online_shop/Order_Completed/1-0.json', 'track'],
      ['online_shop/Page_Viewed/1-0.json', 'page'],
      ['online_shop/Plan_Upgraded/1-0.json', 'track'],
      ['online_shop/Signed_Up/1-0.json', 'track'],
      ['online_shop/checkout_started/1-0.json', 'track'],
    ]);

    const file = path.join(dir, 'schemas/online_shop/Order_Completed/1-0.json');
    const before = await stat(file);
    const second = await cli(dir, ['pull', 'avo', '--format', 'json']);
    expect(second.code).toBe(0);
    expect(second.json?.files?.created).toEqual([]);
    expect(second.json?.files?.updated).toEqual([]);
    expect(second.json?.files?.unchanged).toHaveLength(7);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it('pulls the branch named by --branch through its configured id, into --plan', async () => {
    const dir = await makeProject({ options: { ...options(), branches: { staging: 'HqC13KbRJ' } } });
    const run = await cli(dir, ['pull', 'avo', '--branch', 'staging', '--plan', 'staging_plan', '--format', 'json']);
    expect(run.code, run.stdout).toBe(0);
    expect(run.json?.files?.created).toEqual(['staging_plan/my_event/1-0.json']);
    expect(server.requests.at(-1)?.url).toBe(`/workspaces/${WORKSPACE}/branches/HqC13KbRJ/export/v1`);
    const written = JSON.parse(await readFile(path.join(dir, 'schemas/staging_plan/my_event/1-0.json'), 'utf8'));
    expect(written).toMatchObject({
      $id: 'staging_plan/my_event/1-0.json',
      self: { vendor: 'com.example.shop', name: 'my_event', version: '1-0', metadata: { tags: ['Tag1'] } },
      properties: { my_property: { type: 'string', description: 'Property description' } },
      required: ['my_property'],
    });
    expect((await lintErrors(dir)).errors).toEqual([]);
  });

  it('honours the branch ids of a Python Reflekt reflekt_project.yml', async () => {
    const legacy = [
      'name: online_shop',
      'vendor: com.example.shop',
      'registry:',
      '  avo:',
      '    branches:',
      '      staging: HqC13KbRJ',
      '',
    ].join('\n');
    const dir = await makeProject({ options: options(), files: { 'reflekt_project.yml': legacy } });
    const run = await cli(dir, ['pull', 'avo', '--branch', 'staging', '--format', 'json']);
    expect(run.code, run.stdout).toBe(0);
    expect(run.json?.result).toMatchObject({ branch: 'staging', branchId: 'HqC13KbRJ' });
  });

  it('refuses a branch without an id (exit 1, nothing written)', async () => {
    const dir = await makeProject({ options: options() });
    const before = server.requests.length;
    const run = await cli(dir, ['pull', 'avo', '--branch', 'feature-x', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(codes(run.json?.diagnostics ?? [])).toEqual(['RK5308']);
    expect(run.json?.diagnostics[0]?.message).toContain('`feature-x`');
    expect(server.requests.length).toBe(before);
  });

  it('reads an export file offline with --file, without credentials or network', async () => {
    const dir = await makeProject({ options: { baseUrl: 'http://127.0.0.1:9', ...FAST } });
    const before = server.requests.length;
    const file = path.join(import.meta.dirname, 'fixtures/shop-export.json');
    const run = await cli(dir, ['pull', 'avo', '--file', file, '--format', 'json'], {});
    expect(run.code, run.stdout).toBe(0);
    expect(run.json?.result).toMatchObject({ source: 'file', schemas: 7 });
    expect(server.requests.length).toBe(before);
    expect((await lintErrors(dir)).errors).toEqual([]);
  });

  it('writes nothing under --dry-run, and keeps local formatting of unchanged files', async () => {
    const dir = await makeProject({ options: options() });
    const dry = await cli(dir, ['pull', 'avo', '--dry-run', '--format', 'json']);
    expect(dry.code).toBe(0);
    expect(dry.json?.files?.created).toHaveLength(7);
    await expect(stat(path.join(dir, 'schemas/online_shop'))).rejects.toThrow();

    await cli(dir, ['pull', 'avo']);
    const file = path.join(dir, 'schemas/online_shop/Page_Viewed/1-0.json');
    const compact = `${JSON.stringify(JSON.parse(await readFile(file, 'utf8')))}\n`;
    await writeFile(file, compact);
    const again = await cli(dir, ['pull', 'avo', '--format', 'json']);
    expect(again.json?.files?.updated).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(compact);
  });
});
