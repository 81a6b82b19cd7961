import { describe, expect, it } from 'vitest';
import { AVO_CATALOG, convertExport, mappingScope, parseExport, readExport } from '../src/index.js';
import { fixture, specExample } from './helpers/avo-server.js';

const SETTINGS = { folder: 'shop', vendor: 'com.example.shop' } as const;

/** Converts a fixture the way a pull does. */
function convert(payload: unknown, destination?: string) {
  const read = readExport(payload, 'the fixture');
  if (!read.plan) throw new Error(`unreadable fixture: ${JSON.stringify(read.findings)}`);
  const scope = mappingScope(read.plan, { ...(destination !== undefined && { destination }), workspaceId: 'ws1' });
  const conversion = convertExport(read.plan, { ...SETTINGS, scope });
  return { ...conversion, findings: [...read.findings, ...conversion.findings] };
}

/** A finding as one line: code, schema, pointer and the rendered message. */
function findingLines(findings: ReturnType<typeof convert>['findings']): string {
  return findings
    .map((f) => {
      const data = AVO_CATALOG[f.code] as { message: (p: unknown) => string };
      return `${f.code} ${f.schema ?? '-'}${f.pointer ? `#${f.pointer}` : ''}\n  ${data.message(f.params)}`;
    })
    .join('\n');
}

const text = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;

describe('conversion of Avo events to Reflekt schemas (golden files)', () => {
  it('converts the documented export example', async () => {
    const { schemas, findings } = convert(specExample('export-response.docs.json'));
    expect(findings).toEqual([]);
    expect([...schemas.keys()]).toEqual(['shop/my_event/1-0.json']);
    await expect(text(schemas.get('shop/my_event/1-0.json'))).toMatchFileSnapshot('__golden__/docs-example/my_event.json');
  });

  it('converts the webhook example: categories by name, enums, no variants', async () => {
    const { schemas, findings } = convert(specExample('webhook-json-schema-payload.docs.json'));
    expect(findings).toEqual([]);
    await expect(text(schemas.get('shop/Debugger_Started/1-0.json'))).toMatchFileSnapshot(
      '__golden__/webhook-example/Debugger_Started.json',
    );
  });

  // One event per construct: types, required, lists, objects, enums, pinned values, name
  // mappings, tags and categories, identify and group properties.
  const shop = convert(fixture('shop-export.json'));
  it.each([...shop.schemas.keys()])('shop plan: %s', async (schemaPath) => {
    await expect(text(shop.schemas.get(schemaPath))).toMatchFileSnapshot(`__golden__/shop/${schemaPath.replace(/^shop\//, '')}`);
  });

  it('converts the shop plan without findings', () => {
    expect(findingLines(shop.findings)).toBe('');
    expect(shop.skipped).toBe(0);
  });

  // Constructs a Reflekt schema cannot express: each is reported, none dropped silently.
  const edge = convert(fixture('edge-export.json'));
  it.each([...edge.schemas.keys()])('edge cases: %s', async (schemaPath) => {
    await expect(text(edge.schemas.get(schemaPath))).toMatchFileSnapshot(`__golden__/edge/${schemaPath.replace(/^shop\//, '')}`);
  });

  it('reports every construct it cannot express', async () => {
    await expect(`${findingLines(edge.findings)}\n`).toMatchFileSnapshot('__golden__/edge/findings.txt');
    expect(new Set(edge.findings.map((f) => f.code))).toEqual(
      new Set(['RK5330', 'RK5320', 'RK5321', 'RK5322', 'RK5323', 'RK5324', 'RK5325', 'RK5326', 'RK5327', 'RK5328', 'RK5329']),
    );
    expect(edge.skipped).toBe(2);
  });
});

/** A converted schema node, as far as these tests look into it. */
interface SchemaNode {
  readonly [keyword: string]: unknown;
  readonly properties: Readonly<Record<string, SchemaNode>>;
  readonly items: SchemaNode;
  readonly self: { readonly name: string; readonly metadata: Readonly<Record<string, unknown>> };
}

describe('conversion details', () => {
  const orderCompleted = shop().schemas.get('shop/Order_Completed/1-0.json') as unknown as SchemaNode;

  function shop() {
    return convert(fixture('shop-export.json'));
  }

  it('keeps the enum of a nullable property usable with null', () => {
    expect(orderCompleted.properties.shipping_method).toEqual({
      type: ['string', 'null'],
      description: 'Chosen shipping option, or null for pick-up.',
      enum: ['standard', 'express', null],
    });
  });

  it('removes Avo keys at every depth and flattens one-element type lists', () => {
    const product = orderCompleted.properties.products?.items;
    expect(product?.properties.quantity).toEqual({ type: 'integer', description: 'Units of the product.' });
    expect(JSON.stringify(orderCompleted)).not.toMatch(/"(id|index|nameMapping)"/);
  });

  it('applies the mappings of a chosen destination, by name or id, and reports the others only without one', () => {
    const payload = fixture('edge-export.json');
    const unpicked = convert(payload).schemas.get('shop/Search_Results_(Mixpanel)/1-0.json');
    expect(unpicked).toBeUndefined();
    for (const destination of ['Mixpanel', 'dstMix']) {
      const picked = convert(payload, destination);
      const schema = picked.schemas.get('shop/Search_Results_(Mixpanel)/1-0.json') as unknown as SchemaNode;
      expect(schema.self.name).toBe('Search Results (Mixpanel)');
      expect(schema.self.metadata.avo_name).toBe('Search/Results');
      expect(Object.keys(schema.properties)).toEqual(['b', '$revenue']);
      expect(picked.findings.map((f) => f.code)).not.toContain('RK5324');
    }
  });

  it('refuses payloads that are not exports, and exports without events', () => {
    expect(parseExport('{"events":', 'x').findings.map((f) => f.code)).toEqual(['RK5307']);
    expect(readExport([], 'x').findings.map((f) => f.code)).toEqual(['RK5307']);
    expect(readExport({ name: 'ws' }, 'x').findings.map((f) => f.code)).toEqual(['RK5307']);
    expect(readExport({ events: [] }, 'x').findings.map((f) => f.code)).toEqual(['RK5313']);
    expect(readExport({ events: [{ id: 'a' }] }, 'x').findings.map((f) => f.code)).toEqual(['RK5330', 'RK5313']);
  });
});
