import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflekt } from '../helpers/cli.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'reflekt-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const schemaFile = (d: string) => path.join(d, 'schemas/shop/Signed_Up/1-0.json');

describe('reflekt init', () => {
  it('scaffolds a project that lint and build accept at once', async () => {
    const init = await reflekt(dir, 'init', 'shop', '--vendor', 'com.shop');
    expect(init.code).toBe(0);
    const root = path.join(dir, 'shop');
    for (const f of [
      'reflekt.config.ts',
      'schemas/.reflekt/meta/1-0.json',
      'schemas/shop/Signed_Up/1-0.json',
      '.github/workflows/reflekt-lint.yml',
      '.github/workflows/reflekt-publish.yml',
      'package.json',
      'README.md',
    ]) {
      expect(statSync(path.join(root, f)).isFile(), f).toBe(true);
    }
    expect(readFileSync(path.join(root, '.github/workflows/reflekt-lint.yml'), 'utf8')).toContain('npx reflekt lint --format github');
    const lint = await reflekt(root, 'lint');
    expect(lint.stderr).toContain('no problems');
    expect(lint.code).toBe(0);
    const build = await reflekt(root, 'build', '--format', 'json');
    expect(build.code).toBe(0);
    const summary = JSON.parse(build.stdout);
    expect(summary).toMatchObject({ ok: true, project: 'shop', events: { total: 1, byKind: { track: 1 } }, summary: { error: 0 } });
  });

  it('refuses to overwrite an existing project (exit 2)', async () => {
    await reflekt(dir, 'init');
    const again = await reflekt(dir, 'init');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('RK7008');
  });
});

describe('reflekt new', () => {
  it('adds an event, refuses a silent overwrite, and adds major and minor versions', async () => {
    await reflekt(dir, 'init', '--name', 'shop');
    const created = await reflekt(dir, 'new', 'Order Completed', '--description', 'A customer placed an order.');
    expect(created.code).toBe(0);
    const file = path.join(dir, 'schemas/shop/Order_Completed/1-0.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      $id: 'shop/Order_Completed/1-0.json',
      self: { name: 'Order Completed', version: '1-0' },
    });
    expect((await reflekt(dir, 'new', 'Order Completed')).code).toBe(2);
    expect((await reflekt(dir, 'new', 'Order Completed', '--minor')).code).toBe(0);
    expect((await reflekt(dir, 'new', 'Order Completed', '--major')).code).toBe(0);
    const v2 = JSON.parse(readFileSync(path.join(dir, 'schemas/shop/Order_Completed/2-0.json'), 'utf8'));
    expect(v2).toMatchObject({
      $id: 'shop/Order_Completed/2-0.json',
      description: 'A customer placed an order.',
      self: { version: '2-0' },
    });
    expect(statSync(path.join(dir, 'schemas/shop/Order_Completed/1-1.json')).isFile()).toBe(true);
  });
});

describe('reflekt build --check', () => {
  it('fails while committed output is out of date and writes nothing', async () => {
    await reflekt(dir, 'init', '--name', 'shop');
    writeFileSync(path.join(dir, 'reflekt.config.ts'), "export default { name: 'shop', emitIr: true };\n");
    const ir = path.join(dir, 'artifacts/ir.json');

    const before = await reflekt(dir, 'build', '--check');
    expect(before.code).toBe(1);
    expect(before.stderr).toContain(
      'artifacts/ir.json: error `artifacts/ir.json` would be created by a build: the committed output is out of date. [RK4007] (reflekt)',
    );
    expect(existsSync(ir)).toBe(false);

    expect((await reflekt(dir, 'build')).code).toBe(0);
    const upToDate = await reflekt(dir, 'build', '--check', '--format', 'json');
    expect(upToDate.code).toBe(0);
    expect(JSON.parse(upToDate.stdout)).toMatchObject({ ok: true, check: { missing: 0, different: 0, removed: 0 } });

    writeFileSync(ir, '{}\n');
    const edited = await reflekt(dir, 'build', '--check', '--format', 'github');
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain(
      '::error file=artifacts/ir.json,title=RK4007::`artifacts/ir.json` differs from what a build would write',
    );
    expect(readFileSync(ir, 'utf8')).toBe('{}\n');
  });
});

