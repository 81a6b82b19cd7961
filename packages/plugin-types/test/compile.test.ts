import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TypesOptions } from '../src/index.js';
import {
  CJS_NODENEXT,
  copyExample,
  ESM_BUNDLER,
  ESM_NODENEXT,
  emit,
  FIXTURES,
  PACKAGE_DIR,
  scratch,
  typecheck,
  writeFiles,
} from './helpers.js';

const require = createRequire(import.meta.url);

/** A consumer that calls a few functions of the online shop plan and installs a recording client. */
const SHOP_APP = `import { createTracker, genericClient, identify, orderCompletedV2, page } from './types/index.js';
import type { Message } from './types/index.js';

export const sent: Message[] = [];
const record = (message: Message): void => {
  sent.push(message);
};
createTracker(genericClient({ track: record, identify: record, page: record, group: record }));
orderCompletedV2({ order_id: 'ORD-00000001', total: 10, currency: 'USD', payment_method: 'card', products: [{ product_id: 'prod_1', sku: 'S1', price: 5, quantity: 2 }] });
identify({ email: 'a@example.com', plan: 'free', created_at: new Date(0) }, { userId: 'u1' });
page({ path: '/', url: 'https://shop.example/', referrer: null, title: 'Home' }, { name: 'Home' });
`;

const PROJECTS: ReadonlyArray<{ name: string; dir: () => string; options: TypesOptions; app?: string }> = [
  { name: 'online shop', dir: () => copyExample('compile-shop'), options: { validate: 'warn' }, app: SHOP_APP },
  { name: 'online shop, node target', dir: () => copyExample('compile-shop-node'), options: { target: 'node', validate: 'throw' } },
  { name: 'edge cases', dir: () => path.join(FIXTURES, 'edge'), options: { validate: 'warn' } },
  { name: 'several plans', dir: () => path.join(FIXTURES, 'multi-plan'), options: { target: 'node' } },
];

describe('the generated TypeScript compiles under every strict setting', () => {
  for (const project of PROJECTS) {
    it(`${project.name}: ESM NodeNext, bundler and CommonJS consumers`, async () => {
      const { files } = await emit(project.dir(), project.options);
      for (const [flavour, options, type] of [
        ['esm', ESM_NODENEXT, 'module'],
        ['bundler', ESM_BUNDLER, 'module'],
        ['cjs', CJS_NODENEXT, 'commonjs'],
      ] as const) {
        const dir = scratch(`compile-${project.name.replace(/\W+/g, '-')}-${flavour}`);
        writeFiles(path.join(dir, 'types'), files);
        writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type }));
        const roots = [...files.keys()].map((f) => path.join(dir, 'types', path.basename(f)));
        if (project.app) {
          writeFileSync(path.join(dir, 'app.ts'), project.app);
          roots.push(path.join(dir, 'app.ts'));
        }
        expect(typecheck(roots, options), `${project.name} (${flavour})`).toEqual([]);
      }
    });
  }

  it('passes `tsc --noEmit --strict` on the command line, with the flags the issue names', async () => {
    const { files } = await emit(copyExample('compile-cli'), { validate: 'warn' });
    const dir = scratch('compile-cli-out');
    writeFiles(path.join(dir, 'types'), files);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(path.join(dir, 'app.ts'), SHOP_APP);
    const tsc = require.resolve('typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--verbatimModuleSyntax', '--erasableSyntaxOnly', '--exactOptionalPropertyTypes'];
    args.push('--module', 'nodenext', '--target', 'es2022', 'app.ts', 'types/index.ts', 'types/validators.ts');
    expect(execFileSync(process.execPath, [tsc, ...args], { cwd: dir, encoding: 'utf8' })).toBe('');
  });
});

describe('emit: js+dts', () => {
  for (const format of ['esm', 'cjs'] as const) {
    it(`${format}: declarations type-check a consumer, and Node runs the JavaScript`, async () => {
      const { files } = await emit(copyExample(`js-${format}`), { emit: 'js+dts', moduleFormat: format, validate: 'throw' });
      expect(JSON.parse(files.get('types/package.json') ?? '{}')).toEqual({
        type: format === 'esm' ? 'module' : 'commonjs',
        sideEffects: false,
      });
      const dir = scratch(`js-${format}-out`);
      writeFiles(path.join(dir, 'types'), files);
      // The consumer's own format differs from the generated folder's on purpose.
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
      writeFileSync(path.join(dir, 'app.ts'), SHOP_APP);
      expect(typecheck([path.join(dir, 'app.ts')], { ...ESM_NODENEXT, isolatedDeclarations: false, declaration: false })).toEqual([]);

      const script =
        format === 'esm'
          ? `const m = await import('./types/index.js'); const { validators } = await import('./types/validators.js');`
          : `const { createRequire } = await import('node:module'); const req = createRequire(import.meta.url); const m = req('./types/index.js'); const { validators } = req('./types/validators.js');`;
      writeFileSync(
        path.join(dir, 'run.mjs'),
        `${script}
const sent = [];
m.createTracker(m.genericClient({ track: (x) => sent.push(x), identify: (x) => sent.push(x), page: (x) => sent.push(x), group: (x) => sent.push(x) }), { validators });
m.orderCompletedV2({ order_id: 'ORD-00000001', total: 10, currency: 'USD', payment_method: 'card', products: [{ product_id: 'prod_1', sku: 'S1', price: 5, quantity: 2 }] });
let thrown = '';
try { m.orderCompletedV2({ order_id: 'nope', total: 10, currency: 'USD', payment_method: 'card', products: [{ product_id: 'prod_1', sku: 'S1', price: 5, quantity: 2 }] }); } catch (e) { thrown = e.name; }
console.log(JSON.stringify({ sent, thrown }));`,
      );
      const out = JSON.parse(execFileSync(process.execPath, ['run.mjs'], { cwd: dir, encoding: 'utf8' }));
      expect(out).toEqual({
        sent: [
          {
            type: 'track',
            event: 'Order Completed',
            properties: {
              order_id: 'ORD-00000001',
              total: 10,
              currency: 'USD',
              payment_method: 'card',
              products: [{ product_id: 'prod_1', sku: 'S1', price: 5, quantity: 2 }],
              schema_id: 'online_shop/Order_Completed/2-1.json',
            },
          },
        ],
        thrown: 'TrackingPlanViolation',
      });
    });
  }
});

describe('the runtime template', () => {
  it('is the file the package ships, and type-checks on its own under the strict settings', () => {
    const file = path.join(PACKAGE_DIR, 'templates/runtime.ts');
    expect(typecheck([file], ESM_NODENEXT)).toEqual([]);
  });
});
