import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readTree, withTempDir } from '@reflekt/compiler/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { pullWith } from './helpers/compiler.js';
import { jsonProject } from './helpers/json-project.js';
import { makeProject, reflekt, removeProject } from './helpers/project.js';
import { exampleRules, trackRule } from './helpers/rules.js';
import { useSegmentServer } from './helpers/use-server.js';

const api = useSegmentServer();
let dir: string;
const env = { SEGMENT_API_TOKEN: 'test-token' };

afterEach(async () => {
  if (dir) await removeProject(dir);
});

describe('reflekt pull segment', () => {
  it('writes one schema per rule, every kind and version, following pagination', async () => {
    api.server.pageLimit = 2;
    api.server.addPlan('Other Plan');
    api.server.addPlan('Web Shop', [
      ...exampleRules(),
      trackRule('Order Completed', 2, { order_id: { type: 'string' }, currency: { type: 'string' } }),
      { type: 'GROUP', version: 1, jsonSchema: { properties: { traits: { type: 'object', properties: { plan: { type: 'string' } } } } } },
      {
        type: 'PAGE',
        key: 'Home',
        version: 1,
        jsonSchema: { properties: { properties: { type: 'object', properties: { path: { type: 'string' } } } } },
      },
      { type: 'SCREEN', version: 3, jsonSchema: { properties: { properties: {} } } },
    ]);
    dir = await makeProject({ baseUrl: api.server.url, plan: 'Web Shop' });
    const result = await reflekt(dir, ['pull', 'segment', '--format', 'json'], env);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(result.code).toBe(0);
    const files = await readTree(path.join(dir, 'schemas'));
    expect([...files.keys()].sort()).toEqual([
      'web_shop/Group/1-0.json',
      'web_shop/Home/1-0.json',
      'web_shop/Identify/1-0.json',
      'web_shop/Order_Completed/1-0.json',
      'web_shop/Order_Completed/2-0.json',
      'web_shop/Screen/3-0.json',
    ]);
    // The COMMON rule has no schema, and says so.
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toEqual(['RK5208']);
    expect(out.result).toMatchObject({ folder: 'web_shop', rules: 7, schemas: 6 });
    // Page size 2: 7 rules come in 4 pages.
    const ruleReads = api.server.requests.filter((r) => r.path.endsWith('/rules'));
    expect(ruleReads.map((r) => r.query.get('pagination.cursor'))).toEqual([null, 'Mg==', 'NA==', 'Ng==']);

    const order = JSON.parse(files.get('web_shop/Order_Completed/1-0.json') ?? '');
    expect(order).toMatchObject({
      $id: 'web_shop/Order_Completed/1-0.json',
      description: 'User completed an order',
      self: { vendor: 'com.example', name: 'Order Completed', format: 'jsonschema', version: '1-0', kind: 'track' },
      type: 'object',
      required: ['order_id', 'total'],
    });
    expect(order.self.metadata).toEqual({ area: 'checkout', segment: { trackingPlanId: expect.stringMatching(/^tp_/) } });
    const identify = JSON.parse(files.get('web_shop/Identify/1-0.json') ?? '');
    expect(identify.properties.email).toEqual({ type: 'string', format: 'email' });
    // The identify rule had `labels: {}` and no `required: ["traits"]`: kept so push sends the same rule.
    expect(identify.self.metadata.segment).toMatchObject({ rule: { labels: {} }, ruleOmits: ['required'] });

    // The pulled plan lints without load errors.
    const lint = await reflekt(dir, ['lint', '--format', 'json'], env);
    const loadProblems = JSON.parse(lint.stdout).diagnostics.filter((d: { code: string }) => /^RK1/.test(d.code));
    expect(loadProblems).toEqual([]);
  });

  it('reports progress page by page, through the fetch given in the options', async () => {
    api.server.pageLimit = 1;
    api.server.addPlan('Web Shop', exampleRules());
    const fetched: string[] = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      fetched.push(String(input));
      return globalThis.fetch(input, init);
    };
    await withTempDir(async (tmp) => {
      await jsonProject(tmp);
      const { progress } = await pullWith(tmp, { baseUrl: api.server.url, fetch }, { plan: 'Web Shop' }, env);
      expect(progress).toEqual(['Web Shop: rules 1/3', 'Web Shop: rules 2/3', 'Web Shop: rules 3/3']);
      expect(fetched).toHaveLength(api.server.requests.length);
    });
  });

  it('leaves unchanged files untouched on a second pull, keeping local formatting', async () => {
    api.server.addPlan('Web Shop', exampleRules());
    dir = await makeProject({ baseUrl: api.server.url });
    expect((await reflekt(dir, ['pull', 'segment', '--plan', 'Web Shop'], env)).code).toBe(0);
    const file = path.join(dir, 'schemas/web_shop/Order_Completed/1-0.json');
    // Reformat locally: same JSON, different layout.
    const compact = JSON.stringify(JSON.parse(await readFile(file, 'utf8')));
    await writeFile(file, compact);
    const before = (await stat(file)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const second = await reflekt(dir, ['pull', 'segment', '--plan', 'Web Shop'], env);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/0 new, 0 changed, 2 unchanged/);
    expect(await readFile(file, 'utf8')).toBe(compact);
    expect((await stat(file)).mtimeMs).toBe(before);
  });
});
