#!/usr/bin/env node
// Thin launcher: the CLI lives in dist so that the published package runs without a TypeScript toolchain.
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
