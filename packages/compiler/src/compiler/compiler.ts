import path from 'node:path';
import type { Hook } from 'tapable';
import type { ResolvedConfig } from '../config/types.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { ReflektError } from '../diagnostics/reflekt-error.js';
import { createPlan } from '../ir/plan.js';
import type { EventSchema, TrackingPlan } from '../ir/types.js';
import type { ReflektPlugin } from '../plugin.js';
import { pluginCacheKey } from '../plugin-cache-key.js';
import { SourceFiles } from '../source/source-files.js';
import { buildCacheKey, cachedOutputs, saveBuildCache } from '../writer/build-cache.js';
import { checkOutputs, writeOutputs } from '../writer/index.js';
import { builtinPlugins } from './builtin-plugins.js';
import {
  CommandContextImpl,
  type CommandRequest,
  type CommandState,
  DeployContextImpl,
  PullContextImpl,
  type PullState,
} from './command-context-impl.js';
import {
  type BuildResult,
  type CheckResult,
  EmitContextImpl,
  type HookTiming,
  LoadContextImpl,
  type OutputFile,
  type WriteResult,
} from './contexts.js';
import { type CompilerHooks, createHooks } from './hooks.js';
import { createRegisterInterceptor } from './interceptors.js';
import { PluginError } from './plugin-error.js';

/** The compiler's own part of the build cache key: its version and when it was built. */
const COMPILER_KEY = pluginCacheKey(import.meta.url, null);

/** Hooks that run CLI commands rather than builds: never reported as slow. */
const COMMAND_HOOKS: ReadonlySet<string> = new Set(['pull', 'deploy', 'command']);

/** What a plugin command did. */
export interface CommandOutcome {
  /** Whether some plugin claimed the command and target. */
  readonly handled: boolean;
  /** What the plugin passed to `setResult`. */
  readonly result: Readonly<Record<string, unknown>> | undefined;
}

/** What a pull produced. */
export interface PullOutcome extends CommandOutcome {
  readonly schemasDir: string;
  /** Schema documents by path relative to `schemasDir`. */
  readonly schemas: ReadonlyMap<string, unknown>;
  /** Folders (relative to `schemasDir`) the pull owns completely. */
  readonly ownedFolders: readonly string[];
}

/** Options of one compiler run (mostly from CLI flags). */
export interface CompilerOptions {
  /** Only keep events whose id, name or file matches one of these globs. */
  readonly select?: readonly string[];
  /** A tap slower than this reports `RK9002`. @default 3000 */
  readonly slowHookMs?: number;
  /**
   * Skip the emitters when nothing they depend on changed since the last build (see
   * {@link ReflektPlugin.cacheKey}). `false` runs them on every build (`--force`). @default true
   */
  readonly cache?: boolean;
}

/**
 * Runs a tracking plan through the hooks: load → transform → validate → emit → write.
 *
 * Plugins tap {@link Compiler.hooks} from `apply`; every tap is intercepted to time it, to give
 * it a per-plugin view of its context, and to name plugin and hook in any error.
 */
export class Compiler {
  /** The extension points; see {@link CompilerHooks}. */
  readonly hooks: CompilerHooks = createHooks();
  readonly config: ResolvedConfig;
  /** Text of every file read, for positions in diagnostics. */
  readonly sources: SourceFiles;
  /** Everything reported during this run. */
  readonly diagnostics: Diagnostics;
  /** Time spent per plugin and hook (shown by `--profile`). */
  readonly timings: HookTiming[] = [];
  readonly #options: CompilerOptions;
  readonly #enforce = new Map<string, 'pre' | 'post'>();
  #resolved = false;

  constructor(config: ResolvedConfig, options: CompilerOptions = {}) {
    this.config = config;
    this.#options = options;
    this.sources = new SourceFiles(config.root);
    this.diagnostics = new Diagnostics(this.sources);
    const host = {
      enforce: this.#enforce,
      timings: this.timings,
      slowMs: options.slowHookMs ?? 3000,
      onSlow: (plugin: string, hook: string, ms: number) => {
        // Network commands (`pull`, `push`, `deploy`, `serve`) take as long as they take.
        if (!COMMAND_HOOKS.has(hook)) this.diagnostics.report('RK9002', { plugin, hook, seconds: ms / 1000 });
      },
    };
    for (const [name, hook] of Object.entries(this.hooks) as [string, Hook<unknown[], unknown>][]) {
      hook.intercept({ register: createRegisterInterceptor(host, name) as never });
    }
    for (const plugin of [...builtinPlugins(), ...config.plugins]) this.use(plugin);
  }

