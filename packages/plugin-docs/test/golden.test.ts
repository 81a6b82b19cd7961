import { afterAll, describe, expect, it } from 'vitest';
import { cleanupCopies, copyExample, emitDocs } from './helpers.js';

afterAll(cleanupCopies);

describe('golden Markdown: examples/online-shop', () => {
  it('writes the index and one page per event, byte for byte', async () => {
    const { files, diagnostics } = await emitDocs(copyExample(), { formats: ['markdown'] });
    expect(diagnostics).toEqual([]);
    expect([...files.keys()].sort()).toMatchInlineSnapshot(`
      [
        "README.md",
        "events/online_shop/Cart_Viewed.md",
        "events/online_shop/Checkout_Started.md",
        "events/online_shop/Coupon_Applied.md",
        "events/online_shop/Group.md",
        "events/online_shop/Identify.md",
        "events/online_shop/Order_Completed.md",
        "events/online_shop/Order_Refunded.md",
        "events/online_shop/Page_Viewed.md",
        "events/online_shop/Product_Added.md",
        "events/online_shop/Product_Viewed.md",
        "events/online_shop/Products_Searched.md",
      ]
    `);
    for (const [file, text] of files) await expect(text).toMatchFileSnapshot(`__golden__/online-shop/${file}`);
  });

  it('shows the version diffs of Order Completed with their compatibility', async () => {
    const { files } = await emitDocs(copyExample(), { formats: ['markdown'] });
    const page = files.get('events/online_shop/Order_Completed.md') ?? '';
    expect(page).toContain('### 1-0 → 2-0');
    expect(page).toContain('### 2-0 → 2-1');
    expect(page).toContain('| `stg_online_shop__order_completed` |');
    expect(page).toContain('`orderCompletedV2()`');
    expect(page).toMatch(/\| \*\*yes\*\* \|/);
  });

  it('emits Markdown and HTML into docs/ by default', async () => {
    const { files } = await emitDocs(copyExample());
    expect(files.has('README.md')).toBe(true);
    expect(files.has('index.html')).toBe(true);
    expect(files.has('events/online_shop/Order_Completed.html')).toBe(true);
  });
});
