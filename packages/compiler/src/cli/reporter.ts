import path from 'node:path';
import type { HookTiming } from '../compiler/contexts.js';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { formatGithub } from '../reporter/github.js';
import { formatSummary, formatText } from '../reporter/text.js';
import type { SourceFiles } from '../source/source-files.js';
import type { CliIO } from './io.js';
import type { CommonOptions } from './options.js';

/** Prints a command's diagnostics and messages in the chosen format. */
export class CliReporter {
  readonly color: boolean;

  constructor(
    readonly io: CliIO,
    readonly options: Pick<CommonOptions, 'format' | 'quiet' | 'verbose' | 'profile'>,
  ) {
    const env = io.env;
    this.color = io.isTTY && env.NO_COLOR === undefined && env.FORCE_COLOR !== '0' && env.TERM !== 'dumb';
  }

  /** A progress or result line (text format only, not under `--quiet`). */
  info(line: string): void {
    if (this.options.format === 'text' && !this.options.quiet) this.io.stderr(`${line}\n`);
  }

  /** Diagnostics in the chosen format (json prints nothing here: commands put them in their JSON document). */
  diagnostics(list: readonly Diagnostic[], sources?: SourceFiles): void {
    const shown = this.options.quiet ? list.filter((d) => d.severity === 'error') : list;
    if (shown.length === 0) return;
    if (this.options.format === 'github') this.io.stdout(`${formatGithub(shown)}\n`);
    else if (this.options.format === 'text') {
      this.io.stderr(`${formatText(shown, { ...(sources && { sources }), color: this.color })}\n`);
    }
  }

  /** The closing summary line of a text run. */
  summary(counts: Record<Severity, number>, suffix = ''): void {
    this.info(`${formatSummary(counts, this.color)}${suffix}`);
  }

  /** A JSON document on stdout (format json). */
  json(value: unknown): void {
    this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** The `--profile` table: time per hook and plugin, slowest first. */
  profile(timings: readonly HookTiming[]): void {
    if (!this.options.profile) return;
    const rows = aggregate(timings);
    const lines = ['hook             plugin                         calls      ms'];
    for (const r of rows) {
      lines.push(`${r.hook.padEnd(16)} ${r.plugin.padEnd(30)} ${String(r.calls).padStart(5)} ${r.ms.toFixed(1).padStart(8)}`);
    }
    this.io.stderr(`${lines.join('\n')}\n`);
  }

  /** A path relative to the working folder, for messages. */
  relative(from: string, to: string): string {
    return path.relative(from, to) || '.';
  }
}

function aggregate(timings: readonly HookTiming[]) {
  const map = new Map<string, { hook: string; plugin: string; calls: number; ms: number }>();
  for (const t of timings) {
    const key = `${t.hook}\0${t.plugin}`;
    const row = map.get(key) ?? { hook: t.hook, plugin: t.plugin, calls: 0, ms: 0 };
    row.calls++;
    row.ms += t.ms;
    map.set(key, row);
  }
  return [...map.values()].sort((a, b) => b.ms - a.ms);
}
