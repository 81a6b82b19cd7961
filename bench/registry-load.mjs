#!/usr/bin/env node
/**
 * The load generator of `bench/registry.mjs`, run as its own process so it does not share a CPU
 * core with the server under test: autocannon POSTs one request body over and over and prints
 * its results as one JSON line on stdout.
 *
 *   node bench/registry-load.mjs <url> <body file> <seconds> <connections> [authorization]
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [url, bodyFile, seconds, connections, authorization] = process.argv.slice(2);
if (!url || !bodyFile) {
  console.error('usage: registry-load.mjs <url> <body file> <seconds> <connections> [authorization]');
  process.exit(2);
}
const body = readFileSync(bodyFile);
const headers = { 'content-type': 'application/json' };
if (authorization) headers.authorization = authorization;

const result = await autocannon({
  url,
  method: 'POST',
  headers,
  body,
  duration: Number(seconds ?? 10),
  connections: Number(connections ?? 32),
  pipelining: 1,
});
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytes: body.length,
  })}\n`,
);
