import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { TrackingPlan } from '../ir/types.js';
import type { WriteResult } from './contexts.js';

/** CLI commands that plugins carry out. */
export type PluginCommand = 'pull' | 'push' | 'deploy' | 'serve' | 'replay';

/**
 * What a plugin gets when a CLI command hands it work (`reflekt pull segment`, `reflekt push
 * registry`, `reflekt serve`, …). A tap checks `command` and `target`, returns `true` when it
 * handled them and `undefined` to let another plugin try. Problems are reported into
 * `diagnostics` (errors make the command exit 1); only bugs throw.
 */
export interface CommandContext {
  readonly command: PluginCommand;
  /** The target named on the command line: `segment`, `avo`, `registry`, … */
  readonly target: string;
  /** Positional arguments after the target (`replay`'s input). */
  readonly args: readonly string[];
  /** The command's flags by camelCase name (`plan`, `branch`, `port`, `dryRun`, …); unset flags are absent. */
  readonly options: Readonly<Record<string, unknown>>;
  /** `--dry-run`: report what would change, change nothing. */
  readonly dryRun: boolean;
  readonly config: ResolvedConfig;
  /** Diagnostics reported as the tapping plugin. */
  readonly diagnostics: Diagnostics;
  /** Environment variables (the shell's, then the project's `.env`): where secrets come from. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Aborted on Ctrl-C / SIGTERM: long-running commands (`serve`) stop and resolve. */
  readonly signal: AbortSignal;
  /** Loads the plan (load + transform, no lint) when the command needs it. */
  loadPlan(): Promise<TrackingPlan>;
  /** A human-readable line on stderr (text format, not under `--quiet`). */
  log(line: string): void;
  /** Progress of long network work; drawn on a TTY only, silent in CI and pipes. */
  progress(label: string, done: number, total?: number): void;
  /** Machine-readable outcome, printed under `--format json` as `result`. */
  setResult(data: Readonly<Record<string, unknown>>): void;
}

/**
 * What `pull` taps get: fetch a plan from `target` (a source plugin's name) and hand each
 * schema document to `addSchema`. The CLI writes them, leaving files whose content did not
 * change byte-for-byte untouched (and keeping local formatting when only formatting differs).
 */
export interface PullContext extends CommandContext {
  /** Absolute folder pulled schemas are written under: the project's first `schemas` folder. */
  readonly schemasDir: string;
  /**
   * Queues one schema document; `relativePath` is relative to {@link PullContext.schemasDir},
   * with `/` separators (`<plan>/<Event_Name>/1-0.json`). Written as 2-space JSON.
   */
  addSchema(relativePath: string, document: unknown): void;
  /**
   * Declares a folder under `schemasDir` that this pull owns completely (`<plan>`): schema
   * files in it that were not added are stale and removed with `--prune` (reported otherwise).
   */
  ownFolder(relativePath: string): void;
}

/**
 * What `deploy` taps get, under `reflekt push <target>` (after the plan linted without errors)
 * and `reflekt deploy [target]` (after a successful build).
 */
export interface DeployContext extends CommandContext {
  /** The plan, linted without errors. */
  readonly plan: TrackingPlan;
  /** What the build wrote (`reflekt deploy` only; `undefined` under `push`). */
  readonly write: WriteResult | undefined;
}
