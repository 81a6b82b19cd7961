import pc from 'picocolors';
import { sortDiagnostics } from '../diagnostics/diagnostics.js';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import type { SourceFiles } from '../source/source-files.js';

/** Options of the text reporter. */
export interface TextReportOptions {
  /** Source text for excerpts; without it, only the location lines are printed. */
  readonly sources?: SourceFiles;
  /** Colorize (the CLI passes false under NO_COLOR or when not a TTY). */
  readonly color?: boolean;
}

const severityLabel: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

/**
 * Formats diagnostics as `path:line:col: severity message [CODE rule-id] (plugin)`, each with
 * a source excerpt and its hint — the gcc style that editors and terminals link.
 */
export function formatText(diagnostics: readonly Diagnostic[], options: TextReportOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const d of sortDiagnostics(diagnostics)) {
    const where = location(d);
    const tag = [d.code, d.ruleId].filter(Boolean).join(' ');
    out.push(
      `${where ? `${c.bold(where)}: ` : ''}${paint[d.severity](severityLabel[d.severity])} ${d.message} ${c.dim(`[${tag}] (${d.plugin})`)}`,
    );
    const excerpt = options.sources && d.file && d.range ? excerptOf(options.sources, d, c) : undefined;
    if (excerpt) out.push(excerpt);
    for (const r of d.related ?? []) {
      const at = r.range ? `${r.file}:${r.range.start.line}:${r.range.start.column}` : r.file;
      out.push(`  ${c.dim('related:')} ${at}: ${r.message}`);
    }
    if (d.hint) out.push(`  ${c.cyan('hint:')} ${d.hint}`);
  }
  return out.join('\n');
}

/** `path:line:col`, `path`, or an empty string. */
export function location(d: Pick<Diagnostic, 'file' | 'range'>): string {
  if (!d.file) return '';
  return d.range ? `${d.file}:${d.range.start.line}:${d.range.start.column}` : d.file;
}

function excerptOf(sources: SourceFiles, d: Diagnostic, c: ReturnType<typeof pc.createColors>): string | undefined {
  const range = d.range;
  if (!range || !d.file) return undefined;
  const lineNo = range.start.line;
  const text = sources.line(d.file, lineNo);
  if (text === undefined) return undefined;
  const gutter = String(lineNo).length;
  const width =
    range.end.line === range.start.line
      ? Math.max(1, range.end.column - range.start.column)
      : Math.max(1, text.length - range.start.column + 1);
  const shown = text.length > 160 ? `${text.slice(0, 160)}…` : text;
  const marker = ' '.repeat(Math.max(0, range.start.column - 1)) + '^'.repeat(Math.min(width, 80));
  return [`  ${c.dim(`${String(lineNo).padStart(gutter)} |`)} ${shown}`, `  ${c.dim(`${' '.repeat(gutter)} |`)} ${c.red(marker)}`].join(
    '\n',
  );
}

/** `✖ 2 errors, 1 warning` style summary line. */
export function formatSummary(counts: Record<Severity, number>, color = false): string {
  const c = pc.createColors(color);
  const parts: string[] = [];
  if (counts.error) parts.push(c.red(`${counts.error} error${counts.error === 1 ? '' : 's'}`));
  if (counts.warning) parts.push(c.yellow(`${counts.warning} warning${counts.warning === 1 ? '' : 's'}`));
  if (counts.info) parts.push(c.blue(`${counts.info} info`));
  return parts.length ? parts.join(', ') : c.green('no problems');
}
