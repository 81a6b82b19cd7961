#!/usr/bin/env node
/**
 * `reflekt build` with every emitter (IR, dbt, types, docs, registry schemas + validators +
 * Lambda bundle) on the synthetic plans, through the CLI in a fresh process, as a user runs it:
 *
 *   cold      clean output folder and no validator cache
 *   no-op     again over unchanged outputs (nothing should be written)
 *
 * Wall time is seen from the parent (Node start-up and module loading included); peak RSS comes
 * from the child. Budget (DESIGN.md): ≤ 2 s and ≤ 400 MiB at 1,000 events, no-op ≤ 0.3 s.
 *
 *   node bench/full.mjs                    1,000 events
 *   BENCH_SIZES=100,1000 node bench/full.mjs
 *
 * @module
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan, isGenerated } from './generate-plan.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.dirname(benchDir);
const cliBin = path.join(repoRoot, 'packages/compiler/bin/reflekt.js');
// biome-ignore lint/suspicious/noUndeclaredEnvVars: the root script runs this file directly, not as a cached turbo task
const sizes = (process.env.BENCH_SIZES ?? '1000').split(',').map(Number);
const RSS_HOOK = `data:text/javascript,${encodeURIComponent(
  "import{writeFileSync}from'node:fs';process.on('exit',()=>{try{writeFileSync(process.env.REFLEKT_BENCH_RSS_FILE,String(process.resourceUsage().maxRSS))}catch{}});",
)}`;

const CONFIG = `import dbt from '@reflekt/plugin-dbt';
import docs from '@reflekt/plugin-docs';
import registry from '@reflekt/plugin-registry';
import types from '@reflekt/plugin-types';

export default {
  name: 'bench',
  vendor: 'com.bench',
  outDir: 'artifacts-full',
  emitIr: true,
  plugins: [
    dbt({ warehouse: 'snowflake' }),
    types(),
    docs(),
    registry({ s3: { bucket: 'bench-schemas' }, lambda: { valid: 'stdout:', invalid: 'stdout:' } }),
  ],
};
`;

function build(dir) {
  const rssFile = path.join(os.tmpdir(), `reflekt-full-rss-${process.pid}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', RSS_HOOK, cliBin, 'build', '-C', dir, '-c', 'reflekt.full.config.mjs', '--format', 'json'],
      {
        env: { ...process.env, NO_COLOR: '1', REFLEKT_BENCH_RSS_FILE: rssFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      err += c;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`build exited ${code}: ${err.slice(-2000)}${out.slice(-2000)}`));
      const summary = JSON.parse(out);
      const rss = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
      resolve({ ms, rss, written: summary.files.written, unchanged: summary.files.unchanged, byPlugin: summary.files.byPlugin });
    });
  });
}

console.log(`reflekt build, every emitter, CLI in a fresh process (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`);
console.log(
  `  ${'events'.padStart(7)}  ${'cold ms'.padStart(8)}  ${'RSS MiB'.padStart(8)}  ${'no-op ms'.padStart(8)}  ${'RSS MiB'.padStart(8)}  files`,
);
for (const events of sizes) {
  const dir = path.join(benchDir, '.work', String(events));
  if (!isGenerated(dir, { events })) generatePlan(dir, { events });
  fs.writeFileSync(path.join(dir, 'reflekt.full.config.mjs'), CONFIG);
  fs.rmSync(path.join(dir, 'artifacts-full'), { recursive: true, force: true });
  // The registry keeps its compiled validators in node_modules/.cache: cold means without it.
  fs.rmSync(path.join(dir, 'node_modules/.cache'), { recursive: true, force: true });
  const cold = await build(dir);
  const noop = await build(dir);
  console.log(
    `  ${String(events).padStart(7)}  ${Math.round(cold.ms).toString().padStart(8)}  ${Math.round(cold.rss).toString().padStart(8)}  ${Math.round(noop.ms).toString().padStart(8)}  ${Math.round(noop.rss).toString().padStart(8)}  ${cold.written} written; no-op wrote ${noop.written}`,
  );
  if (events === 1000) {
    const ok = (v, limit) => (v <= limit ? '✓' : '✗');
    console.log(`  ${ok(cold.ms, 2000)} cold ≤ 2,000 ms   ${ok(cold.rss, 400)} ≤ 400 MiB   ${ok(noop.ms, 300)} no-op ≤ 300 ms`);
  }
}
