#!/usr/bin/env node
/**
 * Reflekt benchmarks (`npm run bench`, after a build). For each plan size it generates a synthetic
 * project into `bench/.work/<N>` (once), then measures, each run in a fresh child process:
 *
 *   load+lint    `lint({ cwd })` from `@reflekt/compiler`
 *   build        `build({ cwd })` into a clean outDir: the compiler alone, no emitters
 *   rebuild      `build({ cwd })` again over unchanged outputs (a no-op)
 *   cli build    `node packages/compiler/bin/reflekt.js build -C <dir> --quiet`, clean outDir, wall
 *                time seen from the parent (so it includes Node start-up and module loading)
 *
 * Prints a table and the budgets, and writes `bench/results/latest.json`.
 *
 *   BENCH_SIZES=100,1000 node bench/run.mjs      (BENCH_STRICT=1: exit 1 when a budget is missed)
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
const workDir = path.join(benchDir, '.work');
const resultsFile = path.join(benchDir, 'results', 'latest.json');
const cliBin = path.join(repoRoot, 'packages/compiler/bin/reflekt.js');
const measureScript = path.join(benchDir, 'measure.mjs');

const SEED = 42;
/** Runs per measurement: the median of 3 up to 1,000 events, a single run above. */
const runsFor = (events) => (events <= 1000 ? 3 : 1);
/** A child that takes longer than this is killed and reported as failed. */
const CHILD_TIMEOUT_MS = 15 * 60 * 1000;

/**
 * Preloaded into the CLI child (`node --import`): on exit, writes the process's peak RSS (KiB) to
 * the file named by `REFLEKT_BENCH_RSS_FILE`, so the CLI itself needs no bench hooks.
 */
const RSS_HOOK = `data:text/javascript,${encodeURIComponent(
  "import{writeFileSync}from'node:fs';process.on('exit',()=>{try{writeFileSync(process.env.REFLEKT_BENCH_RSS_FILE,String(process.resourceUsage().maxRSS))}catch{}});",
)}`;

const STEPS = [
  { key: 'lint', label: 'load+lint' },
  { key: 'build', label: 'build' },
  { key: 'rebuild', label: 'no-op rebuild' },
  { key: 'cli', label: 'cli build' },
];

function parseSizes() {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: the root script runs this file directly, not as a cached turbo task
  const raw = process.env.BENCH_SIZES ?? '100,1000,10000';
  const sizes = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`BENCH_SIZES must be a comma-separated list of positive integers, got "${raw}"`);
    process.exit(2);
  }
  return sizes;
}

/** Runs a child process; resolves with its exit code, output and wall time. */
function runChild(args, { env = {} } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, wallMs: performance.now() - started });
    });
  });
}

/** One `measure.mjs` run; returns its JSON line or throws with the child's output. */
async function measure(mode, dir) {
  const child = await runChild([measureScript, mode, dir]);
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  let line;
  try {
    line = JSON.parse(last);
  } catch {
    line = undefined;
  }
  if (child.code !== 0 || !line || line.error) {
    const output = `${line?.error ?? child.stdout}${child.stderr}`.trim();
    const firstLine = output.split('\n').find((l) => l.trim()) ?? 'no output';
    throw new Error(`measure.mjs ${mode} exited ${child.code ?? child.signal}: ${firstLine}\n${output}`);
  }
  return line;
}

