import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/api.js';
import { sortDiagnostics } from '../../src/diagnostics/diagnostics.js';
import { lintRules } from '../../src/lint/index.js';
import { FIXTURES, lines } from './helpers.js';

/**
 * `fixtures/lint/seeded`: one plan, loaded by the real loaders from its own `reflekt.config.json`,
 * with one seeded defect per rule (RK2015, the meta-schema rule's second code, excluded: an
 * unusable meta-schema checks nothing). Every defect must be reported, once, at its position,
 * and nothing else may be.
 */
describe('a plan with one seeded defect per rule', () => {
  const run = async () => sortDiagnostics((await lint({ cwd: path.join(FIXTURES, 'seeded') })).diagnostics);

  it('reports every defect at its file:line:col, and nothing else', async () => {
    expect(lines(await run())).toEqual([
      'schemas/shop/Address_Updated/1-0.json:16:5 RK2010 property-numbers',
      'schemas/shop/Address_Updated/1-0.json:20:5 RK2011 property-reserved',
      'schemas/shop/Address_Updated/1-0.json:24:5 RK2012 property-description',
      'schemas/shop/Address_Updated/1-0.json:27:5 RK2013 property-type',
      'schemas/shop/Address_Updated/1-0.json:31:15 RK2014 property-allowed-types',
      'schemas/shop/Cart_Viewed/1-0.json:10:5 RK2001 meta-schema',
      'schemas/shop/Checkout_Started/1-0.json:19:18 RK2017 min-max',
      'schemas/shop/Checkout_Started/1-0.json:25:7 RK2018 keyword-type-mismatch',
      'schemas/shop/Checkout_Started/1-0.json:30:17 RK2020 unknown-format',
      'schemas/shop/Checkout_Started/1-0.json:32:5 RK2021 optional-nullable',
      'schemas/shop/Checkout_Started/1-0.json:39:18 RK2024 regex-redos',
      'schemas/shop/Checkout_Started/1-0.json:45:9 RK2025 no-data-ref',
      'schemas/shop/Checkout_Started/1-0.json:60:17 RK2026 schema-limits',
      'schemas/shop/Checkout_Started/1-0.json:87:5 RK2019 required-defined',
      'schemas/shop/Coupon_Applied/1-0.json:1:1 RK2008 event-description',
      'schemas/shop/Order_Cancelled/1-0.json:6:15 RK2022 id-path-self',
      'schemas/shop/Order_Completed/1-0.json:7:13 RK2028 duplicate-event-name',
      'schemas/shop/Order_Completed/3-0.json:9:16 RK2023 version-sequence',
      'schemas/shop/Order_Paid/2-0.json:19:16 RK2027 schema-id-const',
      'schemas/shop/Order_Refunded/1-0.json:9:16 RK2004 event-version-matches-id',
      'schemas/shop/Page_Viewed/1-0.json:7:13 RK2007 event-reserved',
      'schemas/shop/Payment_Failed/1-0.json:7:13 RK2003 event-name-matches-id',
      'schemas/shop/Product_Added/1-0.yaml:13:3 RK2009 property-casing',
      'schemas/shop/product_viewed/1-0.json:7:13 RK2005 event-casing',
      'schemas/shop/Signed_Out/1-0.json:1:1 RK2016 root-object',
      'schemas/shop/Step_2_Completed/1-0.json:7:13 RK2006 event-numbers',
      'schemas/web shop/Order_Shipped/1-0.json:3:10 RK2002 id-no-space',
    ]);
  });

  it('covers every rule exactly once', async () => {
    const ids = (await run()).map((d) => d.ruleId);
    expect([...ids].sort()).toEqual(lintRules.map((r) => r.id).sort());
  });

  it('points findings about two places at the other one too', async () => {
    const related = (await run())
      .filter((d) => d.related)
      .map(
        (d) => `${d.ruleId}: ${d.related?.map((r) => `${r.file}:${r.range?.start.line}:${r.range?.start.column} ${r.message}`).join('; ')}`,
      );
    expect(related).toEqual([
      'id-path-self: schemas/Order_Completed/1-0.json:6:15 `Order Completed` uses vendor `com.example`',
      'duplicate-event-name: schemas/Order_Completed/1-0.json:7:13 first defined here',
    ]);
  });
});
