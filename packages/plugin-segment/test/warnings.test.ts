import { Compiler, loadConfig } from '@reflekt/compiler';
import { withTempDir } from '@reflekt/compiler/testing';
import { describe, expect, it } from 'vitest';
import { planFiles } from '../src/index.js';
import { pullWith, pushWith } from './helpers/compiler.js';
import { jsonProject, segmentCodes } from './helpers/json-project.js';
import { trackRule } from './helpers/rules.js';
import { schemaFile, text } from './helpers/schemas.js';
import { useSegmentServer } from './helpers/use-server.js';

const api = useSegmentServer();
const env = { SEGMENT_API_TOKEN: 'test-token' };

describe('what one side cannot express', () => {
  it('pull reports rules without a schema and rules moved to a folder of their own', async () => {
    api.server.addPlan('Web Shop', [
      trackRule('Identify', 1, { a: { type: 'string' } }),
      { type: 'IDENTIFY', version: 1, jsonSchema: { properties: { traits: { type: 'object', properties: {} } } } },
      trackRule('Half Version', 1.5, {}),
      { type: 'COMMON', version: 1, jsonSchema: {} },
      trackRule('Slash/Name', 1, {}),
    ]);
    await withTempDir(async (dir) => {
      await jsonProject(dir);
      const { outcome, diagnostics } = await pullWith(dir, { baseUrl: api.server.url }, { plan: 'Web Shop' }, env);
      expect(segmentCodes(diagnostics)).toEqual(['RK5208', 'RK5208', 'RK5209']);
      expect(diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning']);
      expect(diagnostics[0]?.message).toContain('COMMON v1');
      expect(diagnostics[1]?.message).toContain('`1.5` is not a whole number');
      expect(diagnostics[2]?.message).toContain('`web_shop/Identify__track/1-0.json` because `web_shop/Identify/1-0.json`');
      expect([...outcome.schemas.keys()].sort()).toEqual([
        'web_shop/Identify/1-0.json',
        'web_shop/Identify__track/1-0.json',
        'web_shop/Slash_Name/1-0.json',
      ]);
      // Written as files, these lint without the name and duplicate checks they cannot meet.
      await jsonProject(dir, Object.fromEntries([...outcome.schemas].map(([file, doc]) => [`schemas/${file}`, doc])));
      const compiler = new Compiler(await loadConfig({ cwd: dir }));
      await compiler.lint();
      const structural = compiler.diagnostics.all.filter((d) => ['RK2003', 'RK2028'].includes(d.code) || d.code.startsWith('RK1'));
      expect(structural).toEqual([]);
    });
  });

  it('push reports metadata that is not text, deprecation, and minor versions it folds into one rule', async () => {
    const [v20file, v20] = schemaFile('web_shop', 'Order Completed', '2-0', { id: text('Order id.') });
    const [v21file, v21] = schemaFile('web_shop', 'Order Completed', '2-1', { id: text('Order id.'), coupon: text('Coupon.') });
    const [oldFile, old] = schemaFile(
      'web_shop',
      'Order Completed',
      '1-0',
      { id: text('Order id.') },
      { metadata: { owner: 'x', priority: 3 } },
    );
    (old.self as Record<string, unknown>).deprecated = true;
    await withTempDir(async (dir) => {
      await jsonProject(dir, { [v20file]: v20, [v21file]: v21, [oldFile]: old });
      const { diagnostics, logs, result } = await pushWith(dir, { baseUrl: api.server.url }, { plan: 'Web Shop' }, env);
      expect(segmentCodes(diagnostics)).toEqual(['RK5210', 'RK5210', 'RK5211']);
      const messages = diagnostics.filter((d) => d.code.startsWith('RK52')).map((d) => d.message);
      expect(messages[0]).toContain('`self.metadata.priority` is not text');
      expect(messages[1]).toContain('`self.deprecated` has no counterpart');
      expect(messages[2]).toContain('`Order Completed` pushes `2-1` as version 2; `2-0` not sent');
      expect(logs[0]).toContain('2 to add');
      expect(result).toMatchObject({ created: true, added: 2 });
      const [plan] = [...api.server.plans.values()];
      const rules = api.server.rules.get(plan?.id ?? '') ?? [];
      const v2 = rules.find((r) => r.version === 2)?.jsonSchema as { properties: { properties: { properties: object } }; labels: object };
      expect(Object.keys(v2.properties.properties.properties)).toEqual(['id', 'coupon']);
      const v1 = rules.find((r) => r.version === 1)?.jsonSchema as { labels: object };
      expect(v1.labels).toEqual({ owner: 'x' });
    });
  });

  it('a dry run prints the diff and changes nothing, not even a missing plan', async () => {
    await withTempDir(async (dir) => {
      await jsonProject(dir, Object.fromEntries([schemaFile('web_shop', 'Signed Up', '1-0', { plan: text('Plan.') })]));
      const { logs, result } = await pushWith(dir, { baseUrl: api.server.url }, { plan: 'Web Shop' }, env, true);
      expect(logs).toEqual([
        'Segment plan `Web Shop`: 1 to add, 0 to change, 0 to remove, 0 unchanged (the plan does not exist; push would create it)',
        '  + TRACK "Signed Up" v1',
      ]);
      expect(result).toMatchObject({ dryRun: true, applied: false, created: false });
      expect(api.server.writes).toEqual([]);
      expect(api.server.plans.size).toBe(0);
    });
  });

  it('keeps labels that cannot be metadata, so they round-trip', () => {
    const { files } = planFiles(
      [
        {
          type: 'TRACK',
          key: 'A',
          version: 1,
          jsonSchema: { labels: { segment: 'web', count: 2, area: 'x' }, properties: { properties: {} } },
        },
      ],
      { folder: 'p', vendor: 'v' },
    );
    const doc = files.get('p/A/1-0.json') as { self: { metadata: Record<string, unknown> } };
    expect(doc.self.metadata).toEqual({
      area: 'x',
      segment: expect.objectContaining({ rule: expect.objectContaining({ labels: { segment: 'web', count: 2 } }) }),
    });
  });
});
