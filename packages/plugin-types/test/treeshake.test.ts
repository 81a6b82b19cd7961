import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { emit, PACKAGE_DIR, scratch, writeFiles } from './helpers.js';

/** The repo's synthetic plan generator, the one `npm run bench` uses (plain JavaScript, so typed here). */
async function generatePlan(dir: string, options: { events: number; seed: number }): Promise<void> {
  const file = path.join(PACKAGE_DIR, '../../bench/generate-plan.mjs');
  const generator = (await import(file)) as { generatePlan: (dir: string, options: { events: number; seed: number }) => unknown };
  generator.generatePlan(dir, options);
}

/** Bundles `entry` (in `dir`) the way an app's production build would: ESM, minified, tree-shaken. */
async function bundle(dir: string, entry: string): Promise<string> {
  writeFileSync(path.join(dir, 'entry.ts'), entry);
  const result = await build({
    entryPoints: [path.join(dir, 'entry.ts')],
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('tree-shaking: one imported function from a 1,000-event plan', () => {
  let dir = '';
  let index = '';
  beforeAll(async () => {
    const project = scratch('treeshake-plan');
    await generatePlan(project, { events: 1000, seed: 42 });
    const { files } = await emit(project, {});
    dir = scratch('treeshake');
    writeFiles(path.join(dir, 'types'), files);
    index = files.get('types/index.ts') ?? '';
  }, 120_000);

  it('bundles to at most 1 KB, with only that event in it', async () => {
    expect(index.match(/^export function /gm)?.length).toBeGreaterThan(800);
    const fn = /^export function (\w+)\(properties/m.exec(index)?.[1] ?? '';
    const code = await bundle(dir, `import { ${fn} } from './types/index.js';\n${fn}({} as never);\n`);
    expect(code.length).toBeLessThanOrEqual(1024);
    expect(gzipSync(code).length).toBeLessThan(700);
    expect(code.match(/\.json["']/g)).toHaveLength(1);
    expect(code).not.toMatch(/ajv|validate/i);
  });

  it('with createTracker and the analytics-node adapter it stays under 2 KB', async () => {
    const fn = /^export function (\w+)\(properties/m.exec(index)?.[1] ?? '';
    const code = await bundle(
      dir,
      `import { analyticsNode, createTracker, ${fn} } from './types/index.js';\ncreateTracker(analyticsNode({} as never));\n${fn}({} as never);\n`,
    );
    expect(code.length).toBeLessThanOrEqual(2048);
    expect(code).not.toContain('analyticsNext');
  });

  it('type generation spread over worker threads prints the same as on one thread', async () => {
    const project = path.join(scratch('treeshake-plan-300'));
    await generatePlan(project, { events: 320, seed: 7 });
    const threaded = await emit(project, { workers: 1 });
    const single = await emit(project, { workers: 0 });
    expect(threaded.files.get('types/index.ts')).toBe(single.files.get('types/index.ts'));
  }, 120_000);
});
