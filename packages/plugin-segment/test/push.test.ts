import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeProject, reflekt, removeProject } from './helpers/project.js';
import { exampleRules } from './helpers/rules.js';
import { schemaFile, text } from './helpers/schemas.js';
import { useSegmentServer } from './helpers/use-server.js';

const api = useSegmentServer();
let dir: string;
const env = { SEGMENT_API_TOKEN: 'test-token' };

afterEach(async () => {
  if (dir) await removeProject(dir);
});

const files = (...entries: [string, unknown][]) => Object.fromEntries(entries);

const shopSchemas = () =>
  files(
    schemaFile('web_shop', 'Order Completed', '1-0', { order_id: text('Order id.') }, { required: ['order_id'] }),
    schemaFile('web_shop', 'Identify', '1-0', { email: text('Email address.') }, { kind: 'identify', metadata: {} }),
    schemaFile('web_shop', 'Home', '1-0', { path: text('Path of the page.') }, { kind: 'page' }),
  );

describe('reflekt push segment', () => {
  it('creates a missing plan and uploads every rule', async () => {
    dir = await makeProject({ baseUrl: api.server.url }, shopSchemas());
    const result = await reflekt(dir, ['push', 'segment', '--plan', 'Web Shop'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /Segment plan `Web Shop`: 3 to add, 0 to change, 0 to remove, 0 unchanged \(the plan does not exist; push will create it\)/,
    );
    expect(api.server.writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /tracking-plans',
      expect.stringMatching(/^PATCH \/tracking-plans\/tp_\w+\/rules$/),
    ]);
    const [plan] = [...api.server.plans.values()];
    expect(plan).toMatchObject({ name: 'Web Shop', type: 'LIVE' });
    const rules = api.server.rules.get(plan?.id ?? '') ?? [];
    const order = rules.find((r) => r.key === 'Order Completed');
    expect(order?.jsonSchema).toEqual({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      description: 'Order Completed happened.',
      labels: { owner: 'growth' },
      properties: {
        context: {},
        traits: {},
        properties: { type: 'object', properties: { order_id: text('Order id.') }, required: ['order_id'], additionalProperties: false },
      },
      required: ['properties'],
    });
    const identify = rules.find((r) => r.type === 'IDENTIFY');
    expect(identify).not.toHaveProperty('key');
    expect(identify?.jsonSchema).toMatchObject({
      properties: { context: {}, properties: {}, traits: { properties: { email: text('Email address.') } } },
    });
    expect(rules.find((r) => r.type === 'PAGE')?.key).toBe('Home');
  });

  it('upserts changed and new rules, deletes removed ones, and keeps rules Reflekt cannot express', async () => {
    dir = await makeProject({ baseUrl: api.server.url }, shopSchemas());
    expect((await reflekt(dir, ['push', 'segment', '--plan', 'Web Shop'], env)).code).toBe(0);
    const [plan] = [...api.server.plans.values()];
    const planId = plan?.id ?? '';
    // Someone adds rules in the Protocols UI: a COMMON rule and a track event Reflekt does not have.
    const common = exampleRules().find((r) => r.type === 'COMMON');
    api.server.rules.get(planId)?.push(...(common ? [common] : []), { ...exampleRules()[0], key: 'Signed Up' } as never);
    api.server.requests.length = 0;
    const changed = files(
      schemaFile(
        'web_shop',
        'Order Completed',
        '1-0',
        { order_id: text('Order id.'), coupon: text('Coupon code.') },
        { required: ['order_id'] },
      ),
      schemaFile('web_shop', 'Identify', '1-0', { email: text('Email address.') }, { kind: 'identify', metadata: {} }),
      schemaFile('web_shop', 'Cart Viewed', '1-0', { cart_id: text('Cart id.') }),
    );
    await removeProject(dir);
    dir = await makeProject({ baseUrl: api.server.url }, changed);

    const dry = await reflekt(dir, ['push', 'segment', '--plan', planId, '--dry-run'], env);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain(`Segment plan \`Web Shop\` (${planId}): 1 to add, 1 to change, 2 to remove, 1 unchanged`);
    expect(dry.stderr).toContain('+ TRACK "Cart Viewed" v1');
    expect(dry.stderr).toContain('~ TRACK "Order Completed" v1: /jsonSchema/properties/properties/properties/coupon');
    expect(dry.stderr).toContain('- PAGE "Home" v1');
    expect(dry.stderr).toContain('- TRACK "Signed Up" v1');
    expect(dry.stderr).toContain('1 rule Reflekt cannot express stays in Segment as it is: COMMON v1. [RK5215]');
    expect(api.server.writes).toEqual([]);

    const result = await reflekt(dir, ['push', 'segment', '--plan', planId, '--format', 'json'], env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).result).toMatchObject({
      added: 1,
      changed: 1,
      removed: 2,
      unchanged: 1,
      kept: 1,
      applied: true,
      mode: 'upsert',
    });
    const writes = api.server.writes;
    expect(writes.map((r) => r.method)).toEqual(['PATCH', 'DELETE']);
    const patched = writes[0]?.body as { rules: { key: string }[] };
    expect(patched.rules.map((r) => r.key)).toEqual(['Cart Viewed', 'Order Completed']);
    expect(Object.fromEntries(writes[1]?.query ?? [])).toEqual({
      'rules.0.type': 'PAGE',
      'rules.0.key': 'Home',
      'rules.0.version': '1',
      'rules.1.type': 'TRACK',
      'rules.1.key': 'Signed Up',
      'rules.1.version': '1',
    });
    const remaining = (api.server.rules.get(planId) ?? []).map((r) => `${r.type} ${r.key ?? ''}`).sort();
    expect(remaining).toEqual(['COMMON ', 'IDENTIFY ', 'TRACK Cart Viewed', 'TRACK Order Completed']);

    // Nothing left to do: a second push sends nothing.
    api.server.requests.length = 0;
    const again = await reflekt(dir, ['push', 'segment', '--plan', planId], env);
    expect(again.stderr).toContain('0 to add, 0 to change, 0 to remove, 3 unchanged');
    expect(api.server.writes).toEqual([]);
  });

  it('replaces the whole rule set with one PUT in replace mode, carrying the rules it cannot express', async () => {
    const common = exampleRules().find((r) => r.type === 'COMMON');
    const plan = api.server.addPlan('Web Shop', common ? [common] : []);
    dir = await makeProject({ baseUrl: api.server.url, mode: 'replace' }, shopSchemas());
    const result = await reflekt(dir, ['push', 'segment', '--plan', 'web-shop'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(api.server.writes.map((r) => r.method)).toEqual(['PUT']);
    const put = api.server.writes[0]?.body as { rules: { type: string }[] };
    const sent = put.rules.map((r) => r.type).sort();
    expect(sent).toEqual(['COMMON', 'IDENTIFY', 'PAGE', 'TRACK']);
    expect(api.server.rules.get(plan.id)).toHaveLength(4);
  });

  it('pushes nothing after a pull: the pulled schemas give back the same rules', async () => {
    const plan = api.server.addPlan('Web Shop', exampleRules());
    dir = await makeProject({ baseUrl: api.server.url });
    expect((await reflekt(dir, ['pull', 'segment', '--plan', 'Web Shop'], env)).code).toBe(0);
    // No --plan: the schemas say which plan they came from. (Lint findings such as missing
    // descriptions are the plan's; they are switched off here to reach the push.)
    const lintOff = { lint: { rules: { 'event-description': 'off', 'property-description': 'off' } } };
    await writeFile(
      path.join(dir, 'reflekt.config.ts'),
      (await readFile(path.join(dir, 'reflekt.config.ts'), 'utf8')).replace(
        "outDir: 'artifacts',",
        `outDir: 'artifacts', ...${JSON.stringify(lintOff)},`,
      ),
    );
    const result = await reflekt(dir, ['push', 'segment'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`Segment plan \`Web Shop\` (${plan.id}): 0 to add, 0 to change, 0 to remove, 2 unchanged`);
    expect(api.server.writes).toEqual([]);
  });

  it('never pushes a plan that fails lint', async () => {
    const [file, doc] = schemaFile('web_shop', 'Order Completed', '1-0', { order_id: text('Order id.') });
    dir = await makeProject({ baseUrl: api.server.url }, { [file]: { ...doc, $id: 'web_shop/Wrong/1-0.json' } });
    const result = await reflekt(dir, ['push', 'segment', '--plan', 'Web Shop'], env);
    expect(result.code).toBe(1);
    expect(api.server.requests).toEqual([]);
  });
});
