export type { CommandRequest } from './command-context-impl.js';
export type { CommandContext, DeployContext, PluginCommand, PullContext } from './command-contexts.js';
export { type CommandOutcome, Compiler, type CompilerOptions, type PullOutcome } from './compiler.js';
export type {
  BuildResult,
  CheckResult,
  EmitContext,
  HookTiming,
  LoadContext,
  OutputFile,
  WriteResult,
} from './contexts.js';
export type { CompilerHooks } from './hooks.js';
export { PluginError } from './plugin-error.js';
export * from './stages.js';
