#!/usr/bin/env node
/**
 * Measures the registry's AWS Lambda bundle (after `npm run build`), with the validators of the
 * online-shop example baked in (`embedSchemas`), so no network is involved:
 *
 * - bundle size: minified bytes (and gzip) of `handler.mjs`, with and without embedded validators;
 * - module init: `await import('./handler.mjs')` in a fresh Node process (median of 9 processes);
 * - per invocation: a Function URL event carrying a 15-event batch (13 valid, 2 invalid), written
 *   to `stdout:` destinations (discarded), p50/p99 over 2,000 invocations after 200 warm-up ones, in
 *   one process (a warm container). Timed around `handler(event)`: parsing, validation, routing,
 *   the destinations' serialisation and the EMF log line, without a destination round trip.
 *
 *   node bench/lambda.mjs
 *   BENCH_STRICT=1 node bench/lambda.mjs   exit 1 when a budget is missed
 *
 * Budgets (DESIGN.md, reference/registry.md §7): bundle ≤ 150 KB without the AWS SDK; module init
 * ≤ 50 ms; 15-event batch p50 ≤ 2 ms, p99 ≤ 10 ms.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Compiler, loadConfig } from '@reflekt/compiler';
import { bundleLambda, embeddedValidators } from '@reflekt/plugin-registry';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const workDir = path.join(benchDir, '.work', 'lambda');
const example = path.join(benchDir, '..', 'examples', 'online-shop');
// biome-ignore lint/suspicious/noUndeclaredEnvVars: the root script runs this file directly, not as a cached turbo task
const strict = process.env.BENCH_STRICT === '1';
const BUDGETS = { bundleBytes: 150 * 1024, initMs: 50, p50Ms: 2, p99Ms: 10 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs in the child: imports the bundle (timed) and, in `invoke` mode, times the handler. */
const CHILD = `import { readFileSync, writeFileSync } from 'node:fs';
const [mode, eventFile, out] = process.argv.slice(2);
const started = performance.now();
const { handler } = await import('./handler.mjs');
const initMs = performance.now() - started;
if (mode === 'init') { writeFileSync(out, JSON.stringify({ initMs })); process.exit(0); }
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const times = [];
let failures = 0;
for (let i = 0; i < 2200; i++) {
  const t = performance.now();
  const result = await handler(event);
  const ms = performance.now() - t;
  if (result.statusCode !== 200) failures++;
  if (i >= 200) times.push(ms);
}
times.sort((a, b) => a - b);
writeFileSync(out, JSON.stringify({ initMs, failures, p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)] }));
`;

/** A Function URL event (payload 2.0) carrying `batch`. */
function functionUrlEvent(batch) {
  const body = JSON.stringify({ batch, sentAt: new Date().toISOString() });
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/v1/batch',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from('bench_key:').toString('base64')}`,
      'user-agent': 'analytics-node-next/latest',
    },
    requestContext: {
      http: { method: 'POST', path: '/v1/batch', protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'bench' },
      stage: '$default',
      timeEpoch: Date.now(),
    },
    body,
    isBase64Encoded: false,
  };
}

/** 13 valid Product Viewed tracks and 2 invalid ones (a string price). */
function batchOf15(schemaId) {
  return Array.from({ length: 15 }, (_, i) => ({
    type: 'track',
    event: 'Product Viewed',
    userId: `user-${i}`,
    messageId: `bench-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    context: { library: { name: '@segment/analytics-node', version: '3.0.0' } },
    properties: {
      schema_id: schemaId,
      product_id: `prod_${i}`,
      sku: `SKU-${i}`,
      name: 'Shoe',
      price: i < 13 ? 59.5 : 'cheap',
      currency: 'EUR',
    },
  }));
}

function runChild(dir, mode, env, eventFile = '') {
  const out = path.join(dir, `${mode}-${randomUUID()}.json`);
  execFileSync(process.execPath, ['child.mjs', mode, eventFile, out], {
    cwd: dir,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

async function main() {
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  const compiler = new Compiler(await loadConfig({ cwd: example }));
  const validators = embeddedValidators((await compiler.loadPlan()).events);
  const plain = await bundleLambda(undefined);
  const embedded = await bundleLambda(validators);
  fs.writeFileSync(path.join(workDir, 'handler.mjs'), embedded);
  fs.writeFileSync(path.join(workDir, 'child.mjs'), CHILD);
  const plainDir = path.join(workDir, 'plain');
  fs.mkdirSync(plainDir);
  fs.writeFileSync(path.join(plainDir, 'handler.mjs'), plain);
  fs.writeFileSync(path.join(plainDir, 'child.mjs'), CHILD);
  const schemaId = [...validators.keys()].find((id) => id.includes('Product_Viewed'));
  fs.writeFileSync(path.join(workDir, 'event.json'), JSON.stringify(functionUrlEvent(batchOf15(schemaId))));
  const env = {
    AWS_LAMBDA_FUNCTION_NAME: 'bench',
    REFLEKT_SCHEMAS: 'embedded',
    // The handler alone, as the budget defines it: events go to standard output, which the child discards.
    REFLEKT_VALID: 'stdout:',
    REFLEKT_INVALID: 'stdout:',
    REFLEKT_WRITE_KEYS: 'bench_key=bench',
  };

  const inits = Array.from({ length: 9 }, () => runChild(workDir, 'init', env).initMs);
  // Schemas from S3: the SDK is not loaded at init (only on the first cache miss), so no network is needed here.
  const plainInits = Array.from(
    { length: 9 },
    () => runChild(plainDir, 'init', { ...env, REFLEKT_SCHEMAS: 's3://bench-schemas/schemas' }).initMs,
  );
  const invoke = runChild(workDir, 'invoke', env, path.join(workDir, 'event.json'));
  const rows = [
    [
      'bundle, schemas from S3 (bytes, min / gzip)',
      `${Buffer.byteLength(plain)} / ${gzipSync(plain).length}`,
      Buffer.byteLength(plain) <= BUDGETS.bundleBytes,
    ],
    // Embedded validators grow the bundle with the plan: reported, not held to the runtime's budget.
    [
      `bundle, ${validators.size} schemas embedded (bytes, min / gzip)`,
      `${Buffer.byteLength(embedded)} / ${gzipSync(embedded).length}`,
      true,
    ],
    ['module init, schemas from S3 (ms, median of 9)', median(plainInits).toFixed(1), median(plainInits) <= BUDGETS.initMs],
    ['module init, schemas embedded (ms, median of 9)', median(inits).toFixed(1), median(inits) <= BUDGETS.initMs],
    ['15-event batch per invocation, p50 (ms)', invoke.p50.toFixed(3), invoke.p50 <= BUDGETS.p50Ms],
    ['15-event batch per invocation, p99 (ms)', invoke.p99.toFixed(3), invoke.p99 <= BUDGETS.p99Ms],
  ];
  console.log('\nRegistry Lambda bundle\n');
  for (const [label, value, ok] of rows) console.log(`${ok ? '✓' : '✗'} ${label.padEnd(58)} ${value}`);
  console.log(
    `\nBudgets: bundle ≤ ${BUDGETS.bundleBytes} B (without embedded schemas), init ≤ ${BUDGETS.initMs} ms, p50 ≤ ${BUDGETS.p50Ms} ms, p99 ≤ ${BUDGETS.p99Ms} ms`,
  );
  if (invoke.failures > 0) console.log(`✗ ${invoke.failures} invocation(s) did not answer 200`);
  const missed = rows.some(([, , ok]) => !ok) || invoke.failures > 0;
  return strict && missed ? 1 : 0;
}

process.exitCode = await main();