/** One end-to-end CLI build on a clean outDir. */
async function measureCli(dir) {
  fs.rmSync(path.join(dir, 'artifacts'), { recursive: true, force: true });
  const rssFile = path.join(os.tmpdir(), `reflekt-bench-rss-${process.pid}.txt`);
  fs.rmSync(rssFile, { force: true });
  const child = await runChild(['--import', RSS_HOOK, cliBin, 'build', '-C', dir, '--quiet'], {
    env: { REFLEKT_BENCH_RSS_FILE: rssFile },
  });
  let rssKiB = Number.NaN;
  try {
    rssKiB = Number(fs.readFileSync(rssFile, 'utf8'));
    fs.rmSync(rssFile, { force: true });
  } catch {}
  if (child.code !== 0) {
    const output = `${child.stdout}${child.stderr}`.trim();
    const firstLine = output.split('\n').find((l) => l.trim()) ?? 'no output';
    throw new Error(`reflekt build exited ${child.code ?? child.signal}: ${firstLine}\n${output}`);
  }
  return { mode: 'cli', ms: round(child.wallMs), rssMiB: round(rssKiB / 1024), exitCode: child.code };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(value) {
  return Math.round(value * 10) / 10;
}

/** Measures every step for one plan size. */
async function benchSize(events) {
  const dir = path.join(workDir, String(events));
  let generateMs = null;
  if (!isGenerated(dir, { events, seed: SEED })) {
    const started = performance.now();
    generatePlan(dir, { events, seed: SEED });
    generateMs = round(performance.now() - started);
    console.error(`generated ${events} events into ${path.relative(repoRoot, dir)} (${generateMs} ms)`);
  }
  const runs = runsFor(events);
  const rows = [];
  for (const step of STEPS) {
    const samples = [];
    let failure;
    for (let i = 0; i < runs; i++) {
      console.error(`  ${events} events: ${step.label} (${i + 1}/${runs})`);
      try {
        // `rebuild` needs the previous build's outputs: those of the `build` step just before.
        samples.push(step.key === 'cli' ? await measureCli(dir) : await measure(step.key, dir));
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
        console.error(failure);
        break;
      }
    }
    const ms = samples.length ? round(median(samples.map((s) => s.ms))) : null;
    const rssMiB = samples.length ? Math.max(...samples.map((s) => s.rssMiB)) : null;
    const last = samples.at(-1) ?? {};
    rows.push({
      events,
      step: step.key,
      label: step.label,
      ms,
      rssMiB,
      runs: samples.map((s) => s.ms),
      ...(last.importMs !== undefined && { importMs: round(median(samples.map((s) => s.importMs))) }),
      ...(last.events !== undefined && { loadedEvents: last.events }),
      ...(last.errors !== undefined && { errors: last.errors, warnings: last.warnings }),
      ...(last.written !== undefined && { written: last.written, unchanged: last.unchanged }),
      ...(last.firstError && { firstError: last.firstError }),
      ...(failure && { failed: failure.split('\n')[0] }),
    });
  }
  return { events, dir: path.relative(repoRoot, dir), generateMs, rows };
}

/** The budgets of DESIGN.md that this benchmark can check. */
function checkBudgets(results) {
  const find = (events, step) => results.flatMap((r) => r.rows).find((r) => r.events === events && r.step === step);
  const budgets = [];
  const add = (name, value, limit, unit = 'ms') =>
    budgets.push({
      name,
      value,
      limit,
      unit,
      ok: typeof value === 'number' && typeof limit === 'number' ? value <= limit : null,
    });
  const build1k = find(1000, 'build');
  const build10k = find(10000, 'build');
  add('compiler alone (build), 1,000 events', build1k?.ms ?? null, 1000);
  add('build, 10,000 events ≤ 10× the 1,000-event time', build10k?.ms ?? null, build1k?.ms != null ? round(build1k.ms * 10) : null);
  add('no-op rebuild, 1,000 events', find(1000, 'rebuild')?.ms ?? null, 300);
  return budgets;
}

function pad(value, width, align = 'right') {
  const text = value === null || value === undefined ? '-' : String(value);
  return align === 'right' ? text.padStart(width) : text.padEnd(width);
}

function formatMs(ms) {
  return ms === null ? '-' : ms.toFixed(1);
}

function printTable(results, budgets) {
  const lines = [];
  lines.push(`${pad('events', 7)}  ${pad('step', 14, 'left')}  ${pad('wall ms', 9)}  ${pad('runs', 4)}  ${pad('peak RSS MiB', 12)}  notes`);
  lines.push('-'.repeat(72));
  for (const result of results) {
    for (const row of result.rows) {
      const notes = [];
      if (row.importMs !== undefined) notes.push(`+${row.importMs} ms import`);
      if (row.loadedEvents !== undefined && row.loadedEvents !== row.events) notes.push(`${row.loadedEvents} loaded!`);
      if (row.errors) notes.push(`${row.errors} errors: ${row.firstError ?? ''}`);
      if (row.warnings) notes.push(`${row.warnings} warnings`);
      if (row.step === 'rebuild' && row.written !== undefined && row.written !== null) notes.push(`${row.written} written`);
      if (row.failed) notes.push(`FAILED: ${row.failed}`);
      lines.push(
        `${pad(row.events.toLocaleString('en-US'), 7)}  ${pad(row.label, 14, 'left')}  ${pad(formatMs(row.ms), 9)}  ${pad(
          row.runs.length,
          4,
        )}  ${pad(row.rssMiB === null ? null : row.rssMiB.toFixed(1), 12)}  ${notes.join('; ')}`,
      );
    }
  }
  lines.push('');
  lines.push('Budgets (DESIGN.md, this machine):');
  for (const b of budgets) {
    const mark = b.ok === null ? '·' : b.ok ? '✓' : '✗';
    const value = b.value === null ? 'not measured' : `${formatMs(b.value)} ${b.unit}`;
    const limit = b.limit === null ? 'n/a' : `${formatMs(b.limit)} ${b.unit}`;
    lines.push(`  ${mark} ${b.name}: ${value} (budget ≤ ${limit})`);
  }
  console.log(lines.join('\n'));
}

async function main() {
  if (!fs.existsSync(path.join(repoRoot, 'packages/compiler/dist/index.js'))) {
    console.error('packages/compiler/dist is missing: build first (`npm run build`, or use `npm run bench`).');
    return 2;
  }
  const sizes = parseSizes();
  const results = [];
  for (const events of sizes) results.push(await benchSize(events));
  const budgets = checkBudgets(results);
  printTable(results, budgets);

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    totalMemMiB: Math.round(os.totalmem() / 1024 / 1024),
    seed: SEED,
    sizes,
    results,
    budgets,
  };
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(repoRoot, resultsFile)}`);
  const failed = results.some((r) => r.rows.some((row) => row.failed));
  const overBudget = budgets.some((b) => b.ok === false);
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: the root script runs this file directly, not as a cached turbo task
  const strict = process.env.BENCH_STRICT === '1';
  return failed || (overBudget && strict) ? 1 : 0;
}

process.exitCode = await main();
