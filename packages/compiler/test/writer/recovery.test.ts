import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/writer/index.js';
import { collector, outputs, tempOut, tree } from './helpers.js';

let t: Awaited<ReturnType<typeof tempOut>>;
beforeEach(async () => {
  t = await tempOut();
});
afterEach(async () => {
  await t.cleanup();
});

const v1 = { 'a.txt': 'a1', 'b.txt': 'b1', 'old/x.txt': 'old' };
const v2 = { 'a.txt': 'a2', 'b.txt': 'b1', 'new/c.txt': 'c' };

/** The manifest entry a file on disk has now. */
async function entryOf(file: string, rel: string) {
  const text = await readFile(file);
  const s = await stat(file);
  return {
    path: rel,
    sha256: createHash('sha256').update(text).digest('hex'),
    size: s.size,
    mtimeMs: s.mtimeMs,
    plugin: '@reflekt/plugin-test',
  };
}

/**
 * Leaves the output as a build of v2 that crashed mid-commit would: files staged, journal
 * written, `new/c.txt` already moved into place, `a.txt` and the deletion not done yet.
 */
async function crashDuringCommit(out: string): Promise<void> {
  const state = path.join(out, '.reflekt');
  const staging = path.join(state, 'staging-0123456789ab');
  await mkdir(path.join(staging, 'new'), { recursive: true });
  await writeFile(path.join(staging, 'a.txt'), 'a2');
  await writeFile(path.join(staging, 'new/c.txt'), 'c');
  const files = [
    await entryOf(path.join(staging, 'a.txt'), 'a.txt'),
    await entryOf(path.join(out, 'b.txt'), 'b.txt'),
    await entryOf(path.join(staging, 'new/c.txt'), 'new/c.txt'),
  ];
  const journal = {
    version: 1,
    staging: 'staging-0123456789ab',
    renames: [
      { from: 'staging-0123456789ab/a.txt', to: 'a.txt' },
      { from: 'staging-0123456789ab/new/c.txt', to: 'new/c.txt' },
    ],
    deletions: ['old/x.txt'],
    files,
  };
  await writeFile(path.join(state, 'journal.json'), JSON.stringify(journal));
  await mkdir(path.join(out, 'new'), { recursive: true });
  await rename(path.join(staging, 'new/c.txt'), path.join(out, 'new/c.txt'));
}

describe('writeOutputs: recovery', () => {
  it('rolls a leftover journal forward before anything else, without conflicts', async () => {
    await writeOutputs(t.out, outputs(v1), collector());
    await crashDuringCommit(t.out);

    const d = collector();
    const result = await writeOutputs(t.out, outputs(v2), d);
    expect(d.all).toEqual([]);
    // The interrupted build was v2, so after rolling it forward nothing is left to do.
    expect(result.written).toEqual([]);
    expect(result.unchanged).toEqual(['a.txt', 'b.txt', 'new/c.txt']);
    expect(await tree(t.out)).toEqual({ 'a.txt': 'a2', 'b.txt': 'b1', 'new/c.txt': 'c' });
    expect(Object.keys(await tree(path.join(t.out, '.reflekt'), true))).toEqual(['manifest.json']);
  });

  it('rolls forward, then builds what is asked now', async () => {
    await writeOutputs(t.out, outputs(v1), collector());
    await crashDuringCommit(t.out);
    const result = await writeOutputs(t.out, outputs({ ...v2, 'b.txt': 'b3' }), collector());
    expect(result.written).toEqual(['b.txt']);
    expect(await tree(t.out)).toEqual({ 'a.txt': 'a2', 'b.txt': 'b3', 'new/c.txt': 'c' });
  });

  it('deletes a staging folder left without a journal and keeps the outputs', async () => {
    await writeOutputs(t.out, outputs(v1), collector());
    const state = path.join(t.out, '.reflekt');
    await mkdir(path.join(state, 'staging-feedfacecafe/old'), { recursive: true });
    await writeFile(path.join(state, 'staging-feedfacecafe/a.txt'), 'half-staged');
    await writeFile(path.join(state, 'manifest.json.tmp-1a2b3c4d'), '{"trunc');
    const result = await writeOutputs(t.out, outputs(v1), collector());
    expect(result.written).toEqual([]);
    expect(await tree(t.out)).toEqual(v1);
    expect(Object.keys(await tree(state, true))).toEqual(['manifest.json']);
  });

  it('reports RK4005 and keeps the journal when rolling forward fails', async () => {
    await writeOutputs(t.out, outputs(v1), collector());
    await crashDuringCommit(t.out);
    // Someone put a folder with their own file where the journal moves `a.txt`.
    await rename(path.join(t.out, 'a.txt'), path.join(t.out, 'a-moved.txt'));
    await mkdir(path.join(t.out, 'a.txt'));
    await writeFile(path.join(t.out, 'a.txt/user.txt'), 'mine');

    const d = collector();
    const result = await writeOutputs(t.out, outputs(v2), d);
    expect(result.written).toEqual([]);
    expect(d.all.map((x) => x.code)).toEqual(['RK4005']);
    expect(d.all[0]?.message).toMatch(
      /^The build output in `.+` is only partly updated: completing the interrupted build failed: E(ISDIR|NOTEMPTY|EXIST) /,
    );
    await expect(stat(path.join(t.out, '.reflekt/journal.json'))).resolves.toBeDefined();
    expect(await readFile(path.join(t.out, 'a.txt/user.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a journal that would touch files outside the output folder', async () => {
    await writeOutputs(t.out, outputs(v1), collector());
    const victim = path.join(t.dir, 'victim.txt');
    await writeFile(victim, 'outside');
    await writeFile(
      path.join(t.out, '.reflekt/journal.json'),
      JSON.stringify({ version: 1, staging: 'staging-0123456789ab', renames: [], deletions: ['../victim.txt'], files: [] }),
    );
    const d = collector();
    await writeOutputs(t.out, outputs(v2), d);
    expect(d.all.map((x) => x.code)).toEqual(['RK4005']);
    expect(d.all[0]?.message).toContain('cannot be read (it does not have the journal shape); delete it and rebuild');
    expect(await readFile(victim, 'utf8')).toBe('outside');
    expect(await tree(t.out)).toEqual(v1);
  });

  it('ignores manifest entries that point outside the output folder', async () => {
    await writeOutputs(t.out, outputs(v1), collector());
    const victim = path.join(t.dir, 'victim.txt');
    await writeFile(victim, 'outside');
    const manifestFile = path.join(t.out, '.reflekt/manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    manifest.files.push({ ...manifest.files[0], path: '../victim.txt' });
    await writeFile(manifestFile, JSON.stringify(manifest));
    await writeOutputs(t.out, [], collector());
    expect(await readFile(victim, 'utf8')).toBe('outside');
  });
});
