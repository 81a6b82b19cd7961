import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breaking } from '../../src/index.js';
import { reflekt } from '../helpers/cli.js';
import { changeLine, expectedChanges } from './expected.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/breaking');
const current = path.join(fixtures, 'current');

describe('breaking: the previous/current fixture pair', () => {
  it.each(['strict', 'lenient'] as const)('classifies every change (%s)', async (mode) => {
    const result = await breaking({ cwd: current, against: '../previous', mode });
    expect(result.changes.map(changeLine)).toEqual(expectedChanges(mode, '../previous/'));
    expect(result.against).toEqual({ kind: 'folder', name: '../previous' });
    expect(result.ok).toBe(false);
  });

  it.each(['strict', 'lenient'] as const)('judges every version (%s)', async (mode) => {
    const result = await breaking({ cwd: current, against: '../previous', mode });
    const schemas = result.schemas.map(
      (s) => `${s.id} ${s.status} ${s.previous ?? '-'} ${s.bump ?? '-'} ${s.requiredBump ?? '-'} ${s.verdict}`,
    );
    expect(schemas).toEqual([
      'shop/Cart_Viewed/1-0.json unchanged shop/Cart_Viewed/1-0.json none - ok',
      'shop/Cart_Viewed/2-0.json changed shop/Cart_Viewed/1-0.json major MINOR unneeded-major',
      'shop/Checkout_Started/1-0.json removed - - - ok',
      'shop/Coupon_Applied/1-0.json added - - - ok',
      'shop/Order_Completed/1-0.json changed shop/Order_Completed/1-0.json none MAJOR major-required',
      'shop/Order_Refunded/1-0.json changed shop/Order_Refunded/1-0.json none MINOR ok',
      'shop/Page_Viewed/1-0.json unchanged shop/Page_Viewed/1-0.json none - ok',
      'shop/Product_Viewed/1-0.json unchanged shop/Product_Viewed/1-0.json none - ok',
      mode === 'strict'
        ? 'shop/Product_Viewed/1-1.json changed shop/Product_Viewed/1-0.json minor MAJOR major-required'
        : 'shop/Product_Viewed/1-1.json changed shop/Product_Viewed/1-0.json minor MINOR ok',
      'shop/Signed_Up/1-0.json unchanged shop/Signed_Up/1-0.json none - ok',
      'shop/Signed_Up/2-0.json changed shop/Signed_Up/1-0.json major MAJOR ok',
    ]);
  });

  it('reports each change and version verdict as a diagnostic at its position, with the old one as related', async () => {
    const result = await breaking({ cwd: current, against: '../previous' });
    const found = result.diagnostics.map(
      (d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.code}${d.ruleId ? ` ${d.ruleId}` : ''}`,
    );
    expect(found).toEqual([
      'schemas/shop/Cart_Viewed/2-0.json:22:7 info RK3003 minimum-relaxed',
      'schemas/shop/Cart_Viewed/2-0.json:9:16 info RK3005',
      'schemas/shop/Order_Completed/1-0.json:24:7 error RK3001 maximum-tightened',
      'schemas/shop/Order_Completed/1-0.json:33:9 info RK3003 enum-extended',
      'schemas/shop/Order_Completed/1-0.json:47:13 error RK3001 pattern-added',
      'schemas/shop/Order_Completed/1-0.json:67:3 error RK3001 property-removed',
      'schemas/shop/Order_Completed/1-0.json:9:16 error RK3004',
      'schemas/shop/Order_Refunded/1-0.json:18:7 info RK3003 minimum-relaxed',
      'schemas/shop/Order_Refunded/1-0.json:34:11 info RK3003 max-length-relaxed',
      'schemas/shop/Order_Refunded/1-0.json:39:9 info RK3003 anyOf-branch-added',
      'schemas/shop/Order_Refunded/1-0.json:50:3 info RK3003 required-removed',
      'schemas/shop/Product_Viewed/1-1.json:21:7 info RK3003 type-widened',
      'schemas/shop/Product_Viewed/1-1.json:27:5 error RK3001 property-added',
      'schemas/shop/Product_Viewed/1-1.json:9:16 error RK3004',
      'schemas/shop/Signed_Up/2-0.json:24:5 info RK3003 property-added',
      'schemas/shop/Signed_Up/2-0.json:31:5 info RK3002 required-added',
      '../previous/schemas/shop/Checkout_Started/1-0.json:1:1 warning RK3006',
    ]);
    const edited = result.diagnostics.find((d) => d.code === 'RK3004' && d.file === 'schemas/shop/Order_Completed/1-0.json');
    expect(edited?.message).toBe(
      '`shop/Order_Completed/1-0.json` has 3 breaking changes compared with its version in `../previous`, but it was edited in place; a breaking change needs a new MAJOR version.',
    );
    expect(edited?.hint).toBe(
      'Restore `schemas/shop/Order_Completed/1-0.json` as it is in `../previous` and make the change in a new file `shop/Order_Completed/2-0.json` (`reflekt new "Order Completed" --major` copies the latest version), or make every change backward compatible.',
    );
    const minor = result.diagnostics.find((d) => d.code === 'RK3004' && d.file === 'schemas/shop/Product_Viewed/1-1.json');
    expect(minor?.message).toContain('but it is only a MINOR version after `1-0`');
    expect(minor?.hint).toBe(
      'Release it as `shop/Product_Viewed/2-0.json` instead (file name, `$id` and `self.version`), or make every change backward compatible.',
    );
    const tightened = result.diagnostics.find((d) => d.ruleId === 'maximum-tightened');
    expect(tightened?.message).toBe(
      'Upper bound of `total` changed from `≤ 10000` to `≤ 1000`: data written with the old schema may fall outside it. Breaking (FORWARD, strict mode): it needs a new MAJOR version, which `shop/Order_Completed/1-0.json` is not.',
    );
    expect(tightened?.related).toEqual([
      {
        message: 'before, in `shop/Order_Completed/1-0.json`',
        file: '../previous/schemas/shop/Order_Completed/1-0.json',
        pointer: '/properties/total/maximum',
        range: { start: { line: 24, column: 7, offset: 551 }, end: { line: 24, column: 16, offset: 560 } },
      },
    ]);
    expect(result.diagnostics.find((d) => d.code === 'RK3005')?.message).toBe(
      '`shop/Cart_Viewed/2-0.json` is a new MAJOR version, but every change from `shop/Cart_Viewed/1-0.json` is backward compatible; a MINOR version (`1-1`) would do.',
    );
  });
});

describe('reflekt breaking --against <folder>', () => {
  it('prints every change with both positions and exits 1 when a breaking change lacks a MAJOR version', async () => {
    const run = await reflekt(current, 'breaking', '--against', '../previous');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      [
        'schemas/shop/Order_Completed/1-0.json:24:7: error Upper bound of `total` changed from `≤ 10000` to `≤ 1000`: data written with the old schema may fall outside it. Breaking (FORWARD, strict mode): it needs a new MAJOR version, which `shop/Order_Completed/1-0.json` is not. [RK3001 maximum-tightened] (reflekt)',
        '  24 |       "maximum": 1000,',
        '     |       ^^^^^^^^^',
        '  related: ../previous/schemas/shop/Order_Completed/1-0.json:24:7: before, in `shop/Order_Completed/1-0.json`',
        '  hint: Make the change in a new MAJOR version (`shop/Order_Completed/2-0.json`), or make it backward compatible.',
      ].join('\n'),
    );
    expect(run.stderr).toMatch(
      /6 errors, 1 warning, 10 info · 10 schemas compared with \.\.\/previous \(5 changed, 1 added, 1 removed; 13 changes, 5 breaking, strict mode\) in \d+ ms/,
    );
  });

  it('exits 0 when every breaking change has a MAJOR version (lenient mode accepts the optional property)', async () => {
    const select = ['--select', 'Product Viewed', 'Signed Up'];
    expect((await reflekt(current, 'breaking', '--against', '../previous', ...select)).code).toBe(1);
    const lenient = await reflekt(current, 'breaking', '--against', '../previous', '--mode', 'lenient', ...select);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(
      '4 info · 4 schemas compared with ../previous (2 changed, 0 added, 0 removed; 4 changes, 1 breaking, lenient mode)',
    );
  });

  it('rejects an unknown mode as a usage error (exit 2)', async () => {
    const run = await reflekt(current, 'breaking', '--against', '../previous', '--mode', 'loose');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'loose' is invalid");
  });

  it('requires --against (exit 2)', async () => {
    const run = await reflekt(current, 'breaking');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '--against <ref|dir>' not specified");
  });
});

describe('a current plan that does not load', () => {
  it('reports the load error (exit 1) instead of calling the schema removed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reflekt-broken-plan-'));
    try {
      cpSync(fixtures, dir, { recursive: true });
      writeFileSync(path.join(dir, 'current/schemas/shop/Page_Viewed/1-0.json'), '{ "$id": ');
      const result = await breaking({ cwd: path.join(dir, 'current'), against: '../previous', select: ['Page Viewed'] });
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(['RK1001 schemas/shop/Page_Viewed/1-0.json']);
      expect(result.schemas.map((s) => `${s.id} ${s.status}`)).toEqual(['shop/Page_Viewed/1-0.json removed']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
