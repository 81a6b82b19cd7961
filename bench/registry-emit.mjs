#!/usr/bin/env node
/**
 * Times `@reflekt/plugin-registry`'s schemas emitter (JSON Schemas, Ajv standalone validators
 * bundled by esbuild, manifest) on synthetic plans (after `npm run build`). The plan is loaded
 * once per size; then the compiler's `emit` hook runs with only the registry plugin:
 *
 * - cold: no validator cache (`cache: false`), every schema compiled twice (first-error and
 *   all-errors) and linked; above 50 events on worker threads besides the main thread;
 * - rebuild: a fresh plan object with a warm cache (what a no-op `reflekt build` pays: one
 *   cache file read, keys hashed, schema documents and the manifest rebuilt).
 *
 * Nothing is written except the cache file under the generated plan's `node_modules/.cache`.
 * Peak RSS is the process's (worker threads included) up to that size.
 *
 *   node bench/registry-emit.mjs                       sizes 100,1000
 *   BENCH_SIZES=1000 node bench/registry-emit.mjs      chosen sizes
 *   BENCH_STRICT=1 node bench/registry-emit.mjs        exit 1 when a budget is missed
 *
 * Budgets: 1,000 events emit cold in ≤ 2,000 ms; a no-op rebuild in ≤ 300 ms.
 *
 * @module
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compiler, loadConfig } from '@reflekt/compiler';
import registry from '@reflekt/plugin-registry';
import { generatePlan, isGenerated } from './generate-plan.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const workDir = path.join(benchDir, '.work');
const SEED = 42;
const COLD_BUDGET_MS = 2000;
const REBUILD_BUDGET_MS = 300;

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the root script runs this file directly, not as a cached turbo task
const sizes = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number).filter(Boolean);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: as above
const strict = process.env.BENCH_STRICT === '1';

async function timeEmit(dir, options) {
  const config = await loadConfig({ cwd: dir });
  const compiler = new Compiler({ ...config, plugins: [registry(options)] });
  const plan = await compiler.loadPlan();
  const start = performance.now();
  const out = await compiler.emit(plan);
  const ms = performance.now() - start;
  const validators = out.filter((f) => f.path.endsWith('.validate.js'));
  const bytes = validators.reduce((sum, f) => sum + Buffer.byteLength(f.contents), 0);
  return { ms, files: out.length, avgValidatorBytes: bytes / Math.max(1, validators.length) };
}

async function measure(events) {
  const dir = path.join(workDir, String(events));
  if (!isGenerated(dir, { events, seed: SEED })) generatePlan(dir, { events, seed: SEED });
  rmSync(path.join(dir, 'node_modules', '.cache', 'reflekt-registry'), { recursive: true, force: true });
  const cpuBefore = process.cpuUsage();
  const cold = await timeEmit(dir, { cache: false });
  const cpu = process.cpuUsage(cpuBefore);
  await timeEmit(dir, {}); // fills the cache
  const rebuild = await timeEmit(dir, {});
  return {
    events,
    files: cold.files,
    coldMs: cold.ms,
    coldCpuMs: (cpu.user + cpu.system) / 1000,
    rebuildMs: rebuild.ms,
    avgKiB: cold.avgValidatorBytes / 1024,
    rssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

const results = [];
for (const events of sizes) results.push(await measure(events));

const fmt = (n, w = 8) => n.toFixed(0).padStart(w);
console.log('registry emit (@reflekt/plugin-registry: schemas, validators, manifest)');
console.log('  events     files   cold ms  cold cpu ms (node)  rebuild ms  validator KiB  peak RSS MiB');
for (const r of results)
  console.log(
    `${fmt(r.events)}${fmt(r.files, 10)}${fmt(r.coldMs, 10)}${fmt(r.coldCpuMs, 20)}${fmt(r.rebuildMs, 12)}${r.avgKiB.toFixed(1).padStart(15)}${fmt(r.rssMiB, 14)}`,
  );
let ok = true;
const at1000 = results.find((r) => r.events === 1000);
if (at1000) {
  const coldOk = at1000.coldMs <= COLD_BUDGET_MS;
  const rebuildOk = at1000.rebuildMs <= REBUILD_BUDGET_MS;
  ok = coldOk && rebuildOk;
  console.log(`${coldOk ? '✓' : '✗'} 1,000 events emit cold in ≤ ${COLD_BUDGET_MS} ms: ${at1000.coldMs.toFixed(0)} ms`);
  console.log(`${rebuildOk ? '✓' : '✗'} 1,000 events rebuild (cache) in ≤ ${REBUILD_BUDGET_MS} ms: ${at1000.rebuildMs.toFixed(0)} ms`);
}
if (strict && !ok) process.exitCode = 1;
