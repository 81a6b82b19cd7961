import { describe, expect, it } from 'vitest';
import { leafFolders } from '../../src/writer/journal.js';
import { isSafeRelativePath, parentsOf } from '../../src/writer/paths.js';
import { mapLimit } from '../../src/writer/pool.js';

describe('isSafeRelativePath', () => {
  it.each(['a.txt', 'dbt/models/x.sql', '.hidden/x', 'a..b/c', '...'])('accepts %s', (p) => {
    expect(isSafeRelativePath(p)).toBe(true);
  });
  it.each(['', '/abs', '../x', 'a/../b', 'a/./b', './a', 'a//b', 'a/', 'a\\b', 'C:/x', 'a/..', 'nul\0'])('rejects %j', (p) => {
    expect(isSafeRelativePath(p)).toBe(false);
  });
});

describe('folders', () => {
  it('lists parents nearest first', () => {
    expect(parentsOf('a/b/c.txt')).toEqual(['a/b', 'a']);
    expect(parentsOf('c.txt')).toEqual([]);
  });

  it('creates only the deepest folders', () => {
    expect(leafFolders(['a/b/c.txt', 'a/b/d.txt', 'a/e.txt', 'x/y/z/w.txt', 'top.txt']).sort()).toEqual(['a/b', 'x/y/z']);
  });
});

describe('mapLimit', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(2);
  });

  it('starts nothing after a failure and rejects once the calls in flight settled', async () => {
    const started: number[] = [];
    let settled = 0;
    const run = mapLimit([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await new Promise((r) => setTimeout(r, n === 0 ? 1 : 10));
      settled++;
      if (n === 0) throw new Error('first fails');
      return n;
    });
    await expect(run).rejects.toThrow('first fails');
    expect(started).toEqual([0, 1]);
    expect(settled).toBe(2);
  });
});
