import type { SourcePoint, SourceRange } from '../ir/types.js';

/**
 * The 1-based line/column of a character offset, counted the way `SourceFiles` (the `yaml`
 * package's `LineCounter`) counts them, so ranges computed here agree with ranges it resolves.
 *
 * Computed directly from the text rather than through `SourceFiles`, which would cache a line
 * index for every file on a clean build.
 */
export function pointAt(text: string, offset: number): SourcePoint {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1, offset: at };
}

/** The range between two character offsets of `text` (`end` exclusive). */
export function rangeAt(text: string, start: number, end: number): SourceRange {
  return { start: pointAt(text, start), end: pointAt(text, Math.max(start, end)) };
}

/**
 * The range of a whole document (or of the span `from`–`to`, such as a YAML list item whose node
 * range runs on to the next item): from its first to just after its last non-blank character,
 * which is where a JSON document's root value sits (and what an editor highlights for "this
 * file"). Computed in one pass over the text, as it runs for every schema file on a clean build.
 */
export function documentRange(text: string, from = 0, to = text.length): SourceRange {
  let start = from;
  while (start < to && isBlank(text.charCodeAt(start))) start++;
  let end = to;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  let line = 1;
  let lineStart = 0;
  let startPoint: SourcePoint | undefined;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
    const next = i === -1 || i >= end ? Number.POSITIVE_INFINITY : i;
    if (!startPoint && start <= next) startPoint = { line, column: start - lineStart + 1, offset: start };
    if (next === Number.POSITIVE_INFINITY) break;
    line++;
    lineStart = next + 1;
  }
  return { start: startPoint ?? pointAt(text, start), end: { line, column: end - lineStart + 1, offset: end } };
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
