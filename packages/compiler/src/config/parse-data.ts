import { parseDocument } from 'yaml';
import { jsonError } from '../source/json-syntax.js';
import { configError } from './config-error.js';
import type { ConfigSource } from './config-source.js';

/**
 * Parses a JSON config. A syntax error becomes RK7001 at the exact character.
 */
export function parseJsonConfig(source: ConfigSource): unknown {
  const text = stripBom(source.text);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    const bom = source.text.length - text.length;
    const { offset, detail } = jsonError(text, error instanceof Error ? error.message : String(error));
    throw configError('RK7001', { detail: `JSON syntax error: ${detail}` }, source.atOffset(bom + offset, bom + offset + 1));
  }
}

/**
 * Parses a YAML config (also `.reflektrc` and `reflekt_project.yml`; YAML reads JSON too).
 * Only the first error is reported: later YAML errors are usually echoes of the first.
 */
export function parseYamlConfig(source: ConfigSource): unknown {
  const doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const [start, end] = first.pos;
    throw configError('RK7001', { detail: `YAML syntax error: ${first.message}` }, source.atOffset(start, Math.max(end, start + 1)));
  }
  try {
    return doc.toJS({ maxAliasCount: 100 }) ?? undefined;
  } catch (error) {
    // Only alias bombs get here; the document itself parsed.
    throw configError('RK7001', { detail: `YAML error: ${error instanceof Error ? error.message : String(error)}` }, source.whole());
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
