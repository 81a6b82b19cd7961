import path from 'node:path';
import type { Command } from 'commander';
import type { BuildResult } from '../../compiler/contexts.js';
import type { ResolvedConfig } from '../../config/types.js';
import { ExitCode } from '../../diagnostics/reflekt-error.js';
import { EVENT_KINDS, type EventKind } from '../../ir/types.js';
import type { CliIO } from '../io.js';
import type { ExitBox } from '../main.js';
import { type CommonOptions, withCommonOptions } from '../options.js';
import { runProject } from './run-project.js';

/** `reflekt build`: load → validate → emit every configured emitter → atomic write. */
export function registerBuild(program: Command, io: CliIO, exit: ExitBox): void {
  withCommonOptions(
    program
      .command('build')
      .description('compile the plan with every configured plugin into the output folder')
      .option('--check', 'write nothing; exit 1 when the output folder differs from what a build would write (for committed output in CI)')
      .option('--force', 'run every emitter, even when nothing changed since the last build'),
  ).action(async (options: CommonOptions & { readonly check?: boolean }) => {
    exit.code = await runProject(options, io, async (compiler, reporter, config) => {
      const result = await compiler.build({ check: options.check ?? false });
      const summary = buildSummary(result, config);
      if (options.format === 'json') reporter.json(summary);
      else {
        reporter.diagnostics(result.diagnostics, compiler.sources);
        for (const line of textSummary(summary, io.cwd)) reporter.info(line);
      }
      reporter.profile(result.timings);
      return summary.ok ? ExitCode.ok : ExitCode.diagnostics;
    });
  });
}

/** The machine-readable result of a build (`--format json`). */
export interface BuildSummary {
  readonly ok: boolean;
  readonly project: string;
  readonly events: { readonly total: number; readonly byKind: Readonly<Record<EventKind, number>> };
  readonly files?: {
    readonly outDir: string;
    readonly written: number;
    readonly unchanged: number;
    readonly removed: number;
    readonly byPlugin: Readonly<Record<string, { readonly written: number; readonly unchanged: number }>>;
  };
  /** With `--check`: how many output files are out of date. */
  readonly check?: { readonly outDir: string; readonly missing: number; readonly different: number; readonly removed: number };
  readonly summary: Readonly<Record<'error' | 'warning' | 'info', number>>;
  readonly diagnostics: BuildResult['diagnostics'];
  readonly durationMs: number;
}

/** Summarizes a build result. */
export function buildSummary(result: BuildResult, config: ResolvedConfig): BuildSummary {
  const byKind = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
  for (const e of result.plan.events) byKind[e.kind]++;
  const summary = { error: 0, warning: 0, info: 0 };
  for (const d of result.diagnostics) summary[d.severity]++;
  const write = result.write;
  const check = result.check;
  return {
    ok: summary.error === 0 && (write !== undefined || check !== undefined),
    project: config.name,
    events: { total: result.plan.events.length, byKind },
    ...(write && {
      files: {
        outDir: write.outDir,
        written: write.written.length,
        unchanged: write.unchanged.length,
        removed: write.removed.length,
        byPlugin: write.byPlugin,
      },
    }),
    ...(check && {
      check: { outDir: check.outDir, missing: check.missing.length, different: check.different.length, removed: check.removed.length },
    }),
    summary,
    diagnostics: result.diagnostics,
    durationMs: Math.round(result.durationMs),
  };
}

function textSummary(s: BuildSummary, cwd: string): string[] {
  const kinds = EVENT_KINDS.filter((k) => s.events.byKind[k] > 0)
    .map((k) => `${s.events.byKind[k]} ${k}`)
    .join(', ');
  const lines = [`${s.project}: ${s.events.total} event schema${s.events.total === 1 ? '' : 's'}${kinds ? ` (${kinds})` : ''}`];
  if (s.check) {
    const stale = s.check.missing + s.check.different + s.check.removed;
    const out = path.relative(cwd, s.check.outDir) || '.';
    lines.push(
      stale === 0
        ? `${out} is up to date`
        : `${out} is out of date: ${stale} file${stale === 1 ? '' : 's'} would change; nothing was written`,
    );
    return lines;
  }
  if (!s.files) {
    lines.push(
      `build failed: ${s.summary.error} error${s.summary.error === 1 ? '' : 's'}; nothing was written and earlier artifacts are unchanged`,
    );
    return lines;
  }
  for (const [plugin, counts] of Object.entries(s.files.byPlugin)) {
    lines.push(`  ${plugin}: ${counts.written} written, ${counts.unchanged} unchanged`);
  }
  const out = path.relative(cwd, s.files.outDir) || '.';
  lines.push(
    `wrote ${s.files.written} file${s.files.written === 1 ? '' : 's'} (${s.files.unchanged} unchanged, ${s.files.removed} removed) to ${out} in ${s.durationMs} ms`,
  );
  return lines;
}
