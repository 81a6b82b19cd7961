import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { EventSchema, TrackingPlan } from '../ir/types.js';
import { type Scopable, scopeToPlugin } from '../plugin-scope.js';
import type { SourceFiles } from '../source/source-files.js';

/** What `load` taps get: add events and record the files they read. */
export interface LoadContext {
  readonly config: ResolvedConfig;
  readonly sources: SourceFiles;
  /** Diagnostics reported as the tapping plugin. */
  readonly diagnostics: Diagnostics;
  /** Adds one event schema to the plan. */
  addEvent(event: EventSchema): void;
  /** Records a file the plan was read from, with its text (for positions in diagnostics). */
  addFile(file: string, text: string): void;
}

/** A file an emitter produced, relative to the output root. */
export interface OutputFile {
  /** Relative path with `/` separators. */
  readonly path: string;
  readonly contents: string | Uint8Array;
  /** The plugin that emitted it. */
  readonly plugin: string;
}

/** What `emit` taps get. */
export interface EmitContext {
  readonly plan: TrackingPlan;
  readonly config: ResolvedConfig;
  readonly diagnostics: Diagnostics;
  /** Queues a file for the atomic write; `filePath` is relative to the output root. */
  emitFile(filePath: string, contents: string | Uint8Array): void;
}

/** Summary of what the writer did, per plugin. */
export interface WriteResult {
  readonly outDir: string;
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  readonly byPlugin: Readonly<Record<string, { readonly written: number; readonly unchanged: number }>>;
}

/** How long one plugin spent in one hook. */
export interface HookTiming {
  readonly hook: string;
  readonly plugin: string;
  readonly ms: number;
}

/** What a `--check` build found: output files a real build would create, change or remove. */
export interface CheckResult {
  readonly outDir: string;
  readonly missing: readonly string[];
  readonly different: readonly string[];
  readonly removed: readonly string[];
}

/** The outcome of a build, passed to `done`. */
export interface BuildResult {
  readonly plan: TrackingPlan;
  readonly diagnostics: readonly Diagnostic[];
  /** What was written (a normal build that got that far). */
  readonly write?: WriteResult;
  /** What is out of date (a `check` build, which writes nothing). */
  readonly check?: CheckResult;
  readonly timings: readonly HookTiming[];
  readonly durationMs: number;
}

export class LoadContextImpl implements LoadContext, Scopable<LoadContext> {
  constructor(
    readonly config: ResolvedConfig,
    readonly sources: SourceFiles,
    readonly diagnostics: Diagnostics,
    private readonly events: EventSchema[],
    private readonly files: Set<string>,
  ) {}

  addEvent(event: EventSchema): void {
    this.events.push(event);
  }

  addFile(file: string, text: string): void {
    this.files.add(file);
    this.sources.set(file, text);
  }

  [scopeToPlugin](plugin: string): LoadContext {
    return new LoadContextImpl(this.config, this.sources, this.diagnostics.forPlugin(plugin), this.events, this.files);
  }
}

export class EmitContextImpl implements EmitContext, Scopable<EmitContext> {
  constructor(
    readonly plan: TrackingPlan,
    readonly config: ResolvedConfig,
    readonly diagnostics: Diagnostics,
    private readonly outputs: Map<string, OutputFile[]>,
    private readonly plugin = 'reflekt',
  ) {}

  emitFile(filePath: string, contents: string | Uint8Array): void {
    const normalized = path.posix.normalize(filePath.replace(/\\/g, '/'));
    if (normalized.startsWith('../') || normalized === '..' || path.posix.isAbsolute(normalized) || normalized === '.') {
      this.diagnostics.report('RK4002', { path: filePath });
      return;
    }
    const list = this.outputs.get(normalized) ?? [];
    list.push({ path: normalized, contents, plugin: this.plugin });
    this.outputs.set(normalized, list);
  }

  [scopeToPlugin](plugin: string): EmitContext {
    return new EmitContextImpl(this.plan, this.config, this.diagnostics.forPlugin(plugin), this.outputs, plugin);
  }
}
