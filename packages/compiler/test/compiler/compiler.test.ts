import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Compiler } from '../../src/compiler/compiler.js';
import { PluginError } from '../../src/compiler/plugin-error.js';
import { STAGE_PRE } from '../../src/compiler/stages.js';
import type { ReflektPlugin } from '../../src/plugin.js';
import { testConfig } from '../helpers/config.js';

let root: string;

function writeSchema(id: string, name: string, properties: Record<string, unknown> = {}): void {
  const file = path.join(root, 'schemas', id);
  mkdirSync(path.dirname(file), { recursive: true });
  const version = path.basename(id, '.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: id,
        description: `${name} happened.`,
        self: { vendor: 'com.test', name, format: 'jsonschema', version, metadata: {} },
        type: 'object',
        properties,
        required: [],
        additionalProperties: false,
      },
      null,
      2,
    )}\n`,
  );
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'reflekt-compiler-'));
  writeSchema('shop/Order_Completed/1-0.json', 'Order Completed', { total: { type: 'number', description: 'Order total.' } });
  writeSchema('shop/Cart_Viewed/1-0.json', 'Cart Viewed');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('Compiler', () => {
  it('runs the hooks in pipeline order and sorts events by id', async () => {
    const calls: string[] = [];
    const spy: ReflektPlugin = {
      name: 'spy',
      apply(c) {
        c.hooks.configResolved.tap('spy', () => void calls.push('configResolved'));
        c.hooks.load.tap('spy', () => void calls.push('load'));
        c.hooks.transform.tap('spy', (plan) => {
          calls.push('transform');
          return plan;
        });
        c.hooks.validate.tap('spy', () => void calls.push('validate'));
        c.hooks.emit.tap('spy', (ctx) => {
          calls.push('emit');
          ctx.emitFile('spy/events.txt', ctx.plan.events.map((e) => e.id).join('\n'));
        });
        c.hooks.beforeWrite.tap('spy', (files) => {
          calls.push('beforeWrite');
          return files;
        });
        c.hooks.afterWrite.tap('spy', () => void calls.push('afterWrite'));
        c.hooks.done.tap('spy', () => void calls.push('done'));
      },
    };
    const result = await new Compiler(testConfig(root, { plugins: [spy] })).build();
    expect(calls).toEqual(['configResolved', 'load', 'transform', 'validate', 'emit', 'beforeWrite', 'afterWrite', 'done']);
    expect(result.plan.events.map((e) => e.id)).toEqual(['shop/Cart_Viewed/1-0.json', 'shop/Order_Completed/1-0.json']);
    expect(readFileSync(path.join(root, 'artifacts/spy/events.txt'), 'utf8')).toBe(
      'shop/Cart_Viewed/1-0.json\nshop/Order_Completed/1-0.json',
    );
    expect(result.write?.byPlugin).toEqual({ spy: { written: 1, unchanged: 0 } });
  });

  it("orders taps by the plugin's enforce and by named stages", async () => {
    const order: string[] = [];
    const plugin = (name: string, enforce?: 'pre' | 'post'): ReflektPlugin => ({
      name,
      ...(enforce && { enforce }),
      apply: (c) => c.hooks.validate.tap(name, () => void order.push(name)),
    });
    const staged: ReflektPlugin = {
      name: 'staged',
      apply: (c) => c.hooks.validate.tap({ name: 'staged', stage: STAGE_PRE - 1 }, () => void order.push('staged')),
    };
    const compiler = new Compiler(
      testConfig(root, { plugins: [plugin('late', 'post'), plugin('normal'), plugin('early', 'pre'), staged] }),
    );
    await compiler.validate(await compiler.loadPlan());
    expect(order).toEqual(['staged', 'early', 'normal', 'late']);
  });

  it('gives each plugin its own diagnostics and emit scope', async () => {
    const plugin: ReflektPlugin = {
      name: '@acme/reflekt-plugin-x',
      apply(c) {
        c.hooks.validate.tap('@acme/reflekt-plugin-x', (_plan, diagnostics) => {
          diagnostics.report('RK1008', { path: 'somewhere' });
        });
        c.hooks.emit.tap('@acme/reflekt-plugin-x', (ctx) => ctx.emitFile('x/a.txt', 'a'));
      },
    };
    const compiler = new Compiler(testConfig(root, { plugins: [plugin] }));
    const plan = await compiler.loadPlan();
    await compiler.validate(plan);
    const files = await compiler.emit(plan);
    expect(compiler.diagnostics.all.map((d) => [d.code, d.plugin])).toEqual([['RK1008', '@acme/reflekt-plugin-x']]);
    expect(files).toEqual([{ path: 'x/a.txt', contents: 'a', plugin: '@acme/reflekt-plugin-x' }]);
  });

  it('names plugin and hook when a plugin throws, and writes nothing', async () => {
    const boom: ReflektPlugin = {
      name: 'boom',
      apply: (c) =>
        c.hooks.emit.tapPromise('boom', async () => {
          throw new TypeError('cannot read x');
        }),
    };
    const error = await new Compiler(testConfig(root, { plugins: [boom] })).build().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginError);
    expect((error as PluginError).plugin).toBe('boom');
    expect((error as PluginError).hook).toBe('emit');
    expect((error as Error).message).toBe('Plugin "boom" failed in hook "emit": cannot read x');
  });

  it('reports two emitters writing one path (RK4001) and rejects paths outside the root (RK4002)', async () => {
    const emitter = (name: string, file: string): ReflektPlugin => ({
      name,
      apply: (c) => c.hooks.emit.tap(name, (ctx) => ctx.emitFile(file, name)),
    });
    const compiler = new Compiler(
      testConfig(root, { plugins: [emitter('a', 'same.txt'), emitter('b', 'same.txt'), emitter('c', '../escape.txt')] }),
    );
    const result = await compiler.build();
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['RK4001', 'RK4002']);
    expect(result.diagnostics.find((d) => d.code === 'RK4001')?.message).toBe('`same.txt` is emitted more than once (a, b).');
    expect(result.write).toBeUndefined();
  });

  it('lets transform return a new plan and keeps --select', async () => {
    const renamer: ReflektPlugin = {
      name: 'renamer',
      apply: (c) => c.hooks.transform.tap('renamer', (plan) => ({ ...plan, name: 'renamed' })),
    };
    const compiler = new Compiler(testConfig(root, { plugins: [renamer] }), { select: ['shop/Order_Completed'] });
    const plan = await compiler.loadPlan();
    expect(plan.name).toBe('renamed');
    expect(plan.events.map((e) => e.name)).toEqual(['Order Completed']);
  });

  it('reports a tap slower than the threshold (RK9002) naming plugin and hook', async () => {
    const slow: ReflektPlugin = {
      name: 'slowpoke',
      apply: (c) => c.hooks.validate.tapPromise('slowpoke', () => new Promise((resolve) => setTimeout(resolve, 20))),
    };
    const compiler = new Compiler(testConfig(root, { plugins: [slow] }), { slowHookMs: 10 });
    await compiler.validate(await compiler.loadPlan());
    const slowReports = compiler.diagnostics.all.filter((d) => d.code === 'RK9002');
    expect(slowReports.map((d) => [d.severity, d.plugin])).toEqual([['info', 'reflekt']]);
    expect(slowReports[0]?.message).toMatch(/^Plugin `slowpoke` took \d+ ms in hook `validate`\.$/);
  });

  it('never reports a command hook as slow: a server or a deploy takes as long as it takes', async () => {
    const server: ReflektPlugin = {
      name: 'server',
      apply: (c) =>
        c.hooks.command.tapPromise('server', async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          return true;
        }),
    };
    const compiler = new Compiler(testConfig(root, { plugins: [server] }), { slowHookMs: 10 });
    const outcome = await compiler.runCommand({ command: 'serve', target: 'registry' });
    expect(outcome.handled).toBe(true);
    expect(compiler.timings.some((t) => t.hook === 'command' && t.ms >= 10)).toBe(true);
    expect(compiler.diagnostics.all.filter((d) => d.code === 'RK9002')).toEqual([]);
  });

  it('records timings per plugin and hook', async () => {
    const compiler = new Compiler(testConfig(root, { emitIr: true }));
    await compiler.build();
    const hooks = new Set(compiler.timings.map((t) => `${t.hook}:${t.plugin}`));
    expect(hooks).toContain('load:reflekt:loaders');
    expect(hooks).toContain('validate:reflekt:lint');
    expect(hooks).toContain('emit:reflekt:ir');
    expect(JSON.parse(readFileSync(path.join(root, 'artifacts/ir.json'), 'utf8')).irVersion).toBe(1);
  });
});
