import { describe, expect, it } from 'vitest';
import { loadFixture, serialize, summarize } from './helpers.js';

describe('legacy Reflekt YAML tracking plans (0.1–0.2)', () => {
  it('converts events and traits to JSON Schema', async () => {
    // The default folders: `schemas` does not exist in an old project, which is fine.
    const { plan, diagnostics } = await loadFixture('legacy-yaml', { name: 'surf_co', schemas: ['schemas', 'tracking-plans'] });
    expect(summarize(diagnostics)).toEqual([]);
    await expect(serialize(plan)).toMatchFileSnapshot('__golden__/legacy-yaml.ir.json');
  });

  it('names events <plan>/<Name>/<version>-0.json and traits Identify/Group', async () => {
    const { plan } = await loadFixture('legacy-yaml', { schemas: ['tracking-plans'] });
    expect(plan.events.map((e) => [e.id, e.kind, e.name, e.version.major])).toEqual([
      ['surf-app/Group/1-0.json', 'group', 'Group', 1],
      ['surf-app/Identify/1-0.json', 'identify', 'Identify', 1],
      ['surf-app/Order_Completed/1-0.json', 'track', 'Order Completed', 1],
      ['surf-app/Order_Completed/2-0.json', 'track', 'Order Completed', 2],
      ['surf-app/Page_Viewed/1-0.json', 'page', 'Page Viewed', 1],
      ['surf-app/Product_Added/1-0.json', 'track', 'Product Added', 1],
    ]);
    expect(new Set(plan.events.map((e) => e.plan))).toEqual(new Set(['surf-app']));
  });

  it('converts allow_null, datetime, enum, any, array_item_schema and object_properties', async () => {
    const { plan } = await loadFixture('legacy-yaml', { schemas: ['tracking-plans'] });
    const productAdded = plan.events.find((e) => e.id === 'surf-app/Product_Added/1-0.json');
    expect(productAdded?.schema.properties).toMatchObject({
      products: {
        type: 'array',
        items: { type: 'object', properties: { sku: { type: 'string' }, quantity: { type: 'integer' } }, required: ['sku'] },
      },
      shipping_address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      size: { type: ['string', 'null'], enum: ['small', 'medium', 'large', null] },
    });
    expect(productAdded?.schema.properties?.extra).toEqual({ description: 'Free-form data from the storefront.' });
    const v2 = plan.events.find((e) => e.id === 'surf-app/Order_Completed/2-0.json');
    expect(v2?.schema.properties?.completed_at).toEqual({
      description: 'When the payment was confirmed.',
      type: 'string',
      format: 'date-time',
    });
    // `required: yes` is a YAML 1.1 boolean, as PyYAML read it.
    expect(v2?.schema.required).toEqual(['order_id', 'revenue', 'completed_at']);
  });

  it('points list items and converted nodes back into the YAML through sourceMap', async () => {
    const { plan, sources } = await loadFixture('legacy-yaml', { schemas: ['tracking-plans'] });
    const v2 = plan.events.find((e) => e.id === 'surf-app/Order_Completed/2-0.json');
    expect(v2?.source.pointer).toBe('/1');
    expect(v2?.source.range?.start).toMatchObject({ line: 17, column: 3 });
    const productAdded = plan.events.find((e) => e.id === 'surf-app/Product_Added/1-0.json');
    const map = productAdded?.sourceMap ?? {};
    expect(map['/properties/products/items/properties/quantity/type']).toBe('/0/properties/1/array_item_schema/1/type');
    expect(map['/properties/shipping_address/required/0']).toBe('/0/properties/2/object_properties/0/required');
    expect(map['/properties/size/type/1']).toBe('/0/properties/3/allow_null');

    // A diagnostic at a mapped pointer (resolved through SourceFiles, as Diagnostics does) lands on the YAML that wrote the node.
    const range = sources.locate(productAdded?.source.file ?? '', map['/properties/products/items/properties/quantity/type'] ?? '');
    expect(range?.start).toMatchObject({ line: 22, column: 17 });
    const traits = plan.events.find((e) => e.id === 'surf-app/Identify/1-0.json');
    expect(traits?.sourceMap?.['/properties/favorite_spot']).toBe('/traits/1');
  });
});
