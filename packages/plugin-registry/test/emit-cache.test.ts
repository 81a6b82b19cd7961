import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, loadConfig, type TrackingPlan } from '@reflekt/compiler';
import { withTempDir } from '@reflekt/compiler/testing';
import { afterAll, expect, test } from 'vitest';
import { CACHE_FILE } from '../src/emit/cache.js';
import { emitRegistry } from '../src/index.js';
import { cleanupFixtures, writeFixture } from './helpers/registry-fixture.js';

afterAll(cleanupFixtures);

async function loadPlan(dir: string): Promise<TrackingPlan> {
  return new Compiler({ ...(await loadConfig({ cwd: dir })), plugins: [] }).loadPlan();
}

/** The schema ids whose validators the cache file in `dir` holds (each file's first line names it). */
const cachedIds = (dir: string): string[] =>
  [...readFileSync(path.join(dir, CACHE_FILE), 'utf8').matchAll(/^\/\/ Validator for "([^"]+)"/gm)].map((m) => m[1] as string).sort();

test('the validator cache gives the same files as compiling, keeps warnings, and survives a corrupt file', async () => {
  const project = writeFixture({
    edit: (schemas) => {
      const order = schemas['shop/Order_Completed/2-0.json'] as { properties: Record<string, object> };
      order.properties.checkout_id = { type: 'string', format: 'not-a-format', description: 'Checkout session.' };
    },
  });
  await withTempDir(async (cacheDir) => {
    const uncached = await emitRegistry(await loadPlan(project));
    const cold = await emitRegistry(await loadPlan(project), { cacheDir });
    // One file for the whole plan, nothing else left behind (no temporary files).
    expect(readdirSync(cacheDir)).toEqual([CACHE_FILE]);
    expect(cachedIds(cacheDir)).toEqual(['shop/Identify/1-0.json', 'shop/Order_Completed/1-0.json', 'shop/Order_Completed/2-0.json']);
    const written = statSync(path.join(cacheDir, CACHE_FILE)).mtimeMs;
    const warm = await emitRegistry(await loadPlan(project), { cacheDir });
    expect(cold.files).toEqual(uncached.files);
    expect(warm.files).toEqual(uncached.files);
    expect(warm.problems.map((p) => [p.event.id, p.severity, p.detail])).toEqual(
      uncached.problems.map((p) => [p.event.id, p.severity, p.detail]),
    );
    expect(warm.problems).toHaveLength(1);
    // A rebuild that compiled nothing does not rewrite the cache.
    expect(statSync(path.join(cacheDir, CACHE_FILE)).mtimeMs).toBe(written);

    // A half-written file and one whose lengths do not add up are ignored, compiled again and rewritten.
    const file = path.join(cacheDir, CACHE_FILE);
    const whole = readFileSync(file, 'utf8');
    for (const damaged of [whole.slice(0, whole.length / 2), `${whole}x`, whole.replace('[[', '[{')]) {
      writeFileSync(file, damaged);
      const repaired = await emitRegistry(await loadPlan(project), { cacheDir });
      expect(repaired.files).toEqual(uncached.files);
      expect(readFileSync(file, 'utf8')).toBe(whole);
    }
  });
});

test('a changed schema misses and the entries of schemas no longer in the plan are kept for later', async () => {
  const before = writeFixture({});
  const after = writeFixture({
    edit: (schemas) => {
      const identify = schemas['shop/Identify/1-0.json'] as { properties: Record<string, object> };
      identify.properties.nickname = { type: 'string', maxLength: 20 };
    },
  });
  await withTempDir(async (cacheDir) => {
    await emitRegistry(await loadPlan(before), { cacheDir });
    const changed = await emitRegistry(await loadPlan(after), { cacheDir });
    const identify = changed.files.find((f) => f.path === 'shop/Identify/1-0.validate.js')?.contents ?? '';
    const module = await import(`data:text/javascript;base64,${Buffer.from(identify).toString('base64')}`);
    expect(module.default({ plan: 'free', nickname: 'x'.repeat(21) })).toBe(false);
    // Both versions of Identify are cached: switching back compiles nothing.
    expect(cachedIds(cacheDir)).toEqual([
      'shop/Identify/1-0.json',
      'shop/Identify/1-0.json',
      'shop/Order_Completed/1-0.json',
      'shop/Order_Completed/2-0.json',
    ]);
    expect(await emitRegistry(await loadPlan(before), { cacheDir })).toEqual(await emitRegistry(await loadPlan(before)));
  });
});

test('a schema with a $ref to another document is never cached', async () => {
  const project = writeFixture({
    edit: (schemas) => {
      const identify = schemas['shop/Identify/1-0.json'] as { properties: Record<string, object> };
      // Relative to this schema's id, as URI references resolve.
      identify.properties.last_order = { $ref: '../Order_Completed/2-0.json', description: 'The last order.' };
    },
  });
  await withTempDir(async (cacheDir) => {
    const artifacts = await emitRegistry(await loadPlan(project), { cacheDir });
    expect(artifacts.problems).toEqual([]);
    // Order_Completed 1-0 and 2-0 are cached; Identify, which embeds 2-0's validator, is not.
    expect(cachedIds(cacheDir)).toEqual(['shop/Order_Completed/1-0.json', 'shop/Order_Completed/2-0.json']);
    const identify = artifacts.files.find((f) => f.path === 'shop/Identify/1-0.validate.js');
    const module = await import(`data:text/javascript;base64,${Buffer.from(identify?.contents ?? '').toString('base64')}`);
    expect(module.default({ plan: 'free', last_order: { schema_id: 'x', checkout_id: 'nope', total: 1 } })).toBe(false);
  });
});
