import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/writer/index.js';
import { collector, outputs, tempOut, tree } from './helpers.js';

let t: Awaited<ReturnType<typeof tempOut>>;
beforeEach(async () => {
  t = await tempOut();
});
afterEach(async () => {
  await chmod(t.out, 0o755).catch(() => {});
  await t.cleanup();
});

const v1 = { 'dbt/a.sql': 'select 1', 'dbt/b.sql': 'select 2', 'types/index.ts': 'export {}' };

/** Byte-exact snapshot of the outputs and the manifest. */
async function snapshot(out: string) {
  return { files: await tree(out), manifest: await readFile(path.join(out, '.reflekt/manifest.json'), 'utf8').catch(() => undefined) };
}

describe('writeOutputs: failures leave earlier outputs untouched (RK4003)', () => {
  it('when a file cannot be staged (name too long), after others were staged', async () => {
    await writeOutputs(t.out, outputs(v1), collector());
    const before = await snapshot(t.out);
    const d = collector();
    const result = await writeOutputs(t.out, outputs({ ...v1, 'dbt/a.sql': 'select 10', [`dbt/${'x'.repeat(300)}.sql`]: 'y' }), d);
    expect(result.written).toEqual([]);
    expect(d.all.map((x) => x.code)).toEqual(['RK4003']);
    expect(d.all[0]?.message).toBe(
      `Could not write the build output to \`${t.out}\`: \`dbt/${'x'.repeat(300)}.sql\`: ENAMETOOLONG (name too long). Earlier artifacts were left untouched.`,
    );
    expect(await snapshot(t.out)).toEqual(before);
    expect(await readdir(path.join(t.out, '.reflekt'))).toEqual(['manifest.json']);
  });

  it('when the state folder is blocked by a file', async () => {
    await writeOutputs(t.out, outputs(v1), collector());
    await rm(path.join(t.out, '.reflekt'), { recursive: true });
    await writeFile(path.join(t.out, '.reflekt'), 'not a folder');
    const before = await tree(t.out, true);
    const d = collector();
    await writeOutputs(t.out, outputs({ ...v1, 'dbt/b.sql': 'select 20' }), d);
    expect(d.all.map((x) => x.code)).toEqual(['RK4003']);
    expect(d.all[0]?.message).toMatch(/: `\.reflekt\/staging-[0-9a-f]{12}`: E(NOTDIR|EXIST) /);
    expect(await tree(t.out, true)).toEqual(before);
  });

  it('when a file Reflekt did not write blocks a folder it needs', async () => {
    await writeOutputs(t.out, outputs(v1), collector());
    await writeFile(path.join(t.out, 'docs'), 'a user file named docs');
    const before = await snapshot(t.out);
    const d = collector();
    await writeOutputs(t.out, outputs({ ...v1, 'dbt/a.sql': 'changed', 'docs/index.html': '<p>' }), d);
    expect(d.all.map((x) => x.message)).toEqual([
      `Could not write the build output to \`${t.out}\`: \`docs\` is a file, so the folder for \`docs/index.html\` cannot be created. Earlier artifacts were left untouched.`,
    ]);
    expect(await snapshot(t.out)).toEqual(before);
  });

  it('when a user folder sits where a file goes', async () => {
    await writeOutputs(t.out, outputs(v1), collector());
    await mkdir(path.join(t.out, 'README.md'));
    await writeFile(path.join(t.out, 'README.md/mine.txt'), 'mine');
    const before = await snapshot(t.out);
    const d = collector();
    await writeOutputs(t.out, outputs({ ...v1, 'README.md': '# x' }), d);
    expect(d.all.map((x) => x.code)).toEqual(['RK4003']);
    expect(d.all[0]?.message).toContain('`README.md` is a folder, so the file cannot be written there');
    expect(await snapshot(t.out)).toEqual(before);
  });
});
