import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { withTempDir } from '@reflekt/compiler/testing';
import { describe, expect, it } from 'vitest';
import { pullWith } from './helpers/compiler.js';
import { jsonProject } from './helpers/json-project.js';
import { loadSchemas } from './helpers/load.js';
import { makeProject, reflekt, removeProject } from './helpers/project.js';
import { exampleRules } from './helpers/rules.js';

const require = createRequire(import.meta.url);
const configApiSpec = JSON.parse(
  await readFile(new URL('./fixtures/segment-config-api/tracking-plans-config-api.json', import.meta.url), 'utf8'),
);

const codes = (diagnostics: readonly { code: string }[]) => diagnostics.map((d) => d.code);

describe('pull --file (offline)', () => {
  it('reads a Public API rules export through the CLI, without a token or the network', async () => {
    const dir = await makeProject(
      { baseUrl: 'http://127.0.0.1:9' },
      { 'export.json': { data: { rules: exampleRules(), pagination: { current: 'MA==' } } } },
    );
    try {
      const result = await reflekt(dir, ['pull', 'segment', '--file', 'export.json', '--plan', 'Web Shop']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/pulled 2 schemas from segment into schemas: 2 new/);
      const order = JSON.parse(await readFile(path.join(dir, 'schemas/web_shop/Order_Completed/1-0.json'), 'utf8'));
      expect(order.properties.total).toEqual({ description: 'Revenue with discounts and coupons added in', type: ['number'] });
      // No plan id in an export without one.
      expect(order.self.metadata).toEqual({ area: 'checkout', segment: {} });
    } finally {
      await removeProject(dir);
    }
  });

  it("reads Typewriter's plan.json and says what it lost", async () => {
    // The file Typewriter itself writes: its sanitizer over a Public API plan, stable-stringified with tabs.
    const { sanitizeTrackingPlan } = require('typewriter/dist/api/trackingplans.js');
    const stringify = require('json-stable-stringify');
    const rules = exampleRules();
    const order = rules[0] as { jsonSchema: { properties: { properties: { properties: Record<string, Record<string, unknown>> } } } };
    order.jsonSchema.properties.properties.properties.order_id = { id: '/properties/properties/properties/order_id', type: 'string' };
    const planJson = stringify(
      sanitizeTrackingPlan({ id: 'tp_tw', name: 'Typewriter Plan', slug: 'tw', description: '', type: 'LIVE', rules }),
      { space: '\t' },
    );
    await withTempDir(async (dir) => {
      await jsonProject(dir, { 'plan.json': planJson });
      const { outcome, diagnostics } = await pullWith(dir, {}, { file: 'plan.json' });
      expect(codes(diagnostics)).toEqual(['RK5213']);
      expect([...outcome.schemas.keys()]).toEqual(['typewriter_plan/Order_Completed/1-0.json']);
      const doc = outcome.schemas.get('typewriter_plan/Order_Completed/1-0.json') as Record<string, unknown>;
      expect(doc).toMatchObject({
        description: 'User completed an order',
        self: { name: 'Order Completed', metadata: { segment: { trackingPlanId: 'tp_tw' } } },
        required: ['order_id', 'total'],
      });
      // Typewriter's `$id: /properties/order_id` (from the draft-04 `id`) is gone; draft-07 would resolve against it.
      expect((doc.properties as Record<string, unknown>).order_id).toEqual({ type: 'string' });
      const { diagnostics: load } = await loadSchemas(dir, outcome.schemas);
      expect(load.filter((d) => d.code.startsWith('RK1'))).toEqual([]);
    });
  });

  it('reads a Config API (v1beta) plan: events, identify and group; the global rule is reported', async () => {
    const example = configApiSpec.endpoints?.find((e: { op: string }) => e.op === 'getTrackingPlan')?.response_example;
    expect(example).toBeDefined();
    await withTempDir(async (dir) => {
      await jsonProject(dir, { 'plan.json': example });
      const { outcome, diagnostics } = await pullWith(dir, {}, { file: 'plan.json' });
      expect([...outcome.schemas.keys()].sort()).toEqual([
        'kicks_app/Group/1-0.json',
        'kicks_app/Identify/1-0.json',
        'kicks_app/Order_Completed/1-0.json',
      ]);
      expect(codes(diagnostics)).toEqual(['RK5208']);
      expect(diagnostics[0]?.message).toContain('COMMON v1');
      const identify = outcome.schemas.get('kicks_app/Identify/1-0.json') as Record<string, unknown>;
      expect(identify).toMatchObject({
        required: ['name'],
        self: { kind: 'identify', metadata: { segment: { trackingPlanId: 'rs_123' } } },
      });
    });
  });

  it('reports a file it cannot read', async () => {
    await withTempDir(async (dir) => {
      await jsonProject(dir, { 'bad.json': '{"rules": [{"type": "TRACK"}]}', 'text.json': 'not json' });
      for (const [file, detail] of [
        ['bad.json', 'rule 0 has no `type` and numeric `version`'],
        ['text.json', 'it is not JSON'],
        ['missing.json', 'the file does not exist'],
      ] as const) {
        const { outcome, diagnostics } = await pullWith(dir, {}, { file });
        expect(codes(diagnostics)).toEqual(['RK5212']);
        expect(diagnostics[0]?.message).toContain(detail);
        expect(diagnostics[0]?.severity).toBe('error');
        expect(outcome.schemas.size).toBe(0);
      }
    });
  });
});
