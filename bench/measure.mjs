#!/usr/bin/env node
/**
 * One benchmark measurement in this (fresh) process; prints one JSON line on stdout.
 *
 *   node bench/measure.mjs lint    <dir>   load + lint through the programmatic API
 *   node bench/measure.mjs build   <dir>   build into a clean outDir (the outDir is removed first, untimed)
 *   node bench/measure.mjs rebuild <dir>   build again over the previous build's outputs (expects a no-op)
 *
 * `ms` is the API call alone; `importMs` is loading `@reflekt/compiler`. `rssMiB` is this process's
 * peak resident set size (`process.resourceUsage().maxRSS`), so it covers the import too.
 *
 * @module
 */
import fs from 'node:fs';
import path from 'node:path';

const MODES = new Set(['lint', 'build', 'rebuild']);

/** The outDir a project's `reflekt.config.json` names (bench projects always have one). */
function outDirOf(dir) {
  try {
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'reflekt.config.json'), 'utf8'));
    return path.resolve(dir, config.outDir ?? 'artifacts');
  } catch {
    return path.resolve(dir, 'artifacts');
  }
}

function count(diagnostics, severity) {
  return diagnostics.filter((d) => d.severity === severity).length;
}

async function main() {
  const [mode, dirArg] = process.argv.slice(2);
  if (!MODES.has(mode) || !dirArg) {
    console.error('usage: node bench/measure.mjs lint|build|rebuild <dir>');
    return 2;
  }
  const dir = path.resolve(dirArg);
  const outDir = outDirOf(dir);
  if (mode === 'build') fs.rmSync(outDir, { recursive: true, force: true });

  const importStarted = performance.now();
  const api = await import('@reflekt/compiler');
  const importMs = performance.now() - importStarted;

  const started = performance.now();
  let details;
  if (mode === 'lint') {
    const result = await api.lint({ cwd: dir });
    details = { events: result.plan.events.length, diagnostics: result.diagnostics };
  } else {
    const result = await api.build({ cwd: dir });
    details = {
      events: result.plan.events.length,
      diagnostics: result.diagnostics,
      written: result.write?.written.length ?? null,
      unchanged: result.write?.unchanged.length ?? null,
    };
  }
  const ms = performance.now() - started;

  const { diagnostics, ...rest } = details;
  const firstError = diagnostics.find((d) => d.severity === 'error');
  const line = {
    mode,
    ms: round(ms),
    importMs: round(importMs),
    rssMiB: round(process.resourceUsage().maxRSS / 1024),
    ...rest,
    errors: count(diagnostics, 'error'),
    warnings: count(diagnostics, 'warning'),
    ...(firstError && { firstError: `${firstError.code} ${firstError.message}` }),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  return 0;
}

function round(value) {
  return Math.round(value * 10) / 10;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.stack : String(error) })}\n`);
  process.exitCode = 1;
}
