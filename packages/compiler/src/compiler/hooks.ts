import { AsyncParallelHook, AsyncSeriesBailHook, AsyncSeriesHook, AsyncSeriesWaterfallHook, SyncHook } from 'tapable';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { TrackingPlan } from '../ir/types.js';
import type { CommandContext, DeployContext, PullContext } from './command-contexts.js';
import type { BuildResult, EmitContext, LoadContext, OutputFile, WriteResult } from './contexts.js';

/**
 * The compiler's extension points, in the order a build calls them.
 *
 * | hook | kind | when |
 * |---|---|---|
 * | `configResolved` | async series | once, after config and plugins are resolved; read options here |
 * | `load` | async parallel | sources add events (`ctx.addEvent`) |
 * | `transform` | async series waterfall | return a new plan; never mutate the one given |
 * | `validate` | async series | lint and breaking rules report into the diagnostics |
 * | `emit` | async parallel | emitters call `ctx.emitFile(path, contents)` |
 * | `beforeWrite` | async series waterfall | rewrite the list of files (formatting, banners) |
 * | `afterWrite` | async parallel | after the atomic write landed |
 * | `pull` | async series bail | `reflekt pull <source>`: a source plugin returns `true` when it fetched `ctx.target` |
 * | `deploy` | async series bail | `reflekt push <target>` / `reflekt deploy`: return `true` when handled |
 * | `command` | async series bail | `reflekt serve` / `reflekt replay`: return `true` when handled |
 * | `done` | async series | after a build, with its result |
 * | `failed` | sync | when a build throws |
 */
export interface CompilerHooks {
  readonly configResolved: AsyncSeriesHook<[ResolvedConfig]>;
  readonly load: AsyncParallelHook<[LoadContext]>;
  readonly transform: AsyncSeriesWaterfallHook<[TrackingPlan]>;
  readonly validate: AsyncSeriesHook<[TrackingPlan, Diagnostics]>;
  readonly emit: AsyncParallelHook<[EmitContext]>;
  readonly beforeWrite: AsyncSeriesWaterfallHook<[readonly OutputFile[]]>;
  readonly afterWrite: AsyncParallelHook<[WriteResult]>;
  readonly pull: AsyncSeriesBailHook<[PullContext], true | undefined>;
  readonly deploy: AsyncSeriesBailHook<[DeployContext], true | undefined>;
  readonly command: AsyncSeriesBailHook<[CommandContext], true | undefined>;
  readonly done: AsyncSeriesHook<[BuildResult]>;
  readonly failed: SyncHook<[Error]>;
}

/** Makes a fresh, frozen set of hooks. */
export function createHooks(): CompilerHooks {
  return Object.freeze({
    configResolved: new AsyncSeriesHook<[ResolvedConfig]>(['config']),
    load: new AsyncParallelHook<[LoadContext]>(['ctx']),
    transform: new AsyncSeriesWaterfallHook<[TrackingPlan]>(['plan']),
    validate: new AsyncSeriesHook<[TrackingPlan, Diagnostics]>(['plan', 'diagnostics']),
    emit: new AsyncParallelHook<[EmitContext]>(['ctx']),
    beforeWrite: new AsyncSeriesWaterfallHook<[readonly OutputFile[]]>(['files']),
    afterWrite: new AsyncParallelHook<[WriteResult]>(['result']),
    pull: new AsyncSeriesBailHook<[PullContext], true | undefined>(['ctx']),
    deploy: new AsyncSeriesBailHook<[DeployContext], true | undefined>(['ctx']),
    command: new AsyncSeriesBailHook<[CommandContext], true | undefined>(['ctx']),
    done: new AsyncSeriesHook<[BuildResult]>(['result']),
    failed: new SyncHook<[Error]>(['error']),
  });
}
