import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveVersion, type ModelInterface, readPreviousPackage } from '../src/index.js';
import { buildDbt, cleanupCopies, copyExample, editSchema } from './helpers/example.js';

afterAll(cleanupCopies);

const model = (columns: Record<string, string>, versions: Record<string, string> = {}): ModelInterface => ({
  columns: new Map(Object.entries(columns)),
  versions,
});

describe('deriveVersion', () => {
  const before = {
    version: '1.4.2',
    models: new Map([
      ['stg_a', model({ message_id: 'varchar', total: 'double' }, { A: '1-0' })],
      ['stg_b', model({ message_id: 'varchar' }, { B: '2-1' })],
    ]),
    files: new Map([
      ['models/a.sql', 'a'],
      ['dbt_project.yml', 'version: 1.4.2'],
    ]),
  };
  const same = {
    models: before.models,
    files: new Map([
      ['models/a.sql', 'a'],
      ['dbt_project.yml', 'version: 9.9.9'],
    ]),
  };

  it.each([
    ['no previous build', undefined, same, '1.0.0', 'initial'],
    ['nothing changed (the version files aside)', before, same, '1.4.2', 'none'],
    ['only SQL text changed', before, { ...same, files: new Map([['models/a.sql', 'b']]) }, '1.4.3', 'patch'],
    [
      'a column was added',
      before,
      {
        ...same,
        models: new Map([...before.models, ['stg_a', model({ message_id: 'varchar', total: 'double', tax: 'double' }, { A: '1-0' })]]),
      },
      '1.5.0',
      'minor',
    ],
    ['a model was added', before, { ...same, models: new Map([...before.models, ['stg_c', model({})]]) }, '1.5.0', 'minor'],
    ['a model was removed', before, { ...same, models: new Map([...before.models].slice(0, 1)) }, '2.0.0', 'major'],
    [
      'a column changed type',
      before,
      { ...same, models: new Map([...before.models, ['stg_a', model({ message_id: 'varchar', total: 'bigint' }, { A: '1-0' })]]) },
      '2.0.0',
      'major',
    ],
    [
      'an event moved to a new major version',
      before,
      { ...same, models: new Map([...before.models, ['stg_b', model({ message_id: 'varchar' }, { B: '3-0' })]]) },
      '2.0.0',
      'major',
    ],
  ] as const)('%s', (_name, prev, next, version, bump) => {
    const decided = deriveVersion(prev, next);
    expect([decided.version, decided.bump]).toEqual([version, bump]);
  });
});

describe('package version across builds', () => {
  const versionIn = (dir: string): string =>
    /^version: (.+)$/m.exec(readFileSync(path.join(dir, 'artifacts/dbt/reflekt_online_shop/dbt_project.yml'), 'utf8'))?.[1] ?? '';

  it('starts at 1.0.0, keeps it when nothing changed, and bumps by what changed', async () => {
    const dir = copyExample();
    await buildDbt(dir);
    expect(versionIn(dir)).toBe('1.0.0');

    const again = await buildDbt(dir);
    expect(versionIn(dir)).toBe('1.0.0');
    expect(again.write?.byPlugin['@reflekt/plugin-dbt']?.written).toBe(0);

    editSchema(dir, 'online_shop/Cart_Viewed/1-0.json', (doc) => {
      doc.description = 'A shopper opened their cart.';
    });
    await buildDbt(dir);
    expect(versionIn(dir)).toBe('1.0.1');

    editSchema(dir, 'online_shop/Cart_Viewed/1-0.json', (doc) => {
      doc.properties.item_count = { type: 'integer', description: 'Number of items in the cart.' };
    });
    await buildDbt(dir);
    expect(versionIn(dir)).toBe('1.1.0');

    // Order Completed 2-x deprecated and 3-0 added: the live major set changes from 2 to 3.
    editSchema(dir, 'online_shop/Order_Completed/2-0.json', (doc) => {
      doc.self.deprecated = true;
    });
    editSchema(dir, 'online_shop/Order_Completed/2-1.json', (doc) => {
      doc.self.deprecated = true;
    });
    const v3 = JSON.parse(readFileSync(path.join(dir, 'schemas/online_shop/Order_Completed/2-1.json'), 'utf8'));
    v3.$id = 'online_shop/Order_Completed/3-0.json';
    v3.self.version = '3-0';
    delete v3.self.deprecated;
    writeFileSync(path.join(dir, 'schemas/online_shop/Order_Completed/3-0.json'), JSON.stringify(v3, null, 2));
    await buildDbt(dir);
    expect(versionIn(dir)).toBe('2.0.0');

    rmSync(path.join(dir, 'schemas/online_shop/Coupon_Applied'), { recursive: true });
    await buildDbt(dir);
    expect(versionIn(dir)).toBe('3.0.0');
    expect(readFileSync(path.join(dir, 'artifacts/dbt/reflekt_online_shop/README.md'), 'utf8')).toContain(
      'revision: "v3.0.0__reflekt_online_shop"',
    );
  });

  it('reads the models from reflekt_interface.json, and from the model YAML when a package has none', async () => {
    const dir = copyExample();
    await buildDbt(dir);
    const pkg = path.join(dir, 'artifacts/dbt/reflekt_online_shop');
    const recorded = JSON.parse(readFileSync(path.join(pkg, 'reflekt_interface.json'), 'utf8'));
    expect(recorded.models.stg_online_shop__cart_viewed.columns.message_id).toBeTypeOf('string');
    const fromJson = await readPreviousPackage(pkg);
    rmSync(path.join(pkg, 'reflekt_interface.json'));
    const fromYaml = await readPreviousPackage(pkg);
    expect(fromYaml?.models).toEqual(fromJson?.models);
    expect(fromJson?.models.size).toBeGreaterThan(10);
  });

  it('uses the `version` option verbatim', async () => {
    const dir = copyExample();
    await buildDbt(dir, { version: '4.2.0' });
    expect(versionIn(dir)).toBe('4.2.0');
  });
});
