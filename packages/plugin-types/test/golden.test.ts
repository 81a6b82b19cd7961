import path from 'node:path';
import { diagnosticLines } from '@reflekt/compiler/testing';
import { describe, expect, it } from 'vitest';
import { copyExample, emit, FIXTURES } from './helpers.js';

const golden = (name: string): string => path.join('__golden__', name);

describe('golden files', () => {
  it('online shop, default options plus validators: index.ts, runtime.ts, validators.ts', async () => {
    const { files, diagnostics } = await emit(copyExample('golden-shop'), { validate: 'warn' });
    expect(diagnostics).toEqual([]);
    expect([...files.keys()]).toEqual(['types/index.ts', 'types/runtime.ts', 'types/validators.ts']);
    await expect(files.get('types/index.ts')).toMatchFileSnapshot(golden('online-shop/index.ts'));
    await expect(files.get('types/runtime.ts')).toMatchFileSnapshot(golden('online-shop/runtime.ts'));
    await expect(files.get('types/validators.ts')).toMatchFileSnapshot(golden('online-shop/validators.ts'));
  });

  it('online shop for a server: identity required, track prefix, own outDir', async () => {
    const { files } = await emit(copyExample('golden-shop-node'), { target: 'node', functionPrefix: 'track', outDir: 'analytics' });
    expect([...files.keys()]).toEqual(['analytics/index.ts', 'analytics/runtime.ts']);
    await expect(files.get('analytics/index.ts')).toMatchFileSnapshot(golden('online-shop-node/index.ts'));
  });

  it('online shop as JavaScript and declarations (ESM)', async () => {
    const { files } = await emit(copyExample('golden-shop-js'), { emit: 'js+dts' });
    expect([...files.keys()]).toEqual([
      'types/index.d.ts',
      'types/index.js',
      'types/package.json',
      'types/runtime.d.ts',
      'types/runtime.js',
    ]);
    for (const [file, text] of files) await expect(text).toMatchFileSnapshot(golden(`online-shop-js/${path.basename(file)}`));
  });

  it('edge cases: reserved words, digits, collisions, consts, refs, unions, maps, empty events, kinds', async () => {
    const { files, diagnostics } = await emit(path.join(FIXTURES, 'edge'), { validate: 'throw' });
    await expect(files.get('types/index.ts')).toMatchFileSnapshot(golden('edge/index.ts'));
    expect(diagnosticLines(diagnostics)).toEqual([
      'schemas/edge/Order-Completed/1-0.json:1:1 RK4101',
      'schemas/edge/External_Ref/1-0.json:1:1 RK4102',
      'schemas/edge/External_Ref/1-0.json:1:1 RK4104',
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '`edge/Order-Completed/1-0.json`, `edge/Order_Completed/1-0.json` all derive the function name `orderCompleted`; the later ones got `_2`, `_3`… in schema id order.',
      '`$ref` `other/Thing/1-0.json` does not point into this schema, so its value is typed as `unknown`.',
      "Ajv could not compile a validator for this schema, so its events are not validated: can't resolve reference other/Thing/1-0.json from id edge/External_Ref/1-0.json",
    ]);
  });

  it('several plans: names that clash across plans get the plan in front; minors fold into their major', async () => {
    const { files, diagnostics } = await emit(path.join(FIXTURES, 'multi-plan'));
    expect(diagnostics).toEqual([]);
    await expect(files.get('types/index.ts')).toMatchFileSnapshot(golden('multi-plan/index.ts'));
  });

  it('`plans` keeps one plan, whose names then need no prefix', async () => {
    const { files } = await emit(path.join(FIXTURES, 'multi-plan'), { plans: ['ios'] });
    const index = files.get('types/index.ts') ?? '';
    expect(index).toContain('export function signedUp(');
    expect(index).not.toContain('buttonClicked');
  });

  it('is deterministic: a second emit is byte-identical', async () => {
    const dir = path.join(FIXTURES, 'edge');
    const a = await emit(dir, { validate: 'warn' });
    const b = await emit(dir, { validate: 'warn' });
    expect(b.files).toEqual(a.files);
  });
});
