#!/usr/bin/env node
/**
 * Times `@reflekt/plugin-dbt`'s emit on synthetic plans of 1,000 and 10,000 events (after
 * `npm run build`). The plan is loaded once per size; then the compiler's `emit` hook runs with
 * only the dbt plugin: the first (cold) run, then the median of the next runs. Nothing is written.
 *
 *   node bench/dbt.mjs                          sizes 1000,10000
 *   BENCH_SIZES=1000 node bench/dbt.mjs         chosen sizes
 *   BENCH_STRICT=1 node bench/dbt.mjs           exit 1 when the budget is missed
 *
 * Budget: 1,000 events emit in ≤ 500 ms (cold run).
 *
 * @module
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compiler, loadConfig } from '@reflekt/compiler';
import dbt from '@reflekt/plugin-dbt';
import { generatePlan, isGenerated } from './generate-plan.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const workDir = path.join(benchDir, '.work');
const SEED = 42;
const BUDGET_MS = 500;

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the root script runs this file directly, not as a cached turbo task
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number).filter(Boolean);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: as above
const strict = process.env.BENCH_STRICT === '1';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(events) {
  const dir = path.join(workDir, String(events));
  if (!isGenerated(dir, { events, seed: SEED })) generatePlan(dir, { events, seed: SEED });
  const config = await loadConfig({ cwd: dir });
  const compiler = new Compiler({ ...config, plugins: [dbt({ warehouse: 'snowflake' })] });
  const plan = await compiler.loadPlan();
  const runs = [];
  let files = 0;
  for (let i = 0; i < (events <= 1000 ? 6 : 3); i++) {
    const start = performance.now();
    const out = await compiler.emit(plan);
    runs.push(performance.now() - start);
    files = out.length;
  }
  const [cold, ...warm] = runs;
  return { events: plan.events.length, files, coldMs: cold, warmMs: median(warm), rssMiB: process.resourceUsage().maxRSS / 1024 };
}

const results = [];
for (const events of sizes) results.push(await measure(events));

const fmt = (n) => n.toFixed(0).padStart(8);
console.log('dbt emit (@reflekt/plugin-dbt, Snowflake, every model)');
console.log('  events     files   cold ms   warm ms   peak RSS MiB');
for (const r of results)
  console.log(`${String(r.events).padStart(8)}${fmt(r.files)}  ${fmt(r.coldMs)}  ${fmt(r.warmMs)}  ${fmt(r.rssMiB)}`);
const at1000 = results.find((r) => r.events === 1000);
let ok = true;
if (at1000) {
  ok = at1000.coldMs <= BUDGET_MS;
  console.log(`${ok ? '✓' : '✗'} 1,000 events emit in ≤ ${BUDGET_MS} ms: ${at1000.coldMs.toFixed(0)} ms`);
}
const at10000 = results.find((r) => r.events === 10000);
if (at1000 && at10000) console.log(`  10,000 / 1,000 (warm): ${(at10000.warmMs / at1000.warmMs).toFixed(1)}×`);
if (strict && !ok) process.exitCode = 1;
