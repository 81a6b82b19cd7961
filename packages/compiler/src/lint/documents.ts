import { parse as parseYaml } from 'yaml';
import type { SourceFiles } from '../source/source-files.js';

const YAML_FILE = /\.ya?ml$/i;

/**
 * The raw schema documents of a lint run, each parsed at most once (`JSON.parse` for `.json`,
 * `yaml` for `.yaml`/`.yml`). Rules that need what the IR normalizes away (`self`, `$id`, the
 * exact `self.version`) read them here. A file that cannot be read or parsed gives `undefined`:
 * the loader has already reported it.
 */
export class SchemaDocuments {
  readonly #sources: SourceFiles;
  readonly #parsed = new Map<string, unknown>();

  constructor(sources: SourceFiles) {
    this.#sources = sources;
  }

  /** The parsed document of a project-relative file. */
  get(file: string): unknown {
    if (this.#parsed.has(file)) return this.#parsed.get(file);
    const loaded = this.#sources.parsed(file);
    if (loaded) {
      this.#parsed.set(file, loaded.value);
      return loaded.value;
    }
    const text = this.#sources.text(file);
    let doc: unknown;
    if (text !== undefined) {
      try {
        doc = YAML_FILE.test(file) ? parseYaml(text) : JSON.parse(text);
      } catch {
        doc = undefined;
      }
    }
    this.#parsed.set(file, doc);
    return doc;
  }

  /** `self` of a Reflekt document, when the document is an object with an object `self`. */
  self(file: string): Readonly<Record<string, unknown>> | undefined {
    const doc = this.get(file);
    const self = isRecord(doc) ? doc.self : undefined;
    return isRecord(self) ? self : undefined;
  }
}

/** Whether a parsed JSON value is a plain object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
