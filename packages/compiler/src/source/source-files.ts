import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { parsePointer } from '../ir/plan.js';
import type { SourcePoint, SourceRange } from '../ir/types.js';

interface Entry {
  readonly text: string;
  /** The plain value a loader parsed from `text`, kept so later stages do not parse it again. */
  parsed?: { readonly value: unknown };
  lines?: LineCounter;
  doc?: Document.Parsed;
}

/**
 * The text of every file the build read, with JSON Pointer → position lookup.
 *
 * Loaders parse JSON with `JSON.parse` for speed; the `yaml` CST (which parses JSON too) is built
 * only for a file that has a diagnostic, so positions cost nothing on a clean build.
 */
export class SourceFiles {
  readonly #root: string;
  readonly #files = new Map<string, Entry>();

  constructor(root: string) {
    this.#root = root;
  }

  /** The project root that relative paths are resolved against. */
  get root(): string {
    return this.#root;
  }

  /** Records a file's text under its project-relative path. */
  set(file: string, text: string): void {
    this.#files.set(file, { text });
  }

  /** Records the value a loader parsed from a file's text (treated as read-only by every reader). */
  setParsed(file: string, value: unknown): void {
    const entry = this.#files.get(file);
    if (entry) entry.parsed = { value };
  }

  /** The value a loader parsed from a file, if one was recorded. */
  parsed(file: string): { readonly value: unknown } | undefined {
    return this.#files.get(file)?.parsed;
  }

  /** The text of a file; read from disk on first use when no loader recorded it. */
  text(file: string): string | undefined {
    return this.#entry(file)?.text;
  }

  /** Converts a character offset into a 1-based line/column point. */
  point(file: string, offset: number): SourcePoint | undefined {
    const entry = this.#entry(file);
    if (!entry) return undefined;
    entry.lines ??= countLines(entry.text);
    const { line, col } = entry.lines.linePos(Math.max(0, Math.min(offset, entry.text.length)));
    return { line, column: col, offset };
  }

  /** A range from two character offsets. */
  range(file: string, start: number, end: number): SourceRange | undefined {
    const a = this.point(file, start);
    const b = this.point(file, end);
    return a && b ? { start: a, end: b } : undefined;
  }

  /**
   * The range of the node a JSON Pointer names. With `atKey`, the range of the property name
   * instead of its value. When the pointer goes deeper than the document, the deepest existing
   * node is returned, so a "missing property" finding points at the object that lacks it.
   */
  locate(file: string, pointer: string, options: { atKey?: boolean } = {}): SourceRange | undefined {
    const entry = this.#entry(file);
    if (!entry) return undefined;
    entry.doc ??= parseDocument(entry.text, { keepSourceTokens: false, uniqueKeys: false });
    let node: unknown = entry.doc.contents;
    let keyNode: unknown;
    for (const token of parsePointer(pointer)) {
      const next = child(node, token);
      if (!next) break;
      node = next.value;
      keyNode = next.key;
    }
    const target = (options.atKey && keyNode) || node;
    const r = (target as Node | null)?.range;
    if (!r) return this.range(file, 0, 0);
    return this.range(file, r[0], r[1]);
  }

  /** The text of 1-based line `n`, without its line break. */
  line(file: string, n: number): string | undefined {
    const entry = this.#entry(file);
    if (!entry) return undefined;
    entry.lines ??= countLines(entry.text);
    const starts = entry.lines.lineStarts;
    const start = starts[n - 1];
    if (start === undefined) return undefined;
    const end = starts[n] ?? entry.text.length;
    return entry.text.slice(start, end).replace(/\r?\n$/, '');
  }

  #entry(file: string): Entry | undefined {
    let entry = this.#files.get(file);
    if (!entry) {
      try {
        entry = { text: readFileSync(path.resolve(this.#root, file), 'utf8') };
      } catch {
        return undefined;
      }
      this.#files.set(file, entry);
    }
    return entry;
  }
}

function countLines(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

function child(node: unknown, token: string): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
      if (key === token) return { key: item.key, value: item.value ?? item.key };
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = Number(token);
    if (!Number.isInteger(index)) return undefined;
    const value = node.items[index];
    return value ? { value } : undefined;
  }
  return undefined;
}
