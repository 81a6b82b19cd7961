#!/usr/bin/env node
/**
 * Throughput and latency of the registry server (`@reflekt/plugin-registry`, after `npm run
 * build`): analytics-node-shaped batches of 15 events POSTed to `/v1/batch` over 127.0.0.1 by
 * autocannon in a separate process (`bench/registry-load.mjs`), validated with the validators
 * the plugin emits for `examples/online-shop`, and written to NDJSON files (14 valid and 1
 * invalid event per batch). Beside it, the ceiling: a plain `node:http` server that only
 * parses the same bodies. Afterwards every event sent must be in exactly one of the two files.
 *
 *   node bench/registry.mjs                      10 s per server, 32 connections
 *   BENCH_SECONDS=5 BENCH_CONNECTIONS=16 node bench/registry.mjs
 *   BENCH_STRICT=1 node bench/registry.mjs       exit 1 when the budget is missed
 *
 * Budget (DESIGN.md): ≥ 100k events/s on one core, p99 ≤ 10 ms.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compiler, loadConfig } from '@reflekt/compiler';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const registryDist = path.join(root, 'packages/plugin-registry/dist');
const { createRegistry, createDirectoryStore, createDestination } = await import(path.join(registryDist, 'runtime/index.js'));
const { startRegistryServer } = await import(path.join(registryDist, 'server/index.js'));
const { default: registryPlugin } = await import(path.join(registryDist, 'index.js'));

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the root script runs this file directly, not as a cached turbo task
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: as above
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: as above
const strict = process.env.BENCH_STRICT === '1';
const BUDGET_EVENTS_PER_SECOND = 100_000;
const BUDGET_P99_MS = 10;
const EVENTS_PER_BATCH = 15;
const WRITE_KEY = 'bench-key';

/** One analytics-node-shaped batch: 14 valid events of three schemas and one invalid. */
function batchBody() {
  const base = (i) => ({
    userId: `user-${i}`,
    anonymousId: `anon-${i}`,
    messageId: `node-next-1735689600000-00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    timestamp: '2026-01-02T03:04:05.000Z',
    integrations: {},
    context: { library: { name: '@segment/analytics-node', version: '3.1.0' } },
    _metadata: { nodeVersion: '20.20.2', jsRuntime: 'node' },
  });
  const events = [];
  for (let i = 0; i < EVENTS_PER_BATCH - 1; i++) {
    if (i % 3 === 0) {
      events.push({
        ...base(i),
        type: 'track',
        event: 'Product Viewed',
        properties: {
          schema_id: 'online_shop/Product_Viewed/1-0.json',
          product_id: `prod_${i}a`,
          sku: `SKU-${i}`,
          name: 'Trail shoe',
          brand: 'Acme',
          category: 'footwear',
          variant: null,
          price: 59.5,
          currency: 'EUR',
          in_stock: true,
        },
      });
    } else if (i % 3 === 1) {
      events.push({
        ...base(i),
        type: 'page',
        name: 'Home',
        properties: {
          schema_id: 'online_shop/Page_Viewed/1-0.json',
          path: '/',
          url: 'https://shop.example.com/',
          title: 'Shop',
          referrer: '',
        },
      });
    } else {
      events.push({
        ...base(i),
        type: 'identify',
        traits: {
          schema_id: 'online_shop/Identify/1-0.json',
          email: 'a@example.com',
          plan: 'plus',
          created_at: '2025-05-06T07:08:09Z',
          marketing_opt_in: true,
        },
      });
    }
  }
  events.push({
    ...base(99),
    type: 'track',
    event: 'Product Viewed',
    properties: {
      schema_id: 'online_shop/Product_Viewed/1-0.json',
      product_id: 'prod_x',
      sku: 'SKU',
      name: 'Shoe',
      price: 'free',
      currency: 'EUR',
    },
  });
  return JSON.stringify({ batch: events, sentAt: '2026-01-02T03:04:06.000Z' });
}

/**
 * Runs the load process against `url`; resolves with its JSON result plus `cpuMicros`, the CPU
 * time this process (the server) spent per request: a figure that other processes on the
 * machine disturb far less than the request rate.
 */
async function load(url, bodyFile) {
  const before = process.cpuUsage();
  const result = await runLoad(url, bodyFile);
  const used = process.cpuUsage(before);
  return { ...result, cpuMicros: (used.user + used.system) / result.requests };
}

function runLoad(url, bodyFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(benchDir, 'registry-load.mjs'),
        url,
        bodyFile,
        String(seconds),
        String(connections),
        `Basic ${Buffer.from(`${WRITE_KEY}:`).toString('base64')}`,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load process exited with ${code}`))));
  });
}

