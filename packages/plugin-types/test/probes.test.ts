import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { copyExample, emit, FIXTURES, scratch, writeFiles } from './helpers.js';

/**
 * Type-level probes, checked with ts-morph (whose TypeScript is newer than the repo's). Every
 * `@ts-expect-error` must meet an error, and an unused one is itself an error (TS2578), so the
 * probes fail both when a wrong call compiles and when a right call does not.
 */
function check(dir: string, files: readonly string[]): string[] {
  const project = new Project({
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      erasableSyntaxOnly: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    },
  });
  for (const file of files) project.addSourceFileAtPath(path.join(dir, file));
  return project.getPreEmitDiagnostics().map((d) => {
    const file = d.getSourceFile();
    const at = file ? `${path.basename(file.getFilePath())}:${d.getLineNumber()}` : '-';
    return `${at} TS${d.getCode()} ${ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, ' ')}`;
  });
}

async function generated(name: string, dir: string, options: Parameters<typeof emit>[1]): Promise<string> {
  const { files } = await emit(dir, options);
  const out = scratch(name);
  writeFiles(path.join(out, 'types'), files);
  writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }));
  return out;
}

const SHOP_PROBES = `import { Analytics } from '@segment/analytics-node';
import { AnalyticsBrowser } from '@segment/analytics-next';
import { analyticsNext, analyticsNode, createTracker, group, identify, orderCompleted, orderCompletedV2, page, productViewed } from './types/index.js';
import type { OrderCompletedV2Properties } from './types/index.js';

// The real SDK clients fit the adapters.
createTracker(analyticsNode(new Analytics({ writeKey: 'key' })));
createTracker(analyticsNext(AnalyticsBrowser.load({ writeKey: 'key' })));

const who = { userId: 'u1' } as const;
const line = { product_id: 'prod_1', sku: 'S1', price: 5, quantity: 2 };
const order: OrderCompletedV2Properties = { order_id: 'ORD-00000001', total: 10, currency: 'USD', payment_method: 'card', products: [line] };

// Right calls compile.
orderCompletedV2(order, who);
orderCompletedV2({ ...order, coupon: null, shipping_method: 'express' }, { anonymousId: 'a1', context: { ip: '10.0.0.1' } });
orderCompleted({ order_id: 'ORD-00000001', total: 1, payment_method: 'paypal', products: [line] }, who);
identify({ email: 'a@example.com', plan: 'plus', created_at: '2024-05-01T12:00:00Z' }, who);
identify({ email: 'a@example.com', plan: 'plus', created_at: new Date(), phone: null }, who);
page({ path: '/', url: 'https://shop.example/', referrer: null, title: 'Home' }, { ...who, name: 'Home', category: 'Shop' });
group({ name: 'Acme', plan: 'wholesale', created_at: new Date() }, { ...who, groupId: 'g1' });

// @ts-expect-error a misspelled optional property
orderCompletedV2({ ...order, cupon: 'SPRING' }, who);
// @ts-expect-error a misspelled property of a line item (nested objects are closed too)
orderCompletedV2({ ...order, products: [{ ...line, quantty: 2 }] }, who);
// @ts-expect-error a currency outside the enum
orderCompletedV2({ ...order, currency: 'JPY' }, who);
// @ts-expect-error a required property is missing
orderCompletedV2({ order_id: 'ORD-00000001', total: 10, currency: 'USD', payment_method: 'card' }, who);
// @ts-expect-error a number where a string belongs
orderCompletedV2({ ...order, order_id: 12345678 }, who);
// @ts-expect-error neither userId nor anonymousId: a server call needs one
orderCompletedV2(order, {});
// @ts-expect-error no options at all on the server
orderCompletedV2(order);
// @ts-expect-error undefined is not an optional property's value (exactOptionalPropertyTypes)
orderCompletedV2({ ...order, coupon: undefined }, who);
// @ts-expect-error null where the schema has no null
orderCompletedV2({ ...order, total: null }, who);
// @ts-expect-error a Date where no date-time is declared
productViewed({ product_id: 'prod_1', sku: new Date() }, who);
// @ts-expect-error a group call without its groupId
group({ name: 'Acme', plan: 'wholesale', created_at: new Date() }, who);
// @ts-expect-error traits from another call
identify({ name: 'Acme', plan: 'wholesale', created_at: new Date() }, who);
`;

