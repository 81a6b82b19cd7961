import { describe, expect, it } from 'vitest';
import { loadFixture, serialize, summarize } from './helpers.js';

describe('Reflekt JSON schema projects (Python Reflekt 0.3–0.6)', () => {
  it('loads every event schema into the IR', async () => {
    const { plan, diagnostics } = await loadFixture('reflekt-json', { name: 'jaffle_shop', vendor: 'com.thejaffleshop' });
    expect(summarize(diagnostics)).toEqual([]);
    await expect(serialize(plan)).toMatchFileSnapshot('__golden__/reflekt-json.ir.json');
  });

  it('skips the meta-schema under .reflekt/', async () => {
    const { plan } = await loadFixture('reflekt-json');
    expect(plan.source.files.some((f) => f.includes('.reflekt'))).toBe(false);
    expect(plan.events.map((e) => e.id)).not.toContain('.reflekt/meta/1-0.json');
  });

  it('derives kinds from names, and reads both metadata placements and lint: false', async () => {
    const { plan } = await loadFixture('reflekt-json');
    const byId = new Map(plan.events.map((e) => [e.id, e]));
    expect([...byId.values()].map((e) => [e.name, e.kind])).toEqual([
      ['Cart Viewed', 'track'],
      ['Group', 'group'],
      ['Identify', 'identify'],
      ['Order Completed', 'track'],
      ['Order Completed', 'track'],
      ['Page Viewed', 'page'],
      ['Product Added', 'track'],
    ]);
    // Before 0.3.2, metadata sat at the top level of the document.
    expect(byId.get('jaffle_shop/Cart_Viewed/1-0.json')?.metadata).toEqual({ code_owner: 'engineering', product_owner: 'product' });
    expect(byId.get('jaffle_shop/Page_Viewed/1-0.json')?.lint).toBe(false);
    expect(byId.get('jaffle_shop/Order_Completed/2-0.json')?.version).toEqual({ major: 2, minor: 0 });
    for (const event of plan.events) {
      expect(event.schema).not.toHaveProperty('$schema');
      expect(event.schema).not.toHaveProperty('$id');
      expect(event.schema).not.toHaveProperty('self');
      expect(event.schema).not.toHaveProperty('metadata');
      expect(event.schema.type).toBe('object');
      expect(event.plan).toBe('jaffle_shop');
      expect(event.source.pointer).toBe('');
    }
  });
});
