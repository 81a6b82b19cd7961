import { readFile } from 'node:fs/promises';
import path from 'node:path';
import util from 'node:util';

/**
 * Loads `<root>/.env` into `process.env` without overriding variables that are already set, so
 * the shell and CI always win. Secrets (tokens, write keys) come from here or the environment,
 * never from config files. A missing file is fine.
 *
 * @returns the names of the variables it set.
 */
export async function loadEnvFile(root: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path.join(root, '.env'), 'utf8');
  } catch {
    return [];
  }
  const set: string[] = [];
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (env[key] !== undefined) continue;
    env[key] = value;
    set.push(key);
  }
  return set;
}

/**
 * Parses dotenv text with Node's own parser (`util.parseEnv`, Node ≥ 20.12); on older Nodes,
 * a minimal `KEY=value` parser with quotes and comments.
 */
export function parseEnv(text: string): Record<string, string> {
  const native = (util as { parseEnv?: (content: string) => Record<string, string> }).parseEnv;
  if (native) return native(text);
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1]) continue;
    let value = match[2] ?? '';
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    out[match[1]] = value;
  }
  return out;
}
