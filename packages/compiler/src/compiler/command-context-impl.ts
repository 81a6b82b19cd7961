import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { TrackingPlan } from '../ir/types.js';
import { type Scopable, scopeToPlugin } from '../plugin-scope.js';
import type { CommandContext, DeployContext, PluginCommand, PullContext } from './command-contexts.js';
import type { WriteResult } from './contexts.js';

/** What a CLI command passes to {@link Compiler.runCommand} and friends. */
export interface CommandRequest {
  readonly command: PluginCommand;
  readonly target: string;
  readonly args?: readonly string[];
  readonly options?: Readonly<Record<string, unknown>>;
  readonly dryRun?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly signal?: AbortSignal;
  readonly log?: (line: string) => void;
  readonly progress?: (label: string, done: number, total?: number) => void;
}

/** Shared state of one command run, seen by every plugin's scoped context. */
export interface CommandState {
  readonly request: CommandRequest;
  readonly config: ResolvedConfig;
  readonly loadPlan: () => Promise<TrackingPlan>;
  result: Readonly<Record<string, unknown>> | undefined;
}

export class CommandContextImpl implements CommandContext, Scopable<CommandContext> {
  readonly command: PluginCommand;
  readonly target: string;
  readonly args: readonly string[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly dryRun: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly signal: AbortSignal;
  readonly config: ResolvedConfig;

  constructor(
    protected readonly state: CommandState,
    readonly diagnostics: Diagnostics,
  ) {
    const r = state.request;
    this.command = r.command;
    this.target = r.target;
    this.args = r.args ?? [];
    this.options = r.options ?? {};
    this.dryRun = r.dryRun ?? false;
    this.env = r.env ?? process.env;
    this.signal = r.signal ?? new AbortController().signal;
    this.config = state.config;
  }

  loadPlan(): Promise<TrackingPlan> {
    return this.state.loadPlan();
  }

  log(line: string): void {
    this.state.request.log?.(line);
  }

  progress(label: string, done: number, total?: number): void {
    this.state.request.progress?.(label, done, total);
  }

  setResult(data: Readonly<Record<string, unknown>>): void {
    this.state.result = data;
  }

  [scopeToPlugin](plugin: string): CommandContext {
    return new CommandContextImpl(this.state, this.diagnostics.forPlugin(plugin));
  }
}

/** Schema documents a pull produced, by path relative to the schemas folder. */
export interface PullState extends CommandState {
  readonly schemasDir: string;
  readonly schemas: Map<string, unknown>;
  readonly ownedFolders: Set<string>;
}

export class PullContextImpl extends CommandContextImpl implements PullContext, Scopable<PullContext> {
  readonly schemasDir: string;

  constructor(
    protected override readonly state: PullState,
    diagnostics: Diagnostics,
  ) {
    super(state, diagnostics);
    this.schemasDir = state.schemasDir;
  }

  addSchema(relativePath: string, document: unknown): void {
    this.state.schemas.set(relativePath.replace(/\\/g, '/'), document);
  }

  ownFolder(relativePath: string): void {
    this.state.ownedFolders.add(relativePath.replace(/\\/g, '/').replace(/\/+$/, ''));
  }

  override [scopeToPlugin](plugin: string): PullContext {
    return new PullContextImpl(this.state, this.diagnostics.forPlugin(plugin));
  }
}

export class DeployContextImpl extends CommandContextImpl implements DeployContext, Scopable<DeployContext> {
  constructor(
    state: CommandState,
    diagnostics: Diagnostics,
    readonly plan: TrackingPlan,
    readonly write: WriteResult | undefined = undefined,
  ) {
    super(state, diagnostics);
  }

  override [scopeToPlugin](plugin: string): DeployContext {
    return new DeployContextImpl(this.state, this.diagnostics.forPlugin(plugin), this.plan, this.write);
  }
}
