import { type Alias, type Document, isAlias, parseDocument, visit } from 'yaml';
import type { LoadContext } from '../compiler/contexts.js';
import { jsonError } from '../source/json-syntax.js';
import { rangeAt } from './positions.js';
import type { PlanFile } from './read.js';

/**
 * Parses a `.json` file with `JSON.parse` (the fast path: no CST is built for a valid file) and
 * reports RK1001 at the exact offset of a syntax error. Returns `undefined` when the file is not
 * valid JSON (`JSON.parse` never yields `undefined` itself).
 */
export function parseJson(ctx: LoadContext, file: PlanFile): unknown {
  try {
    return JSON.parse(file.text) as unknown;
  } catch (error) {
    const { offset, detail } = jsonError(file.text, error instanceof Error ? error.message : String(error));
    ctx.diagnostics.report(
      'RK1001',
      { detail },
      { file: file.rel, range: rangeAt(file.text, offset, Math.min(offset + 1, file.text.length)) },
    );
    return undefined;
  }
}

/** YAML options: which YAML version the file was written for. */
export interface YamlOptions {
  /**
   * Legacy tracking plans were written for PyYAML, which reads YAML 1.1 (`yes`/`no` are
   * booleans); Reflekt YAML schemas are YAML 1.2.
   */
  readonly version?: '1.1' | '1.2';
}

/** A parsed YAML file: its document (for item positions) and its plain value. */
export interface ParsedYaml {
  readonly doc: Document.Parsed;
  readonly value: unknown;
}

/**
 * Parses a YAML file and reports RK1002 at the `yaml` package's position of the first error.
 * Returns `undefined` when the file is not valid YAML.
 */
export function parseYaml(ctx: LoadContext, file: PlanFile, options: YamlOptions = {}): ParsedYaml | undefined {
  const doc = parseDocument(file.text, {
    prettyErrors: false,
    version: options.version ?? '1.2',
    merge: true,
    // YAML 1.1 timestamps would become `Date` objects; plan data must stay plain JSON, as the
    // text the user wrote.
    customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
  });
  const first = doc.errors[0];
  if (first) {
    ctx.diagnostics.report(
      'RK1002',
      { detail: first.message.replace(/\.$/, '') },
      { file: file.rel, range: rangeAt(file.text, first.pos[0], first.pos[1]) },
    );
    return undefined;
  }
  try {
    return { doc, value: doc.toJS({ maxAliasCount: 10_000 }) as unknown };
  } catch (error) {
    // Conversion fails only on aliases: an unknown anchor, or an alias bomb.
    const alias = unresolvedAlias(doc);
    const range = alias?.range ?? [0, 0];
    ctx.diagnostics.report(
      'RK1002',
      { detail: (error instanceof Error ? error.message : String(error)).replace(/\.$/, '') },
      { file: file.rel, range: rangeAt(file.text, range[0], range[1]) },
    );
    return undefined;
  }
}

function unresolvedAlias(doc: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  let firstAlias: Alias | undefined;
  visit(doc, (_key, node) => {
    if (!isAlias(node)) return undefined;
    firstAlias ??= node;
    if (node.resolve(doc) === undefined) {
      found = node;
      return visit.BREAK;
    }
    return undefined;
  });
  return found ?? firstAlias;
}
