export { Compiler, type CompilerOptions } from './compiler.js';
export type {
  BuildResult,
  CheckResult,
  DeployContext,
  EmitContext,
  HookTiming,
  LoadContext,
  OutputFile,
  WriteResult,
} from './contexts.js';
export type { CompilerHooks } from './hooks.js';
export { PluginError } from './plugin-error.js';
export * from './stages.js';
