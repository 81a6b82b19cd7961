import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DiagnosticLocation } from '../diagnostics/types.js';
import { SourceFiles } from '../source/source-files.js';

/** Which syntax a config file is written in. */
export type ConfigSyntax = 'ts' | 'js' | 'json' | 'yaml';

/**
 * One config file as read from disk, with what diagnostics need to point into it.
 *
 * Diagnostics name the file relative to the working folder (not the project root): config
 * errors are printed before any project exists, and a cwd-relative path is what the user can open.
 */
export class ConfigSource {
  /** Absolute path. */
  readonly file: string;
  /** The path diagnostics show: relative to the working folder, `/`-separated. */
  readonly display: string;
  readonly syntax: ConfigSyntax;
  readonly text: string;
  readonly #sources: SourceFiles;

  constructor(file: string, text: string, syntax: ConfigSyntax, cwd: string) {
    this.file = file;
    this.syntax = syntax;
    this.text = text;
    // `../../reflekt.config.ts` when found in a parent folder; absolute only across drives.
    this.display = (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/');
    this.#sources = new SourceFiles(cwd);
    this.#sources.set(this.display, text);
  }

  /** Reads a file from disk. */
  static read(file: string, syntax: ConfigSyntax, cwd: string): ConfigSource {
    return new ConfigSource(file, readFileSync(file, 'utf8'), syntax, cwd);
  }

  /** The folder of the file (the project root). */
  get dir(): string {
    return path.dirname(this.file);
  }

  /** The file as a whole, without a position. */
  whole(): DiagnosticLocation {
    return { file: this.display };
  }

  /**
   * The node a JSON Pointer names. JSON and YAML files are located exactly; for a TS/JS file a
   * top-level key is found by its first `key:` in the text, which is right for ordinary configs.
   */
  at(pointer: string, atKey = false): DiagnosticLocation {
    if (this.syntax === 'json' || this.syntax === 'yaml') {
      const range = this.#sources.locate(this.display, pointer, { atKey });
      return { file: this.display, pointer, ...(range && { range }) };
    }
    const key = /^\/([^/]+)/.exec(pointer)?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
    if (key === undefined) return this.whole();
    const match = new RegExp(`(?<![\\w$])(['"]?)${escapeRegExp(key)}\\1\\s*:`).exec(this.text);
    if (!match) return this.whole();
    return this.atOffset(match.index, match.index + match[0].replace(/\s*:$/, '').length);
  }

  /** A span given by character offsets. */
  atOffset(start: number, end = start): DiagnosticLocation {
    const range = this.#sources.range(this.display, start, end);
    return { file: this.display, ...(range && { range }) };
  }

  /** A 1-based line/column position (as stack traces report them). */
  atLine(line: number, column: number): DiagnosticLocation {
    const start = offsetOf(this.text, line, column);
    return this.atOffset(start, Math.min(start + 1, this.text.length));
  }
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + Math.max(0, column - 1), text.length);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