const EDGE_PROBES = `import { delete_, emptyEvent, everythingTyped, identify, identifyV2, optionalOnly, screen, _42StartsWithDigit } from './types/index.js';
import type { EverythingTypedProperties } from './types/index.js';

const base: EverythingTypedProperties = { level: 2, happened_at: new Date(), price: { amount: 1, currency: 'EUR' } };

// Right calls compile; browser calls need no identity, and payloads without required members may go.
everythingTyped(base);
everythingTyped({ ...base, platform: 'web', status: null, ended_at: null, counts: { a: 1 }, bag: { any: ['thing'] } });
everythingTyped({ ...base, target: 'https://x.example', pair: ['a', 1], 'weird-name': 1, class: true, mixed: { a: 'x', b: 'y' } });
everythingTyped({ ...base, target: { id: 1 }, count_or_label: 3, nested: { deeper: { flag: true } }, old_field: 'x' });
emptyEvent();
emptyEvent({});
optionalOnly();
screen({ screen_name: 'Home' }, { name: 'Home' });
delete_({ id_: 'x' });
_42StartsWithDigit({ n: 1 });
identify({ email: 'a@example.com' });
identifyV2({ email: 'a@example.com', name: 'A' });

// @ts-expect-error an integer enum value outside the enum
everythingTyped({ ...base, level: 4 });
// @ts-expect-error a const with another value
everythingTyped({ ...base, platform: 'ios' });
// @ts-expect-error a nullable enum's typo
everythingTyped({ ...base, status: 'opened' });
// @ts-expect-error a $ref'd object is closed
everythingTyped({ ...base, price: { amount: 1, currency: 'EUR', cents: 100 } });
// @ts-expect-error the object branch of a oneOf is closed
everythingTyped({ ...base, target: { id: 1, name: 'x' } });
// @ts-expect-error a map's values are typed
everythingTyped({ ...base, counts: { a: 'one' } });
// @ts-expect-error additionalProperties: true does not open a typed object
everythingTyped({ ...base, closed_anyway: { a: 'x', b: 'y' } });
// @ts-expect-error an empty event takes no properties
emptyEvent({ anything: 1 });
// @ts-expect-error a tuple's second member is a number
everythingTyped({ ...base, pair: ['a', 'b'] });
`;

describe('type-level probes (@ts-expect-error)', () => {
  it('online shop, node target: typos, enums, required, types, identity, groupId; real SDK clients fit', async () => {
    const dir = await generated('probes-shop', copyExample('probes-shop-src'), { target: 'node' });
    writeFileSync(path.join(dir, 'probes.ts'), SHOP_PROBES);
    expect(check(dir, ['probes.ts'])).toEqual([]);
  });

  it('edge cases, browser target: integer enums, consts, nullable enums, refs, unions, maps, empty events', async () => {
    const dir = await generated('probes-edge', path.join(FIXTURES, 'edge'), {});
    writeFileSync(path.join(dir, 'probes.ts'), EDGE_PROBES);
    expect(check(dir, ['probes.ts'])).toEqual([]);
  });

  it('a probe that should fail does fail (the check is not vacuous)', async () => {
    const dir = await generated('probes-vacuous', copyExample('probes-vacuous-src'), { target: 'node' });
    writeFileSync(
      path.join(dir, 'probes.ts'),
      `import { orderCompletedV2 } from './types/index.js';\n// @ts-expect-error this call is right, so the directive is unused\norderCompletedV2({ order_id: 'ORD-00000001', total: 1, currency: 'USD', payment_method: 'card', products: [] }, { userId: 'u' });\n`,
    );
    expect(check(dir, ['probes.ts'])).toEqual(["probes.ts:2 TS2578 Unused '@ts-expect-error' directive."]);
  });
});
