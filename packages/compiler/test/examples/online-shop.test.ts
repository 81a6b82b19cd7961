import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, lint } from '../../src/api.js';

const example = path.resolve(import.meta.dirname, '../../../../examples/online-shop');
const out = mkdtempSync(path.join(os.tmpdir(), 'reflekt-example-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('examples/online-shop', () => {
  it('lints without findings', async () => {
    const result = await lint({ cwd: example });
    expect(result.diagnostics).toEqual([]);
    expect(result.plan.events).toHaveLength(13);
  });

  it('builds the IR golden file byte for byte', async () => {
    const result = await build({ cwd: example, outDir: out });
    expect(result.diagnostics).toEqual([]);
    expect(result.plan.events.map((e) => `${e.kind} ${e.id}`)).toMatchInlineSnapshot(`
      [
        "track online_shop/Cart_Viewed/1-0.json",
        "track online_shop/Checkout_Started/1-0.json",
        "track online_shop/Coupon_Applied/1-0.json",
        "group online_shop/Group/1-0.json",
        "identify online_shop/Identify/1-0.json",
        "track online_shop/Order_Completed/1-0.json",
        "track online_shop/Order_Completed/2-0.json",
        "track online_shop/Order_Completed/2-1.json",
        "track online_shop/Order_Refunded/1-0.json",
        "page online_shop/Page_Viewed/1-0.json",
        "track online_shop/Product_Added/1-0.json",
        "track online_shop/Product_Viewed/1-0.json",
        "track online_shop/Products_Searched/1-0.json",
      ]
    `);
    await expect(readFileSync(path.join(out, 'ir.json'), 'utf8')).toMatchFileSnapshot('__golden__/online-shop.ir.json');
  });
});