  /** Applies one plugin. */
  use(plugin: ReflektPlugin): void {
    if (plugin.enforce) this.#enforce.set(plugin.name, plugin.enforce);
    try {
      plugin.apply(this);
    } catch (error) {
      throw error instanceof ReflektError ? error : new PluginError(plugin.name, 'apply', error);
    }
  }

  /** Loads the plan: `configResolved` (once), `load`, duplicate check, `--select`, `transform`. */
  async loadPlan(): Promise<TrackingPlan> {
    await this.#resolveConfig();
    const events: EventSchema[] = [];
    const files = new Set<string>();
    await this.hooks.load.promise(new LoadContextImpl(this.config, this.sources, this.diagnostics, events, files));
    const unique = this.#dropDuplicates(events);
    // The glob matcher is loaded only when a run selects events.
    const selected = this.#options.select?.length ? (await import('./select.js')).selectEvents(unique, this.#options.select) : unique;
    const plan = createPlan({
      name: this.config.name,
      vendor: this.config.vendor,
      events: selected,
      root: '.',
      files: [...files],
    });
    return this.hooks.transform.promise(plan);
  }

  /** Runs every validator (core lint rules first). */
  async validate(plan: TrackingPlan): Promise<void> {
    await this.hooks.validate.promise(plan, this.diagnostics);
  }

  /** Runs every emitter and returns their files; conflicting paths are reported, not written. */
  async emit(plan: TrackingPlan): Promise<OutputFile[]> {
    const outputs = new Map<string, OutputFile[]>();
    await this.hooks.emit.promise(new EmitContextImpl(plan, this.config, this.diagnostics, outputs));
    const files: OutputFile[] = [];
    for (const [filePath, list] of outputs) {
      const first = list[0];
      if (!first) continue;
      if (list.length > 1) {
        this.diagnostics.report('RK4001', { path: filePath, plugins: list.map((f) => f.plugin).join(', ') });
        continue;
      }
      files.push(first);
    }
    return this.hooks.beforeWrite.promise(files) as Promise<OutputFile[]>;
  }

  /** Writes files atomically into the output root, then calls `afterWrite`. */
  async write(files: readonly OutputFile[]): Promise<WriteResult> {
    const result = await writeOutputs(this.config.outDir, files, this.diagnostics);
    await this.hooks.afterWrite.promise(result);
    return result;
  }

  /**
   * Compares emitted files with the output folder and reports each file a build would create,
   * change or remove (RK4007), writing nothing: `reflekt build --check` for committed output.
   */
  async check(files: readonly OutputFile[]): Promise<CheckResult> {
    const result = await checkOutputs(this.config.outDir, files, this.diagnostics);
    const rel = (file: string) => path.relative(this.config.root, path.join(result.outDir, file)).split(path.sep).join('/');
    for (const file of result.missing) this.diagnostics.report('RK4007', { path: rel(file), state: 'missing' }, { file: rel(file) });
    for (const file of result.different) this.diagnostics.report('RK4007', { path: rel(file), state: 'different' }, { file: rel(file) });
    for (const file of result.removed)
      this.diagnostics.report('RK4007', { path: rel(file), state: 'no longer emitted' }, { file: rel(file) });
    return result;
  }

