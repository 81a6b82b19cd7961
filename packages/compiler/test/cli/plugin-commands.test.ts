import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { reflekt } from '../helpers/cli.js';

/**
 * A third-party plugin stand-in, loaded by path from the project config, that claims `pull
 * fake`, `push fake`, `deploy fake`, `serve` and `replay`, and records what it was given.
 */
const FAKE_PLUGIN = `
import { writeFileSync } from 'node:fs';
const record = (root, name, value) => writeFileSync(root + '/' + name + '.json', JSON.stringify(value));
export default function fake() {
  return {
    name: 'fake-plugin',
    apply(compiler) {
      compiler.hooks.pull.tapPromise('fake-plugin', async (ctx) => {
        if (ctx.target !== 'fake') return undefined;
        record(ctx.config.root, 'pull-seen', { options: ctx.options, dryRun: ctx.dryRun, schemasDir: ctx.schemasDir });
        ctx.progress('fetching', 1, 2);
        ctx.log('fetched 2 events');
        ctx.ownFolder('remote');
        ctx.addSchema('remote/Signed_Up/1-0.json', schema('Signed_Up', ctx.options.plan ?? 'x'));
        ctx.addSchema('remote/Order_Completed/1-0.json', schema('Order_Completed', 'y'));
        if (ctx.options.plan === 'escape') ctx.addSchema('../outside.json', {});
        ctx.setResult({ plan: ctx.options.plan ?? null });
        return true;
      });
      compiler.hooks.deploy.tapPromise('fake-plugin', async (ctx) => {
        if (ctx.target !== 'fake') return undefined;
        record(ctx.config.root, ctx.command + '-seen', {
          events: ctx.plan.events.map((e) => e.id),
          options: ctx.options,
          dryRun: ctx.dryRun,
          wrote: ctx.write ? ctx.write.written.length : null,
        });
        ctx.setResult({ pushed: ctx.plan.events.length });
        return true;
      });
      compiler.hooks.command.tapPromise('fake-plugin', async (ctx) => {
        if (ctx.command === 'serve') {
          ctx.log('listening');
          await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
          record(ctx.config.root, 'serve-seen', { options: ctx.options, stopped: ctx.signal.aborted });
          return true;
        }
        if (ctx.command === 'replay') {
          const plan = await ctx.loadPlan();
          record(ctx.config.root, 'replay-seen', { args: ctx.args, events: plan.events.length, options: ctx.options });
          return true;
        }
        return undefined;
      });
    },
  };
}
function schema(name, description) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'remote/' + name + '/1-0.json',
    description,
    self: { vendor: 'com.fake', name: name.replace('_', ' '), format: 'jsonschema', version: '1-0', metadata: {} },
    type: 'object',
    properties: {},
    additionalProperties: false,
  };
}
`;

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'reflekt-plugin-cmd-'));
  writeFileSync(path.join(dir, 'fake-plugin.mjs'), FAKE_PLUGIN);
  writeFileSync(
    path.join(dir, 'reflekt.config.mjs'),
    `import fake from './fake-plugin.mjs';\nexport default { name: 'shop', vendor: 'com.shop', emitIr: true, plugins: [fake()] };\n`,
  );
  mkdirSync(path.join(dir, 'schemas'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const seen = (name: string) => JSON.parse(readFileSync(path.join(dir, `${name}-seen.json`), 'utf8'));
const schemaPath = (rel: string) => path.join(dir, 'schemas', rel);

describe('reflekt pull', () => {
  it('writes what the source plugin produced, and only what changed on the next pull', async () => {
    const first = await reflekt(dir, 'pull', 'fake', '--plan', 'p1', '--format', 'json');
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(out).toMatchObject({ ok: true, command: 'pull', target: 'fake', result: { plan: 'p1' } });
    expect(out.files.created).toEqual(['remote/Order_Completed/1-0.json', 'remote/Signed_Up/1-0.json']);
    expect(seen('pull')).toMatchObject({ options: { plan: 'p1' }, dryRun: false, schemasDir: path.join(dir, 'schemas') });
    const file = schemaPath('remote/Signed_Up/1-0.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ $id: 'remote/Signed_Up/1-0.json', description: 'p1' });
    expect((await reflekt(dir, 'lint')).code).toBe(0);

    // Reformat one file by hand: same content, other formatting, so a pull leaves it as it is.
    const reformatted = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
    writeFileSync(file, reformatted);
    const before = statSync(file).mtimeMs;
    const second = await reflekt(dir, 'pull', 'fake', '--plan', 'p1', '--format', 'json');
    expect(JSON.parse(second.stdout).files).toMatchObject({ created: [], updated: [], unchanged: expect.any(Array) });
    expect(readFileSync(file, 'utf8')).toBe(reformatted);
    expect(statSync(file).mtimeMs).toBe(before);

    const changed = await reflekt(dir, 'pull', 'fake', '--plan', 'p2');
    expect(changed.code).toBe(0);
    expect(changed.stderr).toContain('pulled 2 schemas from fake into schemas: 0 new, 1 changed, 1 unchanged');
    expect(JSON.parse(readFileSync(file, 'utf8')).description).toBe('p2');
  });

  it('writes nothing on --dry-run and lists what would change', async () => {
    const dry = await reflekt(dir, 'pull', 'fake', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain('would write remote/Signed_Up/1-0.json');
    expect(dry.stderr).toContain('(dry run: nothing written)');
    expect(() => statSync(schemaPath('remote'))).toThrow();
    expect(seen('pull').dryRun).toBe(true);
  });

  it('reports stale files in the owned folder and removes them only with --prune', async () => {
    await reflekt(dir, 'pull', 'fake');
    const stale = schemaPath('remote/Gone/1-0.json');
    mkdirSync(path.dirname(stale), { recursive: true });
    writeFileSync(stale, '{}');
    const kept = await reflekt(dir, 'pull', 'fake');
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain('schemas/remote/Gone/1-0.json');
    expect(kept.stderr).toContain('RK5003');
    expect(statSync(stale).isFile()).toBe(true);
    const pruned = await reflekt(dir, 'pull', 'fake', '--prune');
    expect(pruned.stderr).toContain('removed remote/Gone/1-0.json');
    expect(() => statSync(stale)).toThrow();
  });

  it('refuses a path outside the schemas folder (RK5002, exit 1) and writes nothing there', async () => {
    const res = await reflekt(dir, 'pull', 'fake', '--plan', 'escape');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('RK5002');
    expect(() => statSync(path.join(dir, 'outside.json'))).toThrow();
  });

  it('reports a file it cannot write (RK5004, exit 1) and still writes the others', async () => {
    mkdirSync(schemaPath('remote'));
    writeFileSync(schemaPath('remote/Signed_Up'), 'a file where a folder is needed');
    const res = await reflekt(dir, 'pull', 'fake');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('RK5004');
    expect(res.stderr).toContain('schemas/remote/Signed_Up/1-0.json');
    expect(statSync(schemaPath('remote/Order_Completed/1-0.json')).isFile()).toBe(true);
  });

  it('names the missing plugin when no plugin pulls from the source (RK5001, exit 2)', async () => {
    const res = await reflekt(dir, 'pull', 'avo');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('RK5001');
    expect(res.stderr).toContain('@reflekt/plugin-avo');
    expect(res.stderr).toContain('fake-plugin');
  });

  it('resolves --file against the working folder', async () => {
    await reflekt(dir, 'pull', 'fake', '--file', 'export.json');
    expect(seen('pull').options.file).toBe(path.join(dir, 'export.json'));
  });
});

describe('reflekt push', () => {
  it('hands the linted plan to the plugin', async () => {
    await reflekt(dir, 'pull', 'fake');
    const res = await reflekt(dir, 'push', 'fake', '--plan', 'p1', '--mode', 'replace', '--dry-run', '--format', 'json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ ok: true, result: { pushed: 2 } });
    expect(seen('push')).toEqual({
      events: ['remote/Order_Completed/1-0.json', 'remote/Signed_Up/1-0.json'],
      options: { plan: 'p1', mode: 'replace' },
      dryRun: true,
      wrote: null,
    });
  });

  it('never pushes a plan that fails lint (RK5005, exit 1)', async () => {
    await reflekt(dir, 'pull', 'fake');
    writeFileSync(schemaPath('remote/Signed_Up/1-0.json'), '{ "broken": ');
    const res = await reflekt(dir, 'push', 'fake');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('RK5005');
    expect(() => seen('push')).toThrow();
  });

  it('exits 2 when no plugin pushes to the target', async () => {
    const res = await reflekt(dir, 'push', 'segment');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('@reflekt/plugin-segment');
  });
});

describe('reflekt deploy', () => {
  it('builds first, then deploys what the build wrote', async () => {
    await reflekt(dir, 'pull', 'fake');
    const res = await reflekt(dir, 'deploy', 'fake', '--stack', 'shop-registry');
    expect(res.code).toBe(0);
    expect(seen('deploy')).toMatchObject({ options: { stack: 'shop-registry' }, wrote: 1 });
    expect(statSync(path.join(dir, 'artifacts/ir.json')).isFile()).toBe(true);
  });

  it('deploys nothing when the build fails', async () => {
    await reflekt(dir, 'pull', 'fake');
    writeFileSync(schemaPath('remote/Signed_Up/1-0.json'), '[]');
    const res = await reflekt(dir, 'deploy', 'fake');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('RK5005');
    expect(() => seen('deploy')).toThrow();
  });
});

describe('reflekt serve and replay', () => {
  it('serve runs until its stop signal aborts', async () => {
    const controller = new AbortController();
    let stderr = '';
    const io = {
      stdout: () => {},
      stderr: (s: string) => {
        stderr += s;
        if (s.includes('listening')) setTimeout(() => controller.abort(), 20);
      },
      cwd: dir,
      env: {},
      isTTY: false,
      signal: controller.signal,
    };
    const code = await run(['serve', '--port', '0', '--valid', 'stdout:'], io);
    expect(code).toBe(0);
    expect(stderr).toContain('listening');
    expect(seen('serve')).toEqual({ options: { port: '0', valid: 'stdout:' }, stopped: true });
  });

  it('replay gets the input resolved and can load the plan', async () => {
    await reflekt(dir, 'pull', 'fake');
    const res = await reflekt(dir, 'replay', 'dead/invalid.ndjson', '--schema', 'remote/Signed_Up/1-0.json');
    expect(res.code).toBe(0);
    expect(seen('replay')).toEqual({
      args: [path.join(dir, 'dead/invalid.ndjson')],
      events: 2,
      options: { schema: 'remote/Signed_Up/1-0.json' },
    });
  });
});

describe('progress', () => {
  it('draws a progress line on a terminal outside CI and clears it before log lines', async () => {
    let stderr = '';
    const code = await run(['pull', 'fake'], {
      stdout: () => {},
      stderr: (s) => {
        stderr += s;
      },
      cwd: dir,
      env: { NO_COLOR: '1' },
      isTTY: true,
    });
    expect(code).toBe(0);
    expect(stderr).toContain('\r\x1b[2Kfetching 1/2');
    expect(stderr.indexOf('\r\x1b[2Kfetching')).toBeLessThan(stderr.indexOf('fetched 2 events'));
  });

  it('stays silent in CI', async () => {
    let stderr = '';
    const stderr$ = (s: string): void => {
      stderr += s;
    };
    await run(['pull', 'fake'], { stdout: () => {}, stderr: stderr$, cwd: dir, env: { CI: 'true' }, isTTY: true });
    expect(stderr).not.toContain('fetching');
  });
});
