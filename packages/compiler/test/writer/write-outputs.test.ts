import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/writer/index.js';
import { collector, folders, identity, outputs, tempOut, tree } from './helpers.js';

let t: Awaited<ReturnType<typeof tempOut>>;
beforeEach(async () => {
  t = await tempOut();
});
afterEach(async () => {
  await t.cleanup();
});

describe('writeOutputs: writing', () => {
  it('writes every file on the first build and records them in the manifest', async () => {
    const d = collector();
    const result = await writeOutputs(
      t.out,
      outputs({ 'dbt:dbt/models/a.sql': 'select 1', 'types:types/index.ts': 'export {}', 'dbt:dbt/README.md': '# x' }),
      d,
    );
    expect(d.all).toEqual([]);
    expect(result).toEqual({
      outDir: t.out,
      written: ['dbt/README.md', 'dbt/models/a.sql', 'types/index.ts'],
      unchanged: [],
      removed: [],
      byPlugin: { dbt: { written: 2, unchanged: 0 }, types: { written: 1, unchanged: 0 } },
    });
    expect(await tree(t.out)).toEqual({ 'dbt/README.md': '# x', 'dbt/models/a.sql': 'select 1', 'types/index.ts': 'export {}' });
    const manifest = JSON.parse(await readFile(path.join(t.out, '.reflekt/manifest.json'), 'utf8'));
    const s = await stat(path.join(t.out, 'dbt/models/a.sql'));
    expect(manifest.version).toBe(1);
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['dbt/README.md', 'dbt/models/a.sql', 'types/index.ts']);
    expect(manifest.files[1]).toEqual({
      path: 'dbt/models/a.sql',
      sha256: createHash('sha256').update('select 1').digest('hex'),
      size: 8,
      mtimeMs: s.mtimeMs,
      plugin: 'dbt',
    });
    // Nothing of the commit is left behind.
    expect(Object.keys(await tree(path.join(t.out, '.reflekt'), true))).toEqual(['manifest.json']);
  });

  it('writes binary contents byte for byte', async () => {
    const bytes = new Uint8Array([0, 255, 10, 13, 128]);
    await writeOutputs(t.out, outputs({ 'registry/bundle.zip': bytes }), collector());
    expect(new Uint8Array(await readFile(path.join(t.out, 'registry/bundle.zip')))).toEqual(bytes);
  });

  it('does nothing at all for an empty build without earlier outputs', async () => {
    const result = await writeOutputs(t.out, [], collector());
    expect(result.written).toEqual([]);
    await expect(stat(t.out)).rejects.toThrow();
  });
});

describe('writeOutputs: rebuilds', () => {
  const files = { 'dbt:dbt/a.sql': 'select 1', 'dbt:dbt/b.sql': 'select 2', 'types:types/index.ts': 'export {}' };

  it('rewrites nothing when nothing changed: same mtime and inode', async () => {
    await writeOutputs(t.out, outputs(files), collector());
    const before = await Promise.all(
      ['dbt/a.sql', 'dbt/b.sql', 'types/index.ts', '.reflekt/manifest.json'].map((p) => identity(path.join(t.out, p))),
    );
    await new Promise((r) => setTimeout(r, 20));
    const d = collector();
    const result = await writeOutputs(t.out, outputs(files), d);
    expect(d.all).toEqual([]);
    expect(result.written).toEqual([]);
    expect(result.unchanged).toEqual(['dbt/a.sql', 'dbt/b.sql', 'types/index.ts']);
    expect(result.byPlugin).toEqual({ dbt: { written: 0, unchanged: 2 }, types: { written: 0, unchanged: 1 } });
    const after = await Promise.all(
      ['dbt/a.sql', 'dbt/b.sql', 'types/index.ts', '.reflekt/manifest.json'].map((p) => identity(path.join(t.out, p))),
    );
    expect(after).toEqual(before);
  });

  it('rewrites only the file that changed', async () => {
    await writeOutputs(t.out, outputs(files), collector());
    const a = await identity(path.join(t.out, 'dbt/a.sql'));
    await new Promise((r) => setTimeout(r, 20));
    const result = await writeOutputs(t.out, outputs({ ...files, 'dbt:dbt/b.sql': 'select 22' }), collector());
    expect(result.written).toEqual(['dbt/b.sql']);
    expect(result.unchanged).toEqual(['dbt/a.sql', 'types/index.ts']);
    expect(await identity(path.join(t.out, 'dbt/a.sql'))).toEqual(a);
    expect(await readFile(path.join(t.out, 'dbt/b.sql'), 'utf8')).toBe('select 22');
    // The manifest follows the new file, so the next rebuild is a no-op again.
    const again = await writeOutputs(t.out, outputs({ ...files, 'dbt:dbt/b.sql': 'select 22' }), collector());
    expect(again.written).toEqual([]);
  });

  it('restores a file the user edited, and leaves one that was only touched', async () => {
    await writeOutputs(t.out, outputs(files), collector());
    await writeFile(path.join(t.out, 'dbt/a.sql'), 'select 999');
    const touched = new Date(Date.now() + 60_000);
    await utimes(path.join(t.out, 'dbt/b.sql'), touched, touched);
    const b = await identity(path.join(t.out, 'dbt/b.sql'));
    const result = await writeOutputs(t.out, outputs(files), collector());
    expect(result.written).toEqual(['dbt/a.sql']);
    expect(result.unchanged).toEqual(['dbt/b.sql', 'types/index.ts']);
    expect(await readFile(path.join(t.out, 'dbt/a.sql'), 'utf8')).toBe('select 1');
    expect(await identity(path.join(t.out, 'dbt/b.sql'))).toEqual(b);
    // The touched file's new mtime is adopted, so a third build does not read it again.
    const manifest = JSON.parse(await readFile(path.join(t.out, '.reflekt/manifest.json'), 'utf8'));
    expect(manifest.files.find((f: { path: string }) => f.path === 'dbt/b.sql').mtimeMs).toBe(b.mtimeMs);
  });

  it('adopts identical files already on disk when there is no manifest', async () => {
    await mkdir(path.join(t.out, 'dbt'), { recursive: true });
    await writeFile(path.join(t.out, 'dbt/a.sql'), 'select 1');
    const a = await identity(path.join(t.out, 'dbt/a.sql'));
    const result = await writeOutputs(t.out, outputs(files), collector());
    expect(result.unchanged).toEqual(['dbt/a.sql']);
    expect(result.written).toEqual(['dbt/b.sql', 'types/index.ts']);
    expect(await identity(path.join(t.out, 'dbt/a.sql'))).toEqual(a);
  });
});