/** The ceiling: parse the body, answer 200, nothing else. */
async function startCeiling() {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"success":true}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/v1/batch`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const countLines = async (file) => (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

const work = await mkdtemp(path.join(tmpdir(), 'reflekt-bench-registry-'));
try {
  const schemas = path.join(work, 'schemas');
  // The validators exactly as `reflekt build` emits them with the registry plugin.
  const config = await loadConfig({ cwd: path.join(root, 'examples/online-shop') });
  const compiler = new Compiler({ ...config, plugins: [registryPlugin()] });
  for (const file of await compiler.emit(await compiler.loadPlan())) {
    if (!file.path.startsWith('schemas/')) continue;
    const target = path.join(schemas, file.path.slice('schemas/'.length));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
  const bodyFile = path.join(work, 'batch.json');
  await writeFile(bodyFile, batchBody());

  const ceiling = await startCeiling();
  const plain = await load(ceiling.url, bodyFile);
  await ceiling.close();

  const validFile = path.join(work, 'valid.ndjson');
  const invalidFile = path.join(work, 'invalid.ndjson');
  const registry = createRegistry({
    store: createDirectoryStore(schemas),
    valid: createDestination(`file:${validFile}`),
    invalid: createDestination(`file:${invalidFile}`),
    writeKeys: { [WRITE_KEY]: 'bench' },
  });
  const server = await startRegistryServer(registry, { port: 0, host: '127.0.0.1' });
  const measured = await load(`${server.url}/v1/batch`, bodyFile);
  await server.close();
  await registry.close();
  const [valid, invalid] = [await countLines(validFile), await countLines(invalidFile)];
  const ok200 = measured.requests - measured.non2xx;

  const rate = (r) => r.requestsPerSecond * EVENTS_PER_BATCH;
  // Events one fully used core would handle, from the CPU time per request.
  const perCore = (r) => (1e6 / r.cpuMicros) * EVENTS_PER_BATCH;
  const row = (name, r) =>
    `  ${name.padEnd(34)}${Math.round(r.requestsPerSecond).toString().padStart(8)}${Math.round(rate(r)).toString().padStart(12)}${String(r.p50).padStart(8)}${String(r.p99).padStart(8)}${String(r.non2xx + r.errors).padStart(8)}${r.cpuMicros.toFixed(0).padStart(10)}${Math.round(perCore(r)).toString().padStart(14)}`;
  console.log(
    `registry server, batches of ${EVENTS_PER_BATCH} events (${measured.bytes} B), ${connections} connections, ${seconds} s, load from a separate process`,
  );
  console.log(
    `  ${'server'.padEnd(34)}${'req/s'.padStart(8)}${'events/s'.padStart(12)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'errors'.padStart(8)}${'CPU µs/req'.padStart(10)}${'events/s/core'.padStart(14)}`,
  );
  console.log(row('node:http, JSON.parse only (ceiling)', plain));
  console.log(row('registry → NDJSON files', measured));
  console.log(
    `  registry / ceiling: ${((rate(measured) / rate(plain)) * 100).toFixed(0)}% of the rate, ${((perCore(measured) / perCore(plain)) * 100).toFixed(0)}% per core; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
  );
  // Each batch holds one invalid event, so the invalid file counts the batches handled; autocannon
  // counts only the answers that arrived before its deadline, which can be up to one per connection fewer.
  const complete = valid === invalid * (EVENTS_PER_BATCH - 1) && invalid >= ok200 && invalid <= ok200 + connections;
  console.log(
    `${complete ? '✓' : '✗'} every event in exactly one destination: ${valid} valid + ${invalid} invalid for ${invalid} handled batches (${ok200} answers counted)`,
  );
  const fast = rate(measured) >= BUDGET_EVENTS_PER_SECOND && measured.p99 <= BUDGET_P99_MS;
  console.log(
    `${fast ? '✓' : '✗'} ≥ ${BUDGET_EVENTS_PER_SECOND / 1000}k events/s with p99 ≤ ${BUDGET_P99_MS} ms: ${Math.round(rate(measured) / 1000)}k events/s (${Math.round(perCore(measured) / 1000)}k per core by CPU time), p99 ${measured.p99} ms`,
  );
  if (strict && !(fast && complete)) process.exitCode = 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
