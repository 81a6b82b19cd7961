import path from 'node:path';
import { Compiler, loadConfig } from '@reflekt/compiler';
import { withTempDir } from '@reflekt/compiler/testing';
import { describe, expect, it } from 'vitest';
import { type Rule, type RuleInput, ruleIdentity } from '../src/api/types.js';
import { asInput } from '../src/commands/diff.js';
import { planFiles, schemaToRule } from '../src/index.js';
import { loadSchemas, random } from './helpers/load.js';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** Builds varied rules: every type, odd keys, envelopes and payloads that stray from the usual shape. */
function arbitraryRules(seed: number, count: number): Rule[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const maybe = (p = 0.5) => next() < p;
  const names = ['Order Completed', 'Signed Up', 'Identify', 'Home', 'Café Visited', 'a/b Test', 'Button Clicked', '  ', 'Page Viewed'];
  const property = (depth: number): Record<string, unknown> =>
    pick([
      () => ({ type: 'string', ...(maybe() && { description: 'Some text.' }), ...(maybe(0.3) && { enum: ['a', 'b', null] }) }),
      () => ({ type: ['number', 'null'] }),
      () => ({ type: ['integer'], minimum: 0 }),
      () => ({ id: '/properties/properties/properties/x', type: 'boolean' }),
      () => ({ type: 'string', format: 'date-time', pattern: '^2' }),
      () => (depth > 1 ? {} : { type: 'object', properties: { inner: property(depth + 1) }, required: maybe() ? ['inner'] : [] }),
      () => (depth > 1 ? { type: 'array' } : { type: 'array', items: property(depth + 1) }),
      () => ({}),
    ])();
  const payload = (): unknown => {
    const properties = Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, (_, i) => [`p_${i}`, property(0)]));
    return pick([
      () => ({}),
      () => ({ type: 'object', properties }),
      () => ({ type: 'object', properties, required: Object.keys(properties).slice(0, 1), additionalProperties: maybe() }),
      () => ({ properties }),
      () => ({ type: ['object'], properties }),
      () => ({ type: 'object', description: 'Inner description.', properties, $id: '#inner' }),
      () => ({ type: 'object', properties, metadata: { x: 1 } }),
    ])();
  };
  const rules = new Map<string, Rule>();
  for (let i = 0; rules.size < count && i < count * 10; i++) {
    const type = pick(['TRACK', 'TRACK', 'IDENTIFY', 'GROUP', 'PAGE', 'SCREEN', 'COMMON'] as const);
    const keyed = type === 'TRACK' || type === 'PAGE' || type === 'SCREEN' ? maybe(0.9) : maybe(0.15);
    const key = keyed ? pick([...names, '']) : undefined;
    const version = maybe(0.05) ? 1.5 : 1 + Math.floor(next() * 3);
    const slot = type === 'IDENTIFY' || type === 'GROUP' ? 'traits' : 'properties';
    const other = slot === 'traits' ? 'properties' : 'traits';
    const wrapper: Record<string, unknown> = {
      ...(maybe(0.9) && {
        context: maybe(0.8) ? {} : { type: 'object', properties: { library: { type: 'object' } }, required: ['library'] },
      }),
      ...(maybe(0.9) && { [other]: {} }),
      ...(maybe(0.95) && { [slot]: payload() }),
    };
    const jsonSchema: Record<string, unknown> = {
      ...(maybe(0.9) && { $schema: maybe(0.9) ? DRAFT_07 : 'http://json-schema.org/draft-04/schema#' }),
      ...(maybe(0.9) && { type: 'object' }),
      ...(maybe(0.7) && { description: pick(['User did something.', '', 'Multi\nline']) }),
      ...(maybe(0.6) && { labels: pick([{}, { area: 'checkout' }, { area: 'x', owner: 'y' }, { count: 5 }, { segment: 'labelled' }]) }),
      ...(maybe(0.95) && { properties: wrapper }),
      ...(maybe(0.4) && { required: [slot] }),
      ...(maybe(0.1) && { additionalProperties: true }),
    };
    const rule: Rule = {
      type,
      ...(key !== undefined && { key }),
      version,
      jsonSchema,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      deprecatedAt: maybe(0.1) ? '2024-02-01T00:00:00.000Z' : '0001-01-01T00:00:00.000Z',
    };
    rules.set(ruleIdentity(rule), rule);
  }
  return [...rules.values()];
}

describe('round trip', () => {
  it('Segment rules → Reflekt schemas → Segment rules gives the same rules, and names what it cannot carry', async () => {
    for (const seed of [1, 2, 3]) {
      const rules = arbitraryRules(seed, 60);
      await withTempDir(async (dir) => {
        const pulled = planFiles(rules, { folder: 'shop', vendor: 'com.example', trackingPlanId: 'tp_1' });
        const { plan, diagnostics } = await loadSchemas(dir, pulled.files);
        // Every pulled file loads: no load (RK1xxx) diagnostics at all.
        expect(
          diagnostics.filter((d) => d.code.startsWith('RK1')),
          `seed ${seed}`,
        ).toEqual([]);

        const expressible = rules.filter((r) => r.type !== 'COMMON' && Number.isInteger(r.version));
        expect(pulled.skipped.length + expressible.length, `seed ${seed}`).toBe(rules.length);
        expect(plan.events).toHaveLength(expressible.length);

        const back = new Map<string, RuleInput>();
        for (const event of plan.events) {
          const built = schemaToRule(event);
          back.set(ruleIdentity(built.rule), built.rule);
        }
        for (const rule of expressible)
          expect(back.get(ruleIdentity(rule)), `seed ${seed}: ${rule.type} ${rule.key} v${rule.version}`).toEqual(asInput(rule));
      });
    }
  });

  it('Reflekt schemas → Segment rules → Reflekt schemas keeps every payload, description and text metadata', async () => {
    const root = path.resolve(import.meta.dirname, '../../../examples/online-shop');
    const config = await loadConfig({ cwd: root });
    const original = await new Compiler({ ...config, plugins: [] }).loadPlan();
    // Segment keeps majors: the latest minor of each major is what goes and comes back.
    const latest = original.events.filter(
      (e) => !original.events.some((o) => o.name === e.name && o.version.major === e.version.major && o.version.minor > e.version.minor),
    );
    const rules = latest.map((e) => schemaToRule(e).rule);
    const pulled = planFiles(rules as Rule[], { folder: 'online_shop', vendor: 'com.example.shop' });
    expect(pulled.skipped).toEqual([]);
    await withTempDir(async (dir) => {
      const { plan } = await loadSchemas(dir, pulled.files);
      for (const event of latest) {
        const copy = plan.events.find((e) => e.name === event.name && e.version.major === event.version.major);
        expect(copy?.schema, event.id).toEqual(event.schema);
        expect(copy?.description).toBe(event.description);
        expect(copy?.kind).toBe(event.kind);
        const { segment, ...labels } = copy?.metadata ?? {};
        expect(labels).toEqual(event.metadata);
        expect(segment).toEqual({});
      }
    });
  });
});