describe('writeOutputs: stale outputs', () => {
  it('removes files an earlier build emitted and this one does not, with their emptied folders', async () => {
    await writeOutputs(t.out, outputs({ 'dbt/models/a/x.sql': '1', 'dbt/models/b/y.sql': '2', 'dbt/keep.sql': '3' }), collector());
    const result = await writeOutputs(t.out, outputs({ 'dbt/keep.sql': '3' }), collector());
    expect(result.removed).toEqual(['dbt/models/a/x.sql', 'dbt/models/b/y.sql']);
    expect(result.unchanged).toEqual(['dbt/keep.sql']);
    expect(await tree(t.out)).toEqual({ 'dbt/keep.sql': '3' });
    expect(await folders(t.out)).toEqual(['dbt']);
  });

  it('never touches files Reflekt did not write, nor the folders that hold them', async () => {
    await mkdir(path.join(t.out, 'dbt/models'), { recursive: true });
    await writeFile(path.join(t.out, 'notes.md'), 'mine');
    await writeFile(path.join(t.out, 'dbt/models/custom.sql'), 'hand-written');
    await writeOutputs(t.out, outputs({ 'dbt/models/gen.sql': 'generated', 'dbt/other/z.sql': 'z' }), collector());
    const result = await writeOutputs(t.out, [], collector());
    expect(result.removed).toEqual(['dbt/models/gen.sql', 'dbt/other/z.sql']);
    expect(await tree(t.out)).toEqual({ 'dbt/models/custom.sql': 'hand-written', 'notes.md': 'mine' });
    expect(await folders(t.out)).toEqual(['dbt', 'dbt/models']);
  });

  it('keeps a stale output the user edited, warns RK4006, and forgets it', async () => {
    await writeOutputs(t.out, outputs({ 'a.txt': 'generated', 'b.txt': 'b' }), collector());
    await writeFile(path.join(t.out, 'a.txt'), 'generated, then edited by hand');
    const d = collector();
    const result = await writeOutputs(t.out, outputs({ 'b.txt': 'b' }), d);
    expect(result.removed).toEqual([]);
    expect(d.all.map((x) => [x.code, x.severity, x.message])).toEqual([
      ['RK4006', 'warning', '`a.txt` is no longer emitted, but it was edited after Reflekt wrote it, so it was kept.'],
    ]);
    expect(await tree(t.out)).toEqual({ 'a.txt': 'generated, then edited by hand', 'b.txt': 'b' });
    const manifest = JSON.parse(await readFile(path.join(t.out, '.reflekt/manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['b.txt']);
  });

  it('replaces a stale file by a folder of the same name, and a folder by a file', async () => {
    await writeOutputs(t.out, outputs({ docs: 'was a file', 'types/index.ts': 'x' }), collector());
    const result = await writeOutputs(t.out, outputs({ 'docs/index.html': '<p>', types: 'now a file' }), collector());
    expect(result.written).toEqual(['docs/index.html', 'types']);
    expect(result.removed).toEqual(['docs', 'types/index.ts']);
    expect(await tree(t.out)).toEqual({ 'docs/index.html': '<p>', types: 'now a file' });
  });
});

describe('writeOutputs: bad paths', () => {
  it.each([
    ['../escape.txt', 'RK4002'],
    ['/abs.txt', 'RK4002'],
    ['a//b.txt', 'RK4002'],
    ['.reflekt/manifest.json', 'RK4004'],
  ])('rejects %s with %s and writes nothing', async (p, code) => {
    const d = collector();
    const result = await writeOutputs(t.out, outputs({ 'ok.txt': 'ok', [p]: 'x' }), d);
    expect(d.all.map((x) => x.code)).toEqual([code]);
    expect(result.written).toEqual([]);
    await expect(stat(t.out)).rejects.toThrow();
  });

  it('rejects a path emitted twice (RK4001)', async () => {
    const d = collector();
    await writeOutputs(t.out, [...outputs({ 'a.txt': '1' }, 'p1'), ...outputs({ 'a.txt': '2' }, 'p2')], d);
    expect(d.all.map((x) => [x.code, x.message])).toEqual([['RK4001', '`a.txt` is emitted more than once (p1, p2).']]);
  });
});
