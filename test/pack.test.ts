import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..');
let work: string;
let consumer: string;

/** The workspace packages that are published (private placeholders are skipped). */
function publishablePackages(): string[] {
  return readdirSync(path.join(repo, 'packages'))
    .map((name) => path.join(repo, 'packages', name))
    .filter((dir) => !JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).private);
}

const npm = (cwd: string, ...args: string[]) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'reflekt-pack-'));
  const tarballs = publishablePackages().map((dir) => {
    const out = JSON.parse(npm(dir, 'pack', '--json', '--pack-destination', work)) as { filename: string }[];
    return path.join(work, (out[0] as { filename: string }).filename);
  });
  consumer = path.join(work, 'consumer');
  cpSync(path.join(repo, 'examples/online-shop'), consumer, { recursive: true, filter: (src) => !src.includes(`${path.sep}artifacts`) });
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(consumer, 'install', '--no-audit', '--no-fund', ...tarballs);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('published packages', () => {
  it('ship dist, bin, types and license, and no sources or tests', () => {
    const installed = path.join(consumer, 'node_modules/@reflekt/compiler');
    for (const f of [
      'package.json',
      'LICENSE',
      'README.md',
      'bin/reflekt.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/main.js',
      'dist/testing/index.js',
    ]) {
      expect(existsSync(path.join(installed, f)), f).toBe(true);
    }
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    expect(existsSync(path.join(installed, 'test'))).toBe(false);
  });

  it('run `npx reflekt lint` and `npx reflekt build` on a copy of the example outside the repo', () => {
    const lint = execFileSync('npx', ['reflekt', 'lint'], { cwd: consumer, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(lint).toBe('');
    const out = execFileSync('npx', ['reflekt', 'build', '--format', 'json'], { cwd: consumer, encoding: 'utf8' });
    const summary = JSON.parse(out);
    expect(summary.ok).toBe(true);
    expect(summary.events.total).toBeGreaterThanOrEqual(10);
    expect(JSON.parse(readFileSync(path.join(consumer, 'artifacts/ir.json'), 'utf8')).irVersion).toBe(1);
  });

  it('expose the public API to ESM consumers', () => {
    const script =
      "import * as r from '@reflekt/compiler'; console.log(['defineConfig','Compiler','build','lint','loadConfig','createDiagnostic'].every((k) => k in r))";
    expect(execFileSync('node', ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' }).trim()).toBe('true');
  });
});