describe('bad input', () => {
  it('prints a positioned diagnostic for malformed JSON, exits 1 and keeps earlier artifacts', async () => {
    await reflekt(dir, 'init', '--name', 'shop');
    writeFileSync(path.join(dir, 'reflekt.config.ts'), "export default { name: 'shop', emitIr: true };\n");
    expect((await reflekt(dir, 'build')).code).toBe(0);
    const ir = path.join(dir, 'artifacts/ir.json');
    const before = readFileSync(ir, 'utf8');
    writeFileSync(schemaFile(dir), '{\n  "$id": "shop/Signed_Up/1-0.json",\n  "description": "x"\n  "self": {}\n}\n');
    const broken = await reflekt(dir, 'build');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /^schemas\/shop\/Signed_Up\/1-0\.json:4:3: error The file is not valid JSON: .* \[RK1001 ?\] \(reflekt\)$/m,
    );
    expect(broken.stderr).toContain('4 |   "self": {}');
    expect(broken.stderr).toContain('hint:');
    expect(broken.stderr).toContain('nothing was written');
    expect(readFileSync(ir, 'utf8')).toBe(before);
  });

  it('prints GitHub annotations with --format github', async () => {
    await reflekt(dir, 'init', '--name', 'shop');
    writeFileSync(schemaFile(dir), '{ "$id": ');
    const result = await reflekt(dir, 'lint', '--format', 'github');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=schemas\/shop\/Signed_Up\/1-0\.json,line=1,col=\d+,endLine=\d+,endColumn=\d+,title=RK1001::/m,
    );
  });

  it('exits 2 for a usage error and for a config error, never with a stack trace', async () => {
    const usage = await reflekt(dir, 'build', '--format', 'xml');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("argument 'xml' is invalid");
    writeFileSync(path.join(dir, 'reflekt.config.json'), '{ "name": "x", "outdir": "out" }\n');
    const config = await reflekt(dir, 'build');
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('RK7002');
    expect(config.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports an unknown option as RK7007 in JSON output', async () => {
    const result = await reflekt(dir, 'lint', '--bogus', '--format', 'json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['RK7007']);
  });

  it('exits 2 when no project is found', async () => {
    const result = await reflekt(dir, 'lint', '--format', 'json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).diagnostics[0].code).toBe('RK7006');
  });

  it('names the plugin and hook of a plugin that throws, exits 1, and leaves artifacts untouched', async () => {
    await reflekt(dir, 'init', '--name', 'shop');
    writeFileSync(
      path.join(dir, 'plugin.mjs'),
      "export default function explode(options = {}) { return { name: 'explode', apply(c) { c.hooks.emit.tap('explode', (ctx) => { if (options.fail) throw new Error('kaboom'); ctx.emitFile('explode.txt', 'ok'); }); } }; }\n",
    );
    rmSync(path.join(dir, 'reflekt.config.ts'));
    writeFileSync(path.join(dir, 'reflekt.config.json'), '{ "name": "shop", "plugins": [["./plugin.mjs", {}]] }\n');
    expect((await reflekt(dir, 'build')).code).toBe(0);
    const artifact = path.join(dir, 'artifacts/explode.txt');
    const mtime = statSync(artifact).mtimeMs;
    writeFileSync(path.join(dir, 'reflekt.config.json'), '{ "name": "shop", "plugins": [["./plugin.mjs", { "fail": true }]] }\n');
    const failed = await reflekt(dir, 'build');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('reflekt.config.json:1:');
    expect(failed.stderr).toContain('Plugin `explode` failed in hook `emit`: kaboom. [RK9001] (explode)');
    expect(failed.stderr).not.toContain('    at ');
    expect(readFileSync(artifact, 'utf8')).toBe('ok');
    expect(statSync(artifact).mtimeMs).toBe(mtime);
  });
});
