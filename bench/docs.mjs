#!/usr/bin/env node
/**
 * Times `@reflekt/plugin-docs`'s emit on a synthetic plan of 1,000 events (after `npm run build`):
 * Markdown per event plus the index, and the static HTML site. The plan is loaded once; then the
 * compiler's `emit` hook runs with only the docs plugin: the first (cold) run, then the median of
 * the next runs. Nothing is written.
 *
 *   node bench/docs.mjs                          size 1000
 *   BENCH_SIZES=1000,10000 node bench/docs.mjs   chosen sizes
 *   BENCH_STRICT=1 node bench/docs.mjs           exit 1 when the budget is missed
 *
 * Budget: docs for 1,000 events build in ≤ 1 s (cold run).
 *
 * @module
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compiler, loadConfig } from '@reflekt/compiler';
import docs from '@reflekt/plugin-docs';
import { generatePlan, isGenerated } from './generate-plan.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const workDir = path.join(benchDir, '.work');
const SEED = 42;
const BUDGET_MS = 1000;

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the root script runs this file directly, not as a cached turbo task
const sizes = (process.env.BENCH_SIZES ?? '1000').split(',').map(Number).filter(Boolean);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: as above
const strict = process.env.BENCH_STRICT === '1';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(events) {
  const dir = path.join(workDir, String(events));
  if (!isGenerated(dir, { events, seed: SEED })) generatePlan(dir, { events, seed: SEED });
  const config = await loadConfig({ cwd: dir });
  const compiler = new Compiler({ ...config, plugins: [docs()] });
  const plan = await compiler.loadPlan();
  const runs = [];
  let files = 0;
  let bytes = 0;
  for (let i = 0; i < (events <= 1000 ? 6 : 3); i++) {
    const start = performance.now();
    const out = await compiler.emit(plan);
    runs.push(performance.now() - start);
    files = out.length;
    bytes = out.reduce((n, f) => n + (typeof f.contents === 'string' ? Buffer.byteLength(f.contents) : f.contents.length), 0);
  }
  const [cold, ...warm] = runs;
  return {
    events: plan.events.length,
    files,
    mib: bytes / 2 ** 20,
    coldMs: cold,
    warmMs: median(warm),
    rssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

const results = [];
for (const events of sizes) results.push(await measure(events));

const fmt = (n) => n.toFixed(0).padStart(8);
console.log('docs emit (@reflekt/plugin-docs, Markdown + HTML site)');
console.log('  events     files       MiB   cold ms   warm ms   peak RSS MiB');
for (const r of results)
  console.log(
    `${String(r.events).padStart(8)}${fmt(r.files)}  ${r.mib.toFixed(1).padStart(8)}  ${fmt(r.coldMs)}  ${fmt(r.warmMs)}  ${fmt(r.rssMiB)}`,
  );
const at1000 = results.find((r) => r.events === 1000);
let ok = true;
if (at1000) {
  ok = at1000.coldMs <= BUDGET_MS;
  console.log(`${ok ? '✓' : '✗'} docs for 1,000 events build in ≤ ${BUDGET_MS} ms: ${at1000.coldMs.toFixed(0)} ms`);
}
if (strict && !ok) process.exitCode = 1;
