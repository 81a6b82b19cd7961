import { describe, expect, it } from 'vitest';
import { loadFixture, serialize, summarize } from './helpers.js';

describe('Reflekt schemas written as YAML', () => {
  it('loads .yaml and .yml schemas with .json ids', async () => {
    const { plan, diagnostics } = await loadFixture('reflekt-yaml', { name: 'shop', vendor: 'com.example.shop' });
    expect(summarize(diagnostics)).toEqual([]);
    expect(plan.events.map((e) => e.id)).toEqual([
      'shop/App_Opened/1-0.json',
      'shop/Checkout_Started/1-1.json',
      'shop/Identify/1-0.json',
      'shop/Order_Completed/1-0.json',
    ]);
    await expect(serialize(plan)).toMatchFileSnapshot('__golden__/reflekt-yaml.ir.json');
  });

  it('reads self.kind, self.deprecated and self.lint, and falls back to the config vendor', async () => {
    const { plan } = await loadFixture('reflekt-yaml', { vendor: 'com.example.fallback' });
    const [appOpened, checkout] = plan.events;
    expect(appOpened).toMatchObject({ kind: 'screen', vendor: 'com.example.fallback', format: 'reflekt-yaml' });
    // No `type` written: the payload is still an object schema, with `type` first.
    expect(Object.keys(appOpened?.schema ?? {})[0]).toBe('type');
    expect(checkout).toMatchObject({ deprecated: true, lint: ['event-casing', 'property-description'] });
  });
});