  /**
   * A whole build. Stops before writing when loading or validation reported errors, so earlier
   * artifacts stay as they were. With `check`, compares instead of writing.
   */
  async build(options: { readonly check?: boolean } = {}): Promise<BuildResult> {
    const started = performance.now();
    try {
      const plan = await this.loadPlan();
      let write: WriteResult | undefined;
      let check: CheckResult | undefined;
      if (!this.diagnostics.hasErrors()) await this.validate(plan);
      if (!this.diagnostics.hasErrors()) {
        const key = this.#options.cache === false ? undefined : this.#cacheKey(plan);
        const cached = key === undefined ? undefined : await cachedOutputs(this.config.outDir, key);
        if (cached) {
          this.diagnostics.push(...cached.diagnostics);
          const outDir = path.resolve(this.config.outDir);
          if (options.check) check = { outDir, missing: [], different: [], removed: [] };
          else {
            write = { outDir, written: [], unchanged: cached.unchanged, removed: [], byPlugin: cached.byPlugin };
            await this.hooks.afterWrite.promise(write);
          }
        } else {
          const reported = this.diagnostics.all.length;
          const files = await this.emit(plan);
          // What the emitters said is replayed by a build that skips them.
          const emitted = this.diagnostics.all.slice(reported);
          if (!this.diagnostics.hasErrors()) {
            if (options.check) check = await this.check(files);
            else {
              write = await this.write(files);
              if (!this.diagnostics.hasErrors()) await saveBuildCache(this.config.outDir, key, emitted);
            }
          }
        }
      }
      const result: BuildResult = {
        plan,
        diagnostics: this.diagnostics.all,
        ...(write && { write }),
        ...(check && { check }),
        timings: this.timings,
        durationMs: performance.now() - started,
      };
      await this.hooks.done.promise(result);
      return result;
    } catch (error) {
      this.hooks.failed.call(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  /**
   * `reflekt pull <target>`: asks the source plugins for the plan named by `request.target`.
   * Writes nothing; the caller writes {@link PullOutcome.schemas} under `schemasDir`.
   */
  async pull(request: CommandRequest): Promise<PullOutcome> {
    await this.#resolveConfig();
    const schemasDir = this.config.schemas[0] ?? path.join(this.config.root, 'schemas');
    const state: PullState = { ...this.#commandState(request), schemasDir, schemas: new Map(), ownedFolders: new Set() };
    const handled = (await this.hooks.pull.promise(new PullContextImpl(state, this.diagnostics))) === true;
    return { handled, schemasDir, schemas: state.schemas, ownedFolders: [...state.ownedFolders], result: state.result };
  }

  /** `reflekt push <target>` / `reflekt deploy`: hands a linted plan (and what a build wrote) to the deploy plugins. */
  async deploy(request: CommandRequest, plan: TrackingPlan, write?: WriteResult): Promise<CommandOutcome> {
    await this.#resolveConfig();
    const state = this.#commandState(request);
    const handled = (await this.hooks.deploy.promise(new DeployContextImpl(state, this.diagnostics, plan, write))) === true;
    return { handled, result: state.result };
  }

  /** `reflekt serve` / `reflekt replay`: hands the command to the plugin that claims it. */
  async runCommand(request: CommandRequest): Promise<CommandOutcome> {
    await this.#resolveConfig();
    const state = this.#commandState(request);
    const handled = (await this.hooks.command.promise(new CommandContextImpl(state, this.diagnostics))) === true;
    return { handled, result: state.result };
  }

  /** See {@link buildCacheKey}; the compiler's own version and build stand for the built-in plugins. */
  #cacheKey(plan: TrackingPlan): string | undefined {
    if (COMPILER_KEY === undefined) return undefined;
    const { name, vendor, outDir, emitIr } = this.config;
    return buildCacheKey({
      plan,
      config: { name, vendor, outDir, emitIr, compiler: COMPILER_KEY },
      plugins: this.config.plugins,
    });
  }

  #commandState(request: CommandRequest): CommandState {
    let plan: Promise<TrackingPlan> | undefined;
    return { request, config: this.config, loadPlan: () => (plan ??= this.loadPlan()), result: undefined };
  }

  async #resolveConfig(): Promise<void> {
    if (this.#resolved) return;
    this.#resolved = true;
    await this.hooks.configResolved.promise(this.config);
  }

  /** Loads and validates only (`reflekt lint`). */
  async lint(): Promise<TrackingPlan> {
    const plan = await this.loadPlan();
    if (!this.diagnostics.hasErrors() || plan.events.length > 0) await this.validate(plan);
    return plan;
  }

  #dropDuplicates(events: readonly EventSchema[]): EventSchema[] {
    const byId = new Map<string, EventSchema>();
    for (const event of events) {
      const first = byId.get(event.id);
      if (!first) {
        byId.set(event.id, event);
        continue;
      }
      this.diagnostics.report(
        'RK1005',
        { id: event.id },
        {
          file: event.source.file,
          pointer: event.source.pointer,
          related: [{ message: 'first defined here', file: first.source.file, pointer: first.source.pointer }],
        },
      );
    }
    return [...byId.values()];
  }
}
